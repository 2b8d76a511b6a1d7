import Foundation

/// The import format of measurements: **wide**, one row per case × day, a column per domain.
///
/// Columns (header in the first row, names case-insensitive, in any order; separator `;` or `,`):
/// `dossier` (required: the client's dossier number, pseudonymised on import), `datum` (required: YYYY-MM-DD or
/// DD/MM/YYYY), one column per domain code of the frame (`inkomen`, `schulden`, …; a column may be left out, an
/// empty cell means not scored), and optionally `doelen_gesteld`, `doelen_bereikt` (whole numbers),
/// `taalondersteuning` (ja/nee) and `medewerker` (the e-mail address of a worker of the organisation).
/// Wide because that is how a worker's spreadsheet looks: one line per conversation.
public enum DemadImportFile {
    public static let required = ["dossier", "datum"]
    public static let optional = ["doelen_gesteld", "doelen_bereikt", "taalondersteuning", "medewerker"]

    /// One usable row.
    public struct Entry: Sendable, Hashable {
        public let row: Int
        public let dossier: String
        public let measurement: DemadMeasurement
        public let languageSupport: Bool?
        public let worker: String?
    }

    /// A problem with where it is: file, row (the header is row 1), column and reason.
    public struct Problem: Sendable, Hashable, CustomStringConvertible, Error {
        public let file: String
        public let row: Int?
        public let column: String?
        public let reason: String

        public init(file: String, row: Int?, column: String?, reason: String) {
            self.file = file
            self.row = row
            self.column = column
            self.reason = reason
        }

        public var description: String {
            var place = file
            if let row { place += ", rij \(row)" }
            if let column { place += ", kolom \(column)" }
            return "\(place): \(reason)"
        }
    }

    /// A dossier number as workers type it, made comparable: spaces removed, letters in capitals. Nil when it is
    /// empty, longer than 40 characters or holds anything but letters, digits and `-./`.
    public static func normalisedDossier(_ text: String) -> String? {
        let cleaned = text.filter { !$0.isWhitespace }.uppercased()
        guard !cleaned.isEmpty, cleaned.count <= 40,
              cleaned.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || "-./".contains($0) }) else { return nil }
        return cleaned
    }

    /// Reads the rows (`header` = row 1, then `(number, cells)`); every problem is collected, nothing is half-kept:
    /// the caller writes the entries only when the problems are empty.
    public static func read(file: String, header: [String], rows: [(number: Int, cells: [String])],
                            scale: DemadScale) -> (entries: [Entry], problems: [Problem]) {
        var problems: [Problem] = []
        let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let known = Set(required + optional + scale.domainCodes)
        var index: [String: Int] = [:]
        for (position, name) in names.enumerated() where !name.isEmpty {
            if !known.contains(name) {
                problems.append(Problem(file: file, row: 1, column: name, reason: "onbekende kolom; verwacht: \((required + scale.domainCodes + optional).joined(separator: ", "))"))
            } else if index[name] != nil {
                problems.append(Problem(file: file, row: 1, column: name, reason: "de kolom staat er twee keer"))
            } else {
                index[name] = position
            }
        }
        for name in required where index[name] == nil {
            problems.append(Problem(file: file, row: 1, column: name, reason: "de kolom ontbreekt"))
        }
        let domainColumns = scale.domainCodes.filter { index[$0] != nil }
        if domainColumns.isEmpty { problems.append(Problem(file: file, row: 1, column: nil, reason: "geen enkele domeinkolom (\(scale.domainCodes.joined(separator: ", ")))")) }
        guard problems.isEmpty else { return ([], problems) }

        var entries: [Entry] = []
        var seen: [String: Int] = [:]
        let scores = scale.lowestScore...scale.highestScore
        for row in rows {
            func cell(_ name: String) -> String {
                guard let position = index[name], position < row.cells.count else { return "" }
                return row.cells[position].trimmingCharacters(in: .whitespaces)
            }
            if row.cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            var rowProblems: [Problem] = []
            func problem(_ column: String?, _ reason: String) { rowProblems.append(Problem(file: file, row: row.number, column: column, reason: reason)) }
            let dossier = normalisedDossier(cell("dossier"))
            if dossier == nil {
                problem("dossier", cell("dossier").isEmpty ? "het dossiernummer ontbreekt" : "geen dossiernummer (letters, cijfers en - . /, hoogstens 40 tekens)")
            }
            let day = DemadDay(cell("datum"))
            if day == nil { problem("datum", cell("datum").isEmpty ? "de datum ontbreekt" : "'\(cell("datum"))' is geen datum (JJJJ-MM-DD of DD/MM/JJJJ)") }
            var measured: [String: Int] = [:]
            for domain in domainColumns {
                let text = cell(domain)
                guard !text.isEmpty else { continue }
                guard let score = Int(text), scores.contains(score) else {
                    problem(domain, "'\(text)' is geen score van \(scores.lowerBound) tot \(scores.upperBound)")
                    continue
                }
                measured[domain] = score
            }
            if measured.isEmpty && rowProblems.isEmpty { problem(nil, "geen enkele score op deze rij") }
            func count(_ name: String) -> Int? {
                let text = cell(name)
                guard !text.isEmpty else { return nil }
                guard let value = Int(text), (0...99).contains(value) else {
                    problem(name, "'\(text)' is geen aantal van 0 tot 99")
                    return nil
                }
                return value
            }
            let set = count("doelen_gesteld")
            let reached = count("doelen_bereikt")
            if reached != nil && set == nil { problem("doelen_gesteld", "doelen bereikt zonder doelen gesteld") }
            if let set, let reached, reached > set { problem("doelen_bereikt", "meer doelen bereikt (\(reached)) dan gesteld (\(set))") }
            var language: Bool?
            switch cell("taalondersteuning").lowercased() {
            case "": language = nil
            case "ja", "j", "yes", "1", "waar": language = true
            case "nee", "n", "no", "0", "onwaar": language = false
            default: problem("taalondersteuning", "'\(cell("taalondersteuning"))' is geen ja of nee")
            }
            let worker = cell("medewerker").isEmpty ? nil : cell("medewerker").lowercased()
            if let worker, !worker.contains("@") || worker.count > 200 { problem("medewerker", "'\(worker)' is geen e-mailadres") }
            if let dossier, let day {
                let key = "\(dossier)|\(day)"
                if let earlier = seen[key] {
                    problem("datum", "dit dossier heeft al een meting op \(day) (rij \(earlier))")
                } else {
                    seen[key] = row.number
                }
            }
            if rowProblems.isEmpty, let dossier, let day {
                entries.append(Entry(row: row.number, dossier: dossier,
                                     measurement: DemadMeasurement(day: day, scores: measured, goalsSet: set, goalsReached: reached),
                                     languageSupport: language, worker: worker))
            }
            problems += rowProblems
        }
        if entries.isEmpty && problems.isEmpty { problems.append(Problem(file: file, row: nil, column: nil, reason: "het bestand heeft geen metingen")) }
        return (problems.isEmpty ? entries : [], problems)
    }
}
