import DienstenDomain
import Foundation
import Platform

/// The profile form as typed: every field optional. Reading it gives the profile, or the problems per field (the
/// form's own field names), never an exception.
struct ScreeningForm: Sendable {
    /// The form's fields and the profile field each fills.
    static let ageField = "leeftijd"
    static let birthDateField = "geboortedatum"
    static let householdField = "huishouden"
    static let countFields: [(name: String, key: String)] = [
        ("kinderen", "children"), ("kinderenMinderjarig", "childrenUnder18"), ("kinderenSchool", "childrenInSchool"),
        ("kinderenHoger", "childrenInHigherEducation"),
    ]
    static let municipalityField = "gemeente"
    static let amountFields: [(name: String, key: String)] = [
        ("inkomenMaand", "monthlyNetIncome"), ("inkomenJaar", "yearlyTaxableIncome"), ("vermogen", "assets"),
    ]
    static let referenceField = "referentie"
    static let retentionField = "bewaartermijn"
    static let rightField = "recht"
    static let profileField = "profiel"

    static func statusField(_ status: ClientStatus) -> String { "status-\(status.rawValue)" }

    /// The form field of a profile field (for the problems the profile itself finds).
    static func formField(ofProfileKey key: String) -> String {
        switch key {
        case "age": ageField
        case "birthDate": birthDateField
        case "household": householdField
        case "municipality": municipalityField
        default:
            if key.hasPrefix("status.") { "status-" + key.dropFirst("status.".count) }
            else { (countFields + amountFields).first { $0.key == key }?.name ?? key }
        }
    }

    /// What was typed, by field name.
    var values: [String: String]

    init(values: [String: String] = [:]) {
        self.values = values
    }

    /// The form filled from a profile (to show a saved case's profile again, or the hidden field of "save").
    init(profile: ClientProfile) {
        var values: [String: String] = [:]
        values[Self.ageField] = profile.age.map(String.init)
        values[Self.birthDateField] = profile.birthDate?.description
        values[Self.householdField] = profile.household?.rawValue
        let counts = [profile.children, profile.childrenUnder18, profile.childrenInSchool, profile.childrenInHigherEducation]
        for (field, count) in zip(Self.countFields, counts) { values[field.name] = count.map(String.init) }
        values[Self.municipalityField] = profile.municipality
        let amounts = [profile.monthlyNetIncome, profile.yearlyTaxableIncome, profile.assets]
        for (field, amount) in zip(Self.amountFields, amounts) { values[field.name] = amount.map { Self.plain($0) } }
        for status in ClientStatus.allCases {
            if let answer = profile.has(status) { values[Self.statusField(status)] = answer ? "ja" : "nee" }
        }
        self.values = values
    }

    subscript(_ name: String) -> String { values[name] ?? "" }

    /// The profile, or the problems by field name (in the visitor's language).
    func read(_ t: Strings, today: CalendarDay) -> (profile: ClientProfile, problems: [String: String]) {
        var profile = ClientProfile()
        var problems: [String: String] = [:]
        func text(_ name: String) -> String? {
            let value = (values[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            return value.isEmpty ? nil : value
        }
        if let raw = text(Self.ageField) {
            if let age = Int(raw), (0...120).contains(age) { profile.age = age } else { problems[Self.ageField] = t["screening.problem.age"] }
        }
        if let raw = text(Self.birthDateField) {
            if let day = Self.day(raw) { profile.birthDate = day } else { problems[Self.birthDateField] = t["screening.problem.date"] }
        }
        if let raw = text(Self.householdField) {
            if let household = HouseholdType(rawValue: raw) { profile.household = household }
            else { problems[Self.householdField] = t["screening.problem.choice"] }
        }
        for (index, field) in Self.countFields.enumerated() {
            guard let raw = text(field.name) else { continue }
            guard let count = Int(raw), (0...30).contains(count) else { problems[field.name] = t["screening.problem.count"]; continue }
            switch index {
            case 0: profile.children = count
            case 1: profile.childrenUnder18 = count
            case 2: profile.childrenInSchool = count
            default: profile.childrenInHigherEducation = count
            }
        }
        if let raw = text(Self.municipalityField) {
            let known = Municipalities.all.isEmpty ? Region(nis: raw) != nil : Municipalities.named(raw) != nil
            if Municipalities.isNISCode(raw), known { profile.municipality = raw }
            else { problems[Self.municipalityField] = t["screening.problem.municipality"] }
        }
        for (index, field) in Self.amountFields.enumerated() {
            guard let raw = text(field.name) else { continue }
            guard let amount = Self.amount(raw), amount >= 0, amount <= 100_000_000 else {
                problems[field.name] = t["screening.problem.amount"]
                continue
            }
            switch index {
            case 0: profile.monthlyNetIncome = amount
            case 1: profile.yearlyTaxableIncome = amount
            default: profile.assets = amount
            }
        }
        for status in ClientStatus.allCases {
            switch text(Self.statusField(status)) {
            case nil, "onbekend": break
            case "ja": profile.statuses.insert(status)
            case "nee": profile.absentStatuses.insert(status)
            default: problems[Self.statusField(status)] = t["screening.problem.choice"]
            }
        }
        for problem in profile.problems(on: today) {
            let field = Self.formField(ofProfileKey: problem.field)
            guard problems[field] == nil else { continue }
            problems[field] = t["screening.problem.\(problem.issue.rawValue)"]
        }
        return (profile, problems)
    }

    /// "2026-03-01" (a date field) or "1/3/2026", "01-03-2026" as people type it.
    static func day(_ text: String) -> CalendarDay? {
        if let day = CalendarDay(text) { return day }
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map(String.init)
        guard parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        return CalendarDay(year: y, month: m, day: d)
    }

    /// An amount in euro as typed: "1.250,50", "1250.50", "€ 1 250"; nil when it is not one.
    static func amount(_ text: String) -> Double? {
        var raw = text.replacingOccurrences(of: "€", with: "").replacingOccurrences(of: "EUR", with: "", options: .caseInsensitive)
        raw = raw.filter { !$0.isWhitespace && $0 != "\u{00A0}" && $0 != "\u{202F}" }
        guard !raw.isEmpty, raw.count <= 20, raw.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) else { return nil }
        // Euro amounts have no three decimals: a lone dot or comma before exactly three digits groups thousands
        // ("1.250", "1,250"); before one or two digits it is the decimal mark ("1250,5", "1250.50").
        let separators = raw.filter { $0 == "." || $0 == "," }
        var normalised = raw
        if let last = raw.lastIndex(where: { $0 == "." || $0 == "," }) {
            let decimals = raw.distance(from: raw.index(after: last), to: raw.endIndex)
            let mark = raw[last]
            if decimals == 3 && (separators.count == 1 || !separators.dropLast().contains(mark)) {
                normalised = raw.filter { $0 != "." && $0 != "," }
            } else if separators.dropLast().contains(mark) {
                return nil
            } else {
                var integer = String(raw[..<last]).filter { $0 != "." && $0 != "," }
                if integer.isEmpty { integer = "0" }
                normalised = integer + "." + raw[raw.index(after: last)...]
            }
        }
        guard normalised.filter({ $0 == "." }).count <= 1, let value = Double(normalised), value.isFinite else { return nil }
        return value
    }

    /// A number for a form field: "1250" or "1250.5", never grouped.
    static func plain(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
