import Foundation

/// A problem in an imported zone file, located by file, record (a CSV row counted as the file counts lines, the
/// header being row 1; or a GeoJSON feature counted from 0) and column or property.
public struct ZoneImportProblem: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    /// "row 4" or "features[2]"; empty for the file as a whole.
    public let record: String
    /// The column or property ("UsageId", "properties.kind", "geometry"); empty when the whole record is meant.
    public let field: String
    public let reason: String

    public init(file: String, record: String = "", field: String = "", _ reason: String) {
        self.file = file
        self.record = record
        self.field = field
        self.reason = reason
    }

    public var description: String {
        [file, record, field].filter { !$0.isEmpty }.joined(separator: ", ") + ": " + reason
    }
}

/// All problems of an import; nothing is imported when there is one.
public struct ZoneImportError: Error, Equatable, Sendable, CustomStringConvertible {
    public let problems: [ZoneImportProblem]

    public init(_ problems: [ZoneImportProblem]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// A zone as read from a file, before it is stored: its code (unique within the city), name, kind, area and
/// regulations. An imported zone without a geometry has an empty area (it is drawn nowhere and contains no address).
public struct ZoneDraft: Hashable, Sendable {
    public let code: String
    public let name: String
    public let kind: ZoneKind
    public let area: ZoneArea
    public let regulations: [Regulation]
    public let admissions: [EmissionAdmission]

    public init(code: String, name: String, kind: ZoneKind, area: ZoneArea, regulations: [Regulation], admissions: [EmissionAdmission] = []) {
        self.code = code
        self.name = name
        self.kind = kind
        self.area = area
        self.regulations = regulations
        self.admissions = admissions
    }

    /// The zone the register checks against.
    public var zone: Zone { Zone(id: code, name: name, kind: kind, area: area, regulations: regulations, admissions: admissions) }
}

/// Reads zones from a GeoJSON FeatureCollection, or from the three CSV tables of the RDW open-data layout
/// (GEBIED, GEBIED REGELING, TIJDVAK), collecting every problem with its place. At most `maximumProblems` are kept.
public enum ZoneImportReader {
    public static let maximumProblems = 100
    /// The longest zone code and name accepted.
    public static let maximumCodeLength = 40
    public static let maximumNameLength = 200

    // MARK: GeoJSON

    /// A FeatureCollection whose features have the properties `code`, `name` and `kind` (a `ZoneKind` raw value or an
    /// RDW usage such as BETAALDP) and a Polygon or MultiPolygon geometry. Optional properties: `regulations`
    /// (`[{"windows": [{"days": [1,…], "from": "09:00", "to": "18:00"}], "maximumMinutes": 120}]`; without it the
    /// zone's regulation is always in force) and, for a low-emission zone, `admissions`
    /// (`[{"fuel": "diesel", "from": "2025-01-01", "minimumEuroNorm": 6}]`, `null` norm = not admitted).
    public static func geoJSON(_ data: Data, file: String) -> Result<[ZoneDraft], ZoneImportError> {
        var problems: [ZoneImportProblem] = []
        guard let root = try? JSONSerialization.jsonObject(with: data) else {
            return .failure(ZoneImportError([ZoneImportProblem(file: file, "not valid JSON")]))
        }
        guard let object = root as? [String: Any], object["type"] as? String == "FeatureCollection" else {
            return .failure(ZoneImportError([ZoneImportProblem(file: file, field: "type", "expected a GeoJSON FeatureCollection")]))
        }
        guard let features = object["features"] as? [Any] else {
            return .failure(ZoneImportError([ZoneImportProblem(file: file, field: "features", "expected a list of features")]))
        }
        var drafts: [ZoneDraft] = []
        var seen: [String: Int] = [:]
        for (index, item) in features.enumerated() {
            guard problems.count < maximumProblems else { break }
            let record = "features[\(index)]"
            func problem(_ field: String, _ reason: String) { problems.append(ZoneImportProblem(file: file, record: record, field: field, reason)) }
            guard let feature = item as? [String: Any], feature["type"] as? String == "Feature" else {
                problem("type", "expected a Feature")
                continue
            }
            let properties = feature["properties"] as? [String: Any] ?? [:]
            let before = problems.count
            let code = text(properties["code"])
            if code.isEmpty { problem("properties.code", "missing") } else if let message = codeProblem(code) { problem("properties.code", message) }
            if let first = seen[code], !code.isEmpty { problem("properties.code", "\"\(code)\" is also the code of features[\(first)]") }
            let name = text(properties["name"])
            if name.isEmpty { problem("properties.name", "missing") } else if name.count > maximumNameLength {
                problem("properties.name", "longer than \(maximumNameLength) characters")
            }
            let kindText = text(properties["kind"])
            let kind = zoneKind(kindText)
            if kind == nil { problem("properties.kind", kindText.isEmpty ? "missing" : "\"\(kindText)\" is not a zone kind (\(kindList))") }
            var area = ZoneArea([])
            switch geometry(feature["geometry"]) {
            case .success(let value): area = value
            case .failure(let reason): problem(reason.field, reason.reason)
            }
            var regulations = [Regulation()]
            if let list = properties["regulations"] {
                switch decode([RegulationFile].self, list) {
                case .success(let read):
                    regulations = []
                    for (position, regulation) in read.enumerated() {
                        if let minutes = regulation.maximumMinutes, minutes <= 0 {
                            problem("properties.regulations[\(position)].maximumMinutes", "\(minutes) is not a positive number of minutes")
                        }
                        regulations.append(Regulation(windows: regulation.windows, maximumDuration: regulation.maximumMinutes.map { TimeInterval($0 * 60) }))
                    }
                case .failure(let reason): problem("properties.regulations" + reason.field, reason.reason)
                }
            }
            var admissions: [EmissionAdmission] = []
            if let list = properties["admissions"] {
                switch decode([AdmissionFile].self, list) {
                case .success(let read):
                    for (position, step) in read.enumerated() {
                        guard let from = day(step.from) else {
                            problem("properties.admissions[\(position)].from", "\"\(step.from)\" is not a day YYYY-MM-DD")
                            continue
                        }
                        admissions.append(EmissionAdmission(fuel: step.fuel, from: from, minimumEuroNorm: step.minimumEuroNorm))
                    }
                case .failure(let reason): problem("properties.admissions" + reason.field, reason.reason)
                }
            }
            if !code.isEmpty, seen[code] == nil { seen[code] = index }
            guard problems.count == before, let kind else { continue }
            drafts.append(ZoneDraft(code: code, name: name, kind: kind, area: area, regulations: regulations, admissions: admissions))
        }
        if problems.isEmpty && drafts.isEmpty { problems.append(ZoneImportProblem(file: file, field: "features", "the collection has no features")) }
        return problems.isEmpty ? .success(drafts) : .failure(ZoneImportError(Array(problems.prefix(maximumProblems))))
    }

    /// Only the geometries of a FeatureCollection, by `properties.code` (for the CSV import, which has none).
    public static func geometries(_ data: Data, file: String) -> Result<[String: ZoneArea], ZoneImportError> {
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any], let features = object["features"] as? [Any] else {
            return .failure(ZoneImportError([ZoneImportProblem(file: file, "not a GeoJSON FeatureCollection")]))
        }
        var problems: [ZoneImportProblem] = []
        var out: [String: ZoneArea] = [:]
        for (index, item) in features.enumerated() {
            let feature = item as? [String: Any] ?? [:]
            let code = text((feature["properties"] as? [String: Any])?["code"])
            if code.isEmpty {
                problems.append(ZoneImportProblem(file: file, record: "features[\(index)]", field: "properties.code", "missing"))
                continue
            }
            switch geometry(feature["geometry"]) {
            case .success(let area): out[code] = area
            case .failure(let reason): problems.append(ZoneImportProblem(file: file, record: "features[\(index)]", field: reason.field, reason.reason))
            }
        }
        return problems.isEmpty ? .success(out) : .failure(ZoneImportError(Array(problems.prefix(maximumProblems))))
    }

    struct FieldProblem: Error {
        let field: String
        let reason: String
    }

    struct RegulationFile: Decodable {
        let windows: [WeeklyWindow]
        let maximumMinutes: Int?
    }

    struct AdmissionFile: Decodable {
        let fuel: Fuel
        let from: String
        let minimumEuroNorm: EuroNorm?
    }

    static func decode<T: Decodable>(_ type: T.Type, _ value: Any) -> Result<T, FieldProblem> {
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed]) else {
            return .failure(FieldProblem(field: "", reason: "not readable"))
        }
        do {
            return .success(try JSONDecoder().decode(T.self, from: data))
        } catch let error as DecodingError {
            let located = ParkingRuleSet.located(error, file: "")
            return .failure(FieldProblem(field: located.path.isEmpty ? "" : (located.path.hasPrefix("[") ? located.path : "." + located.path),
                                         reason: located.reason))
        } catch {
            return .failure(FieldProblem(field: "", reason: "not readable"))
        }
    }

    /// A GeoJSON Polygon or MultiPolygon object as a zone area; the problem names the ring and point.
    static func geometry(_ value: Any?) -> Result<ZoneArea, FieldProblem> {
        guard let object = value as? [String: Any], let type = object["type"] as? String else {
            return .failure(FieldProblem(field: "geometry", reason: "missing: a Polygon or MultiPolygon is needed"))
        }
        let polygons: [Any]
        switch type {
        case "Polygon": polygons = [object["coordinates"] as Any]
        case "MultiPolygon":
            guard let list = object["coordinates"] as? [Any] else { return .failure(FieldProblem(field: "geometry.coordinates", reason: "expected a list")) }
            polygons = list
        default: return .failure(FieldProblem(field: "geometry.type", reason: "\"\(type)\" is not a Polygon or MultiPolygon"))
        }
        var out: [ZonePolygon] = []
        for (polygonIndex, polygon) in polygons.enumerated() {
            let prefix = type == "MultiPolygon" ? "geometry.coordinates[\(polygonIndex)]" : "geometry.coordinates"
            guard let rings = polygon as? [Any], !rings.isEmpty else { return .failure(FieldProblem(field: prefix, reason: "expected a list of rings")) }
            var points: [[ZonePoint]] = []
            for (ringIndex, ring) in rings.enumerated() {
                guard let positions = ring as? [Any] else { return .failure(FieldProblem(field: "\(prefix)[\(ringIndex)]", reason: "expected a list of positions")) }
                var list: [ZonePoint] = []
                for (pointIndex, position) in positions.enumerated() {
                    guard let pair = position as? [Any], pair.count >= 2, let lon = number(pair[0]), let lat = number(pair[1]) else {
                        return .failure(FieldProblem(field: "\(prefix)[\(ringIndex)][\(pointIndex)]", reason: "expected [longitude, latitude]"))
                    }
                    list.append(ZonePoint(longitude: lon, latitude: lat))
                }
                points.append(list)
            }
            do {
                out.append(try ZonePolygon(outer: points[0], holes: Array(points.dropFirst())))
            } catch {
                return .failure(FieldProblem(field: prefix, reason: error.description))
            }
        }
        if out.isEmpty { return .failure(FieldProblem(field: "geometry.coordinates", reason: "the geometry has no polygons")) }
        return .success(ZoneArea(out))
    }

    static func number(_ value: Any) -> Double? {
        if value is Bool { return nil }
        return (value as? NSNumber)?.doubleValue
    }

    static func text(_ value: Any?) -> String {
        switch value {
        case let text as String: text.trimmingCharacters(in: .whitespacesAndNewlines)
        case let number as NSNumber: number.stringValue
        default: ""
        }
    }

    static func codeProblem(_ code: String) -> String? {
        if code.count > maximumCodeLength { return "longer than \(maximumCodeLength) characters" }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))
        if code.unicodeScalars.contains(where: { !allowed.contains($0) || !$0.isASCII }) {
            return "\"\(code)\" may only hold letters, digits, '-', '_' and '.'"
        }
        return nil
    }

    static func day(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10 else { return nil }
        return BrusselsClock().date(parts[0], parts[1], parts[2]).flatMap { date in
            BrusselsClock().calendar.component(.day, from: date) == parts[2] ? date : nil
        }
    }

    static let kindList = ZoneKind.allCases.map(\.rawValue).joined(separator: ", ")

    /// A zone kind from our own names or the RDW usage codes (BETAALDP, VERGUNP, BLAUWZONE …).
    public static func zoneKind(_ text: String) -> ZoneKind? {
        if let kind = ZoneKind(rawValue: text.lowercased()) { return kind }
        switch text.uppercased().replacingOccurrences(of: " ", with: "") {
        case "BETAALDP", "BETAALDPARKEREN", "PAID": return .paid
        case "VERGUNP", "VERGUNNING", "BEWONERS", "RESIDENTS": return .residents
        case "BLAUWZONE", "BLAUW", "BLUEZONE": return .blueZone
        case "LEZ", "MILIEUZONE", "LOWEMISSION": return .lowEmission
        case "AUTOLUW", "VOETGANGERSGEBIED", "CARFREE": return .carFree
        default: return nil
        }
    }

    // MARK: RDW CSV

    /// One CSV file as given.
    public struct CSVFile: Sendable {
        public let name: String
        public let data: Data

        public init(name: String, data: Data) {
            self.name = name
            self.data = data
        }
    }

    /// The RDW layout: GEBIED (AreaId, AreaDesc, UsageId; AreaManagerId and dates are read when present), GEBIED
    /// REGELING (AreaId, RegulationId, StartDateAreaRegulation, EndDateAreaRegulation as YYYYMMDD) and TIJDVAK
    /// (RegulationId, DayTimeFrame, StartTimeTimeFrame, EndTimeTimeFrame as HHMM, MaxDurationRight in minutes).
    /// Links in force on `on` are used. Geometries come from a GeoJSON file by code; a zone without one has no area.
    public static func rdw(areas: CSVFile, links: CSVFile, timeframes: CSVFile, geometries: [String: ZoneArea] = [:], on date: Date) -> Result<[ZoneDraft], ZoneImportError> {
        var problems: [ZoneImportProblem] = []
        func add(_ problem: ZoneImportProblem) { if problems.count < maximumProblems { problems.append(problem) } }
        let areaTable = CSVTable.read(areas, required: ["AreaId", "UsageId"], problems: &problems)
        let linkTable = CSVTable.read(links, required: ["AreaId", "RegulationId", "StartDateAreaRegulation"], problems: &problems)
        let frameTable = CSVTable.read(timeframes, required: ["RegulationId", "DayTimeFrame", "StartTimeTimeFrame", "EndTimeTimeFrame"], problems: &problems)
        guard let areaTable, let linkTable, let frameTable else { return .failure(ZoneImportError(problems)) }
        let today = dayNumber(date)

        // Time frames per regulation, grouped by (from, to, maximum) into windows over weekdays.
        struct Frame: Hashable { let start: Int; let end: Int; let maximum: Int? }
        var frames: [String: [Frame: Set<Weekday>]] = [:]
        for row in frameTable.rows {
            let regulation = row.value("RegulationId")
            if regulation.isEmpty { add(row.problem("RegulationId", "missing")); continue }
            let dayText = row.value("DayTimeFrame")
            let days = weekdays(dayText)
            if days.isEmpty { add(row.problem("DayTimeFrame", "\"\(dayText)\" is not a day (MAANDAG … ZONDAG, WERKDAG, DAGELIJKS)")) }
            let start = clockMinutes(row.value("StartTimeTimeFrame"))
            let end = clockMinutes(row.value("EndTimeTimeFrame"))
            if start == nil || start == 1440 { add(row.problem("StartTimeTimeFrame", "\"\(row.value("StartTimeTimeFrame"))\" is not a time HHMM")) }
            if end == nil { add(row.problem("EndTimeTimeFrame", "\"\(row.value("EndTimeTimeFrame"))\" is not a time HHMM")) }
            if let start, let end, start == end { add(row.problem("EndTimeTimeFrame", "the time frame ends when it starts")) }
            var maximum: Int?
            if row.has("MaxDurationRight") {
                let text = row.value("MaxDurationRight")
                if !text.isEmpty {
                    if let minutes = Int(text), minutes >= 0 { maximum = minutes == 0 ? nil : minutes } else {
                        add(row.problem("MaxDurationRight", "\"\(text)\" is not a number of minutes"))
                    }
                }
            }
            guard !days.isEmpty, let start, let end, start != end, start < 1440 else { continue }
            frames[regulation, default: [:]][Frame(start: start, end: end, maximum: maximum), default: []].formUnion(days)
        }
        var regulations: [String: [Regulation]] = [:]
        for (id, grouped) in frames {
            var list: [Regulation] = []
            for (frame, days) in grouped.sorted(by: { ($0.key.start, $0.key.end) < ($1.key.start, $1.key.end) }) {
                guard let window = try? WeeklyWindow(days, start: frame.start, end: frame.end) else { continue }
                list.append(Regulation(windows: [window], maximumDuration: frame.maximum.map { TimeInterval($0 * 60) }))
            }
            regulations[id] = list
        }

        // Links in force today.
        var linked: [String: [String]] = [:]
        for row in linkTable.rows {
            let area = row.value("AreaId")
            let regulation = row.value("RegulationId")
            if area.isEmpty { add(row.problem("AreaId", "missing")) }
            if regulation.isEmpty { add(row.problem("RegulationId", "missing")) }
            let startText = row.value("StartDateAreaRegulation")
            guard let start = rdwDay(startText) else { add(row.problem("StartDateAreaRegulation", "\"\(startText)\" is not a date YYYYMMDD")); continue }
            var end: Int?
            if row.has("EndDateAreaRegulation") {
                let text = row.value("EndDateAreaRegulation")
                if !text.isEmpty {
                    guard let value = rdwDay(text) else { add(row.problem("EndDateAreaRegulation", "\"\(text)\" is not a date YYYYMMDD")); continue }
                    if value < start { add(row.problem("EndDateAreaRegulation", "ends before it starts")); continue }
                    end = value
                }
            }
            guard !area.isEmpty, !regulation.isEmpty else { continue }
            if frames[regulation] == nil { add(row.problem("RegulationId", "\"\(regulation)\" has no time frame in \(timeframes.name)")); continue }
            if start <= today && (end.map { today <= $0 } ?? true) { linked[area, default: []].append(regulation) }
        }

        var drafts: [ZoneDraft] = []
        var seen: [String: Int] = [:]
        for row in areaTable.rows {
            let code = row.value("AreaId")
            if code.isEmpty { add(row.problem("AreaId", "missing")); continue }
            if let message = codeProblem(code) { add(row.problem("AreaId", message)); continue }
            if let first = seen[code] { add(row.problem("AreaId", "\"\(code)\" is also the AreaId of row \(first)")); continue }
            seen[code] = row.number
            let usage = row.value("UsageId")
            guard let kind = zoneKind(usage) else {
                add(row.problem("UsageId", usage.isEmpty ? "missing" : "\"\(usage)\" is not a usage this register knows (BETAALDP, VERGUNP, BLAUWZONE, LEZ, AUTOLUW)"))
                continue
            }
            var name = row.has("AreaDesc") ? row.value("AreaDesc") : ""
            if name.isEmpty { name = code }
            if name.count > maximumNameLength { add(row.problem("AreaDesc", "longer than \(maximumNameLength) characters")); continue }
            let zoneRegulations = (linked[code] ?? []).flatMap { regulations[$0] ?? [] }
            drafts.append(ZoneDraft(code: code, name: name, kind: kind, area: geometries[code] ?? ZoneArea([]), regulations: zoneRegulations))
        }
        for code in geometries.keys.sorted() where seen[code] == nil {
            add(ZoneImportProblem(file: "geometry", field: "properties.code", "\"\(code)\" is not an AreaId of \(areas.name)"))
        }
        if problems.isEmpty && drafts.isEmpty { add(ZoneImportProblem(file: areas.name, "the file has no areas")) }
        return problems.isEmpty ? .success(drafts) : .failure(ZoneImportError(problems))
    }

    static func dayNumber(_ date: Date) -> Int {
        let parts = BrusselsClock().calendar.dateComponents([.year, .month, .day], from: date)
        return (parts.year ?? 0) * 10_000 + (parts.month ?? 0) * 100 + (parts.day ?? 0)
    }

    /// YYYYMMDD as a comparable number, checked to be a real day.
    static func rdwDay(_ text: String) -> Int? {
        guard text.count == 8, let value = Int(text) else { return nil }
        let year = value / 10_000, month = value / 100 % 100, day = value % 100
        guard let date = BrusselsClock().date(year, month, day), BrusselsClock().calendar.component(.day, from: date) == day,
              BrusselsClock().calendar.component(.month, from: date) == month else { return nil }
        return value
    }

    /// HHMM (or H:MM, HMM) as minutes after midnight; 2400 is the end of the day.
    static func clockMinutes(_ text: String) -> Int? {
        let digits = text.replacingOccurrences(of: ":", with: "")
        guard !digits.isEmpty, digits.count <= 4, let value = Int(digits), value >= 0 else { return nil }
        let hours = value / 100, minutes = value % 100
        guard minutes < 60, hours < 24 || (hours == 24 && minutes == 0) else { return nil }
        return hours * 60 + minutes
    }

    static func weekdays(_ text: String) -> Set<Weekday> {
        switch TextFolding.fold(text) {
        case "maandag", "monday", "ma": [.monday]
        case "dinsdag", "tuesday", "di": [.tuesday]
        case "woensdag", "wednesday", "wo": [.wednesday]
        case "donderdag", "thursday", "do": [.thursday]
        case "vrijdag", "friday", "vr": [.friday]
        case "zaterdag", "saturday", "za": [.saturday]
        case "zondag", "sunday", "zo": [.sunday]
        case "werkdag", "werkdagen", "weekday", "weekdays": Weekday.workingDays
        case "dagelijks", "daily", "alle dagen": Set(Weekday.allCases)
        default: []
        }
    }
}

