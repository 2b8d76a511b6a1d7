import DienstenDomain
import Foundation
import Platform
import Vapor

/// What the caseworker typed in the leefloon form, as typed (to show it again), and its reading into a situation
/// and a month with every problem tied to its field.
struct LeefloonFormValues: Content, Sendable {
    /// The number of parent or adult-child rows the form offers.
    static let relativeRows = 3

    var month: String?
    var household: String?
    var withPartner: String?
    var otherCategory3Case: String?
    var work: String?
    var benefits: String?
    var other: String?
    var studentJob: String?
    var student: String?
    var scholarship: String?
    var socioProfessional: String?
    var partnerIncome: String?
    var relative1Relation: String?
    var relative1Income: String?
    var relative1Counting: String?
    var relative1Share: String?
    var relative2Relation: String?
    var relative2Income: String?
    var relative2Counting: String?
    var relative2Share: String?
    var relative3Relation: String?
    var relative3Income: String?
    var relative3Counting: String?
    var relative3Share: String?

    /// A problem tied to the form field (its `id`), with its catalogue key and the value it names.
    struct Problem: Sendable, Equatable {
        let field: String
        let key: String
    }

    func relative(_ row: Int) -> (relation: String?, income: String?, counting: String?, share: String?) {
        switch row {
        case 1: (relative1Relation, relative1Income, relative1Counting, relative1Share)
        case 2: (relative2Relation, relative2Income, relative2Counting, relative2Share)
        default: (relative3Relation, relative3Income, relative3Counting, relative3Share)
        }
    }

    static func checked(_ value: String?) -> Bool { ["on", "true", "1", "ja"].contains(value ?? "") }

    /// The form filled from a situation (to carry it into the decision form or show it again).
    init(_ situation: LeefloonSituation, month: LeefloonDate) {
        self.month = month.monthText
        household = situation.household.rawValue
        withPartner = situation.withPartner ? "on" : nil
        otherCategory3Case = situation.otherCategory3Case ? "on" : nil
        func text(_ value: Decimal) -> String? { value == 0 ? nil : LeefloonMoney.text(value) }
        work = text(situation.income.work)
        benefits = text(situation.income.benefits)
        other = text(situation.income.other)
        studentJob = text(situation.income.studentJob)
        student = situation.student ? "on" : nil
        scholarship = situation.scholarship ? "on" : nil
        socioProfessional = situation.socioProfessional ? "on" : nil
        partnerIncome = text(situation.partnerIncome)
        for (index, relative) in situation.relatives.prefix(Self.relativeRows).enumerated() {
            let values = (relative.relation.rawValue, LeefloonMoney.text(relative.income), relative.counting.rawValue, relative.share.map(LeefloonMoney.text))
            switch index {
            case 0: (relative1Relation, relative1Income, relative1Counting, relative1Share) = values
            case 1: (relative2Relation, relative2Income, relative2Counting, relative2Share) = values
            default: (relative3Relation, relative3Income, relative3Counting, relative3Share) = values
            }
        }
    }

    init() {}

    /// Reads the form. Every problem is listed (not only the first), each tied to its field.
    func read() -> (situation: LeefloonSituation?, month: LeefloonDate?, problems: [Problem]) {
        var problems: [Problem] = []
        let monthDate = month.flatMap { LeefloonDate(month: $0.trimmingCharacters(in: .whitespaces)) }
        if monthDate == nil { problems.append(Problem(field: "month", key: "leefloon.error.month")) }
        let householdValue = household.flatMap(LeefloonSituation.Household.init(rawValue:))
        if householdValue == nil { problems.append(Problem(field: "household-alone", key: "leefloon.error.household")) }
        func amount(_ text: String?, _ field: String) -> Decimal {
            guard let value = LeefloonMoney.parseForm(text ?? "") else {
                problems.append(Problem(field: field, key: "leefloon.error.amount"))
                return 0
            }
            return value
        }
        let income = LeefloonSituation.Income(
            work: amount(work, "work"), benefits: amount(benefits, "benefits"), other: amount(other, "other"),
            studentJob: amount(studentJob, "studentJob"))
        let partner = amount(partnerIncome, "partnerIncome")
        var relatives: [LeefloonSituation.Relative] = []
        for row in 1...Self.relativeRows {
            let values = relative(row)
            guard let relationText = values.relation, !relationText.isEmpty else { continue }
            guard let relation = LeefloonSituation.Relative.Relation(rawValue: relationText) else {
                problems.append(Problem(field: "relative\(row)Relation", key: "leefloon.error.relation"))
                continue
            }
            let incomeValue = amount(values.income, "relative\(row)Income")
            guard let counting = values.counting.flatMap(LeefloonSituation.Relative.Counting.init(rawValue:)) else {
                problems.append(Problem(field: "relative\(row)Counting", key: "leefloon.error.counting"))
                continue
            }
            var share: Decimal?
            if counting == .partial {
                share = amount(values.share, "relative\(row)Share")
            }
            relatives.append(LeefloonSituation.Relative(relation: relation, income: incomeValue, counting: counting, share: share))
        }
        guard let householdValue, problems.isEmpty else { return (nil, monthDate, problems) }
        let situation = LeefloonSituation(
            household: householdValue, withPartner: householdValue == .children && Self.checked(withPartner),
            otherCategory3Case: Self.checked(otherCategory3Case), income: income, student: Self.checked(student),
            scholarship: Self.checked(student) && Self.checked(scholarship), socioProfessional: Self.checked(socioProfessional),
            partnerIncome: partner, relatives: relatives)
        do {
            try situation.validate()
        } catch {
            return (nil, monthDate, [Problem(field: Self.formField(error.field), key: "leefloon.error.\(error.reason.rawValue)")])
        }
        return (situation, monthDate, problems)
    }

    /// The form field of a situation's field path ("relatives[1].share" → "relative2Share").
    static func formField(_ path: String) -> String {
        switch path {
        case "income.work": return "work"
        case "income.benefits": return "benefits"
        case "income.other": return "other"
        case "income.studentJob": return "studentJob"
        case "partnerIncome", "withPartner", "scholarship": return path
        case "relatives": return "relative1Relation"
        default:
            if path.hasPrefix("relatives["), let close = path.firstIndex(of: "]"),
               let index = Int(path[path.index(path.startIndex, offsetBy: 10)..<close]) {
                let field = path[path.index(after: close)...].dropFirst()
                return "relative\(index + 1)\(field.prefix(1).uppercased())\(field.dropFirst())"
            }
            return "household-alone"
        }
    }
}
