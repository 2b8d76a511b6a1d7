import Foundation

/// What the caseworker knows of a household for one month: who the applicant lives with, the net incomes per month
/// per person and kind, and which incomes of parents or adult children living with the applicant the OCMW counts.
/// Names are never part of it.
public struct LeefloonSituation: Codable, Sendable, Hashable {
    public enum Household: String, Codable, CaseIterable, Sendable {
        /// The applicant lives alone.
        case alone
        /// The applicant lives with a spouse or partner (no minor child in care).
        case partner
        /// The applicant shares the household with others (parents, adult children, friends).
        case others
        /// The applicant lives with at least one unmarried minor child in their care (with or without a partner).
        case children
    }

    /// A parent or adult child (first degree) living with the applicant, and how the OCMW counts the part of their
    /// income above the category 1 amount (art. 34 §2 KB 11 July 2002).
    public struct Relative: Codable, Sendable, Hashable {
        public enum Relation: String, Codable, CaseIterable, Sendable { case parent, child }
        public enum Counting: String, Codable, CaseIterable, Sendable { case full, partial, none }

        public var relation: Relation
        /// Net income per month.
        public var income: Decimal
        public var counting: Counting
        /// For `partial`: the percentage of the part above the category 1 amount that is counted (1–99).
        public var share: Decimal?

        public init(relation: Relation, income: Decimal, counting: Counting, share: Decimal? = nil) {
            self.relation = relation
            self.income = income
            self.counting = counting
            self.share = share
        }
    }

    /// The applicant's own net income per month, by kind.
    public struct Income: Codable, Sendable, Hashable {
        /// Income from work (wages, net).
        public var work: Decimal
        /// Other social benefits (unemployment, sickness, pension, …).
        public var benefits: Decimal
        /// Any other resource (maintenance received, rent received, …).
        public var other: Decimal
        /// Income from student work (only for a student).
        public var studentJob: Decimal

        public init(work: Decimal = 0, benefits: Decimal = 0, other: Decimal = 0, studentJob: Decimal = 0) {
            self.work = work
            self.benefits = benefits
            self.other = other
            self.studentJob = studentJob
        }

        public var total: Decimal { work + benefits + other + studentJob }
    }

    public var household: Household
    /// With `children`: the applicant also lives with a spouse or partner.
    public var withPartner: Bool
    /// A case the law also puts in category 3 (the worker states it and confirms it on the checks).
    public var otherCategory3Case: Bool
    public var income: Income
    /// The applicant studies (the student exemption of art. 35 §2 applies to student work).
    public var student: Bool
    /// The student receives a study grant (a lower exemption).
    public var scholarship: Bool
    /// The applicant's work income qualifies for the socio-professional exemption (art. 35 §1): work taken up while
    /// receiving the leefloon, within its three-year term.
    public var socioProfessional: Bool
    /// The partner's net income per month.
    public var partnerIncome: Decimal
    public var relatives: [Relative]

    public init(
        household: Household, withPartner: Bool = false, otherCategory3Case: Bool = false, income: Income = Income(),
        student: Bool = false, scholarship: Bool = false, socioProfessional: Bool = false, partnerIncome: Decimal = 0,
        relatives: [Relative] = []
    ) {
        self.household = household
        self.withPartner = withPartner
        self.otherCategory3Case = otherCategory3Case
        self.income = income
        self.student = student
        self.scholarship = scholarship
        self.socioProfessional = socioProfessional
        self.partnerIncome = partnerIncome
        self.relatives = relatives
    }

    /// Whether the applicant lives with a spouse or partner whose income the rules look at.
    public var hasPartner: Bool { household == .partner || (household == .children && withPartner) }

    /// Checks what the types cannot: amounts not negative, the cohabitants the household allows, a share with
    /// `partial`. The first problem comes out located by its field path ("relatives[1].share").
    public func validate() throws(LeefloonInputError) {
        func amount(_ value: Decimal, _ field: String) throws(LeefloonInputError) {
            guard value >= 0 else { throw LeefloonInputError(field: field, .negative) }
            guard value <= LeefloonMoney.maximum else { throw LeefloonInputError(field: field, .tooLarge) }
            guard LeefloonMoney.cent(value) == value else { throw LeefloonInputError(field: field, .moreThanCents) }
        }
        try amount(income.work, "income.work")
        try amount(income.benefits, "income.benefits")
        try amount(income.other, "income.other")
        try amount(income.studentJob, "income.studentJob")
        try amount(partnerIncome, "partnerIncome")
        if income.studentJob > 0 && !student { throw LeefloonInputError(field: "income.studentJob", .studentJobWithoutStudent) }
        if scholarship && !student { throw LeefloonInputError(field: "scholarship", .scholarshipWithoutStudent) }
        if partnerIncome > 0 && !hasPartner { throw LeefloonInputError(field: "partnerIncome", .partnerIncomeWithoutPartner) }
        if withPartner && household != .children { throw LeefloonInputError(field: "withPartner", .withPartnerOnlyWithChildren) }
        if household == .alone && !relatives.isEmpty { throw LeefloonInputError(field: "relatives", .relativesWhenAlone) }
        if relatives.count > 20 { throw LeefloonInputError(field: "relatives", .tooMany) }
        for (index, relative) in relatives.enumerated() {
            try amount(relative.income, "relatives[\(index)].income")
            switch (relative.counting, relative.share) {
            case (.partial, nil): throw LeefloonInputError(field: "relatives[\(index)].share", .shareMissing)
            case (.partial, let share?):
                guard share > 0, share < 100, LeefloonMoney.cent(share) == share else {
                    throw LeefloonInputError(field: "relatives[\(index)].share", .shareOutOfRange)
                }
            case (_, _?): throw LeefloonInputError(field: "relatives[\(index)].share", .shareWithoutPartial)
            default: break
            }
        }
    }

