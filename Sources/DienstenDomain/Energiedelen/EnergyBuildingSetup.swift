import Foundation

/// An apartment of a building that shares energy: its label (as the residents know it, "2B"), the EAN of its
/// access point, and its share for the fixed and optimal keys (a fraction; the shares sum to 1).
public struct EnergyApartment: Sendable, Hashable, Codable {
    public var label: String
    public var ean: String
    public var share: Double

    public init(label: String, ean: String, share: Double) {
        self.label = label
        self.ean = ean
        self.share = share
    }
}

/// What a building's setup says: its name, the shared installation (its EAN, kWp, cost), the key, the tariffs and
/// the apartments. Read from a form by `EnergyBuildingSetup.read`, which locates every problem.
public struct EnergyBuildingSetup: Sendable, Hashable, Codable {
    public var name: String
    public var installationEAN: String
    public var kWp: Double
    public var key: SharingKey
    public var tariffs: SharingTariffs
    public var apartments: [EnergyApartment]

    public init(name: String, installationEAN: String, kWp: Double, key: SharingKey, tariffs: SharingTariffs, apartments: [EnergyApartment]) {
        self.name = name
        self.installationEAN = installationEAN
        self.kWp = kWp
        self.key = key
        self.tariffs = tariffs
        self.apartments = apartments
    }

    /// The most apartments one building may have.
    public static let maximumApartments = 200

    /// The form's text fields, as typed.
    public struct Input: Sendable, Hashable, Codable {
        public var name = ""
        public var installationEAN = ""
        public var kWp = ""
        public var installationCost = ""
        public var key = "optimal"
        public var energyPrice = ""
        public var injectionPrice = ""
        public var networkCosts = ""
        /// One apartment per line: `label; EAN; share in %` (the share may be left out: equal shares).
        public var apartments = ""

        public init() {}

        public init(_ setup: EnergyBuildingSetup) {
            name = setup.name
            installationEAN = setup.installationEAN
            kWp = EnergyNumber.plain(setup.kWp)
            installationCost = EnergyNumber.plain(setup.tariffs.installationCost)
            key = setup.key.rawValue
            energyPrice = EnergyNumber.plain(setup.tariffs.energyPrice)
            injectionPrice = EnergyNumber.plain(setup.tariffs.injectionPrice)
            networkCosts = EnergyNumber.plain(setup.tariffs.networkCostsOnShared)
            apartments = setup.apartments.map { "\($0.label); \($0.ean); \(EnergyNumber.plain(($0.share * 100 * 1e6).rounded() / 1e6))" }
                .joined(separator: "\n")
        }
    }

    /// A problem with one field (and, for the apartments, one line), as a code the pages word in their language and
    /// the value it is about.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        public var field: String
        public var line: Int?
        public var code: String
        public var value: String

        public init(field: String, line: Int? = nil, code: String, value: String = "") {
            self.field = field
            self.line = line
            self.code = code
            self.value = value
        }