/// A small CSV table: the header names its columns (found by name, case-insensitive), `;` or `,` separated as the
/// header line shows, double quotes around fields with separators, a UTF-8 byte-order mark ignored.
struct CSVTable {
    struct Row {
        let file: String
        /// The line number, the header being 1.
        let number: Int
        let fields: [String]
        let columns: [String: Int]

        func has(_ column: String) -> Bool { columns[column.lowercased()] != nil }

        func value(_ column: String) -> String {
            guard let index = columns[column.lowercased()], index < fields.count else { return "" }
            return fields[index].trimmingCharacters(in: .whitespaces)
        }

        func problem(_ column: String, _ reason: String) -> ZoneImportProblem {
            ZoneImportProblem(file: file, record: "row \(number)", field: column, reason)
        }
    }

    let rows: [Row]

    static func read(_ file: ZoneImportReader.CSVFile, required: [String], problems: inout [ZoneImportProblem]) -> CSVTable? {
        guard var text = String(data: file.data, encoding: .utf8) else {
            problems.append(ZoneImportProblem(file: file.name, "not UTF-8 text"))
            return nil
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        guard let header = lines.first, !header.trimmingCharacters(in: .whitespaces).isEmpty else {
            problems.append(ZoneImportProblem(file: file.name, record: "row 1", "the header is missing"))
            return nil
        }
        let separator: Character = header.filter { $0 == ";" }.count >= header.filter { $0 == "," }.count ? ";" : ","
        guard case .success(let names) = split(header, separator) else {
            problems.append(ZoneImportProblem(file: file.name, record: "row 1", "a quote is not closed"))
            return nil
        }
        var columns: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            if columns[key] == nil { columns[key] = index }
        }
        let missing = required.filter { columns[$0.lowercased()] == nil }
        if !missing.isEmpty {
            for column in missing { problems.append(ZoneImportProblem(file: file.name, record: "row 1", field: column, "the column is missing")) }
            return nil
        }
        var rows: [Row] = []
        for (index, line) in lines.enumerated().dropFirst() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            switch split(line, separator) {
            case .success(let fields): rows.append(Row(file: file.name, number: index + 1, fields: fields, columns: columns))
            case .failure: problems.append(ZoneImportProblem(file: file.name, record: "row \(index + 1)", "a quote is not closed"))
            }
        }
        return CSVTable(rows: rows)
    }

    struct Unclosed: Error {}

    static func split(_ line: String, _ separator: Character) -> Result<[String], Unclosed> {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var iterator = Array(line)
        var index = 0
        while index < iterator.count {
            let character = iterator[index]
            if quoted {
                if character == "\"" {
                    if index + 1 < iterator.count, iterator[index + 1] == "\"" { current.append("\""); index += 1 } else { quoted = false }
                } else { current.append(character) }
            } else if character == "\"" && current.isEmpty {
                quoted = true
            } else if character == separator {
                fields.append(current)
                current = ""
            } else { current.append(character) }
            index += 1
        }
        iterator.removeAll()
        if quoted { return .failure(Unclosed()) }
        fields.append(current)
        return .success(fields)
    }
}

extension ZoneArea {
    /// The area as a GeoJSON MultiPolygon object (rings as given).
    public var geoJSON: String {
        func ring(_ points: [ZonePoint]) -> String { "[" + points.map { "[\($0.longitude),\($0.latitude)]" }.joined(separator: ",") + "]" }
        let polygons = polygons.map { polygon in "[" + ([polygon.outer] + polygon.holes).map(ring).joined(separator: ",") + "]" }
        return "{\"type\":\"MultiPolygon\",\"coordinates\":[" + polygons.joined(separator: ",") + "]}"
    }

    /// Reads what `geoJSON` wrote (or any Polygon/MultiPolygon object); an unreadable text gives an empty area.
    public static func fromGeoJSON(_ text: String) -> ZoneArea {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else { return ZoneArea([]) }
        if case .success(let area) = ZoneImportReader.geometry(object) { return area }
        return ZoneArea([])
    }
}