    // Decoding accepts amounts as JSON numbers (250.5) or text ("250.50"), leaves out what is zero or false, and
    // names the field of any bad value.
    enum CodingKeys: String, CodingKey {
        case household, withPartner, otherCategory3Case, income, student, scholarship, socioProfessional, partnerIncome, relatives
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        household = try container.decode(Household.self, forKey: .household)
        withPartner = try container.decodeIfPresent(Bool.self, forKey: .withPartner) ?? false
        otherCategory3Case = try container.decodeIfPresent(Bool.self, forKey: .otherCategory3Case) ?? false
        income = try container.decodeIfPresent(Income.self, forKey: .income) ?? Income()
        student = try container.decodeIfPresent(Bool.self, forKey: .student) ?? false
        scholarship = try container.decodeIfPresent(Bool.self, forKey: .scholarship) ?? false
        socioProfessional = try container.decodeIfPresent(Bool.self, forKey: .socioProfessional) ?? false
        partnerIncome = try container.money(.partnerIncome) ?? 0
        relatives = try container.decodeIfPresent([Relative].self, forKey: .relatives) ?? []
    }
}

extension LeefloonSituation.Income {
    enum CodingKeys: String, CodingKey { case work, benefits, other, studentJob }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        work = try container.money(.work) ?? 0
        benefits = try container.money(.benefits) ?? 0
        other = try container.money(.other) ?? 0
        studentJob = try container.money(.studentJob) ?? 0
    }
}

extension LeefloonSituation.Relative {
    enum CodingKeys: String, CodingKey { case relation, income, counting, share }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        relation = try container.decode(Relation.self, forKey: .relation)
        guard let income = try container.money(.income) else {
            throw DecodingError.keyNotFound(CodingKeys.income, .init(codingPath: container.codingPath, debugDescription: "income is required"))
        }
        self.income = income
        counting = try container.decode(Counting.self, forKey: .counting)
        share = try container.money(.share)
    }
}

extension KeyedDecodingContainer {
    /// An amount given as a JSON number or as text "1234.56"; nil when absent or null.
    func money(_ key: Key) throws -> Decimal? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let text = try? decode(String.self, forKey: key) {
            guard let value = LeefloonMoney.parse(text) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "not an amount like 1234.56")
            }
            return value
        }
        let number = try decode(Double.self, forKey: key)
        guard number.isFinite, number >= 0, number <= 10_000_000, let value = LeefloonMoney.parse("\(number)")
            ?? LeefloonMoney.parse(String(format: "%.2f", number)).flatMap({ Double("\($0)") == number ? $0 : nil })
        else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "not an amount between 0 and 10000000 with at most two decimals")
        }
        return value
    }
}

/// A bad input, located by its field path, with a reason the pages and the API put in words.
public struct LeefloonInputError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Reason: String, Sendable {
        case negative, tooLarge, moreThanCents, studentJobWithoutStudent, scholarshipWithoutStudent, partnerIncomeWithoutPartner
        case withPartnerOnlyWithChildren, relativesWhenAlone, tooMany, shareMissing, shareOutOfRange, shareWithoutPartial
    }

    public let field: String
    public let reason: Reason

    public init(field: String, _ reason: Reason) {
        self.field = field
        self.reason = reason
    }

    /// The reason in English, for the API and logs (the pages use their catalogue).
    public var message: String {
        switch reason {
        case .negative: "an amount cannot be negative"
        case .tooLarge: "the amount is larger than 10000000"
        case .moreThanCents: "an amount has at most two decimals"
        case .studentJobWithoutStudent: "student work income is given but the applicant is not a student"
        case .scholarshipWithoutStudent: "a study grant is given but the applicant is not a student"
        case .partnerIncomeWithoutPartner: "a partner's income is given but the household has no partner"
        case .withPartnerOnlyWithChildren: "withPartner is only used with household \"children\"; use household \"partner\""
        case .relativesWhenAlone: "someone living alone has no cohabiting parents or children"
        case .tooMany: "at most 20 cohabiting parents or children"
        case .shareMissing: "a partly counted income needs the share (percentage) counted"
        case .shareOutOfRange: "the share is a percentage above 0 and below 100 (use full or none otherwise)"
        case .shareWithoutPartial: "a share is only given when the income is counted partly"
        }
    }

    public var description: String { "\(field): \(message)" }
}