        public var description: String { "\(field)\(line.map { " line \($0)" } ?? ""): \(code) '\(value)'" }
    }

    /// Reads the form: every problem located, or the setup.
    public static func read(_ input: Input) -> Result<EnergyBuildingSetup, ProblemList> {
        var problems: [Problem] = []
        let name = input.name.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { problems.append(Problem(field: "name", code: "required")) }
        if name.count > 200 { problems.append(Problem(field: "name", code: "tooLong", value: "200")) }
        let installation = input.installationEAN.trimmingCharacters(in: .whitespaces)
        if installation.isEmpty {
            problems.append(Problem(field: "installationEAN", code: "required"))
        } else if FluviusHistoryReader.parseEAN(installation) == nil {
            problems.append(Problem(field: "installationEAN", code: "ean", value: installation))
        }
        func number(_ field: String, _ text: String, maximum: Double) -> Double {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { problems.append(Problem(field: field, code: "required")); return 0 }
            guard let value = EnergyNumber.parse(trimmed) else { problems.append(Problem(field: field, code: "number", value: trimmed)); return 0 }
            guard value >= 0, value <= maximum else {
                problems.append(Problem(field: field, code: "range", value: EnergyNumber.plain(maximum)))
                return 0
            }
            return value
        }
        let kWp = number("kWp", input.kWp, maximum: 10_000)
        let cost = number("installationCost", input.installationCost, maximum: 100_000_000)
        let energyPrice = number("energyPrice", input.energyPrice, maximum: 10)
        let injectionPrice = number("injectionPrice", input.injectionPrice, maximum: 10)
        let networkCosts = number("networkCosts", input.networkCosts, maximum: 10)
        if networkCosts > energyPrice {
            problems.append(Problem(field: "networkCosts", code: "aboveEnergyPrice"))
        }
        let key = SharingKey(rawValue: input.key)
        if key == nil { problems.append(Problem(field: "key", code: "key", value: input.key)) }
        let apartments = readApartments(input.apartments, key: key ?? .optimal, problems: &problems)
        guard problems.isEmpty, let key else { return .failure(ProblemList(problems: problems)) }
        return .success(EnergyBuildingSetup(
            name: name, installationEAN: installation, kWp: kWp, key: key,
            tariffs: SharingTariffs(energyPrice: energyPrice, injectionPrice: injectionPrice, networkCostsOnShared: networkCosts,
                                    installationCost: cost),
            apartments: apartments))
    }

    /// The problems of a refused form, in the order of the fields.
    public struct ProblemList: Error, Sendable, Hashable {
        public var problems: [Problem]
    }

    /// `label; EAN; share %` per line; blank lines skipped. Shares: all given (summing to 100 %) or none (equal).
    static func readApartments(_ text: String, key: SharingKey, problems: inout [Problem]) -> [EnergyApartment] {
        var apartments: [EnergyApartment] = []
        var percentages: [Double?] = []
        var labels: Set<String> = []
        var eans: Set<String> = []
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (offset, raw) in lines.enumerated() {
            let line = offset + 1
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            let parts = trimmed.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 || parts.count == 3 else {
                problems.append(Problem(field: "apartments", line: line, code: "lineShape", value: trimmed))
                continue
            }
            let label = parts[0]
            if label.isEmpty || label.count > 60 {
                problems.append(Problem(field: "apartments", line: line, code: "label", value: label))
                continue
            }
            guard labels.insert(label).inserted else {
                problems.append(Problem(field: "apartments", line: line, code: "labelTwice", value: label))
                continue
            }
            guard let ean = FluviusHistoryReader.parseEAN(parts[1]) else {
                problems.append(Problem(field: "apartments", line: line, code: "ean", value: parts[1]))
                continue
            }
            guard eans.insert(ean).inserted else {
                problems.append(Problem(field: "apartments", line: line, code: "eanTwice", value: ean))
                continue
            }
            var percentage: Double? = nil
            if parts.count == 3, !parts[2].isEmpty {
                let text = parts[2].hasSuffix("%") ? String(parts[2].dropLast()).trimmingCharacters(in: .whitespaces) : parts[2]
                guard let value = EnergyNumber.parse(text), value >= 0, value <= 100 else {
                    problems.append(Problem(field: "apartments", line: line, code: "share", value: parts[2]))
                    continue
                }
                percentage = value
            }
            apartments.append(EnergyApartment(label: label, ean: ean, share: 0))
            percentages.append(percentage)
        }
        if apartments.isEmpty && !problems.contains(where: { $0.field == "apartments" }) {
            problems.append(Problem(field: "apartments", code: "required"))
        }
        if apartments.count > maximumApartments {
            problems.append(Problem(field: "apartments", code: "tooMany", value: String(maximumApartments)))
        }
        guard !apartments.isEmpty else { return [] }
        let given = percentages.compactMap { $0 }
        if given.isEmpty {
            for index in apartments.indices { apartments[index].share = 1 / Double(apartments.count) }
        } else if given.count != apartments.count {
            problems.append(Problem(field: "apartments", code: "sharesPartly"))
        } else {
            let sum = given.reduce(0, +)
            if key != .relative, abs(sum - 100) > 0.01 {
                problems.append(Problem(field: "apartments", code: "sharesSum", value: EnergyNumber.plain((sum * 1000).rounded() / 1000)))
            } else if sum > 0 {
                for index in apartments.indices { apartments[index].share = given[index] / sum }
            } else {
                for index in apartments.indices { apartments[index].share = 1 / Double(apartments.count) }
            }
        }
        return apartments
    }
}

/// Numbers as people type them in a Flemish form and as a Flemish spreadsheet reads them.
public enum EnergyNumber {
    /// "0,30", "0.30", "1.234,5", "24.000", "12" → a finite Double; nil otherwise. With both a point and a comma,
    /// the point groups thousands; a point also groups thousands when every group after it has three digits and the
    /// number does not start with 0 ("24.000", "1.500.000", as a Flemish form has them); otherwise a lone point or
    /// comma is the decimal separator ("0.300", "2.5").
    public static func parse(_ text: String) -> Double? {
        var cleaned = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{00A0}", with: "")
            .replacingOccurrences(of: " ", with: "")
        guard !cleaned.isEmpty, cleaned.count <= 30 else { return nil }
        if cleaned.contains(","), cleaned.contains(".") { cleaned = cleaned.replacingOccurrences(of: ".", with: "") }
        if !cleaned.contains(","), groupsThousands(cleaned) { cleaned = cleaned.replacingOccurrences(of: ".", with: "") }
        cleaned = cleaned.replacingOccurrences(of: ",", with: ".")
        guard cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
              cleaned.filter({ $0 == "." }).count <= 1, !cleaned.dropFirst().contains("-"),
              let value = Double(cleaned), value.isFinite
        else { return nil }
        return value
    }

    /// "24.000", "-1.500.000": 1 to 3 digits (not starting with 0), then groups of a point and three digits.
    static func groupsThousands(_ text: String) -> Bool {
        let groups = (text.hasPrefix("-") ? String(text.dropFirst()) : text).split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count >= 2, let first = groups.first, (1...3).contains(first.count), first.first != "0" else { return false }
        return groups.allSatisfy { $0.allSatisfy { ("0"..."9").contains($0) } } && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// A value as a form shows it back: a decimal comma, no thousands separator, no trailing zeros ("0,3", "1500").
    public static func plain(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text.replacingOccurrences(of: ".", with: ",")
    }

    /// A value for a CSV file that Excel in Flanders opens as a number: a fixed number of decimals, a decimal comma,
    /// no thousands separator ("1234,567").
    public static func csv(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "" }
        let text = String(format: "%.\(max(0, decimals))f", value)
        return (text == "-" + String(format: "%.\(max(0, decimals))f", 0.0) ? String(text.dropFirst()) : text)
            .replacingOccurrences(of: ".", with: ",")
    }
}
