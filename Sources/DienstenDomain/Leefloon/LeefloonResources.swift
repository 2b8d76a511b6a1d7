import Foundation

/// The resources an advice counts, per year as the law counts them (art. 16 wet 26 mei 2002: the applicant's net
/// resources; art. 22 and 34–35 KB 11 juli 2002: what is exempted, what of a cohabitant is counted).
public struct LeefloonResources: Sendable, Hashable {
    /// The yearly total before the general exemption.
    public let beforeGeneralExemption: Decimal
    /// The general exemption applied (0 when it does not apply or its amount is unknown).
    public let generalExemption: Decimal
    /// What is counted against the leefloon, per year.
    public let yearly: Decimal
    public var monthly: Decimal { LeefloonMoney.cent(yearly / 12) }
    public let trail: [LeefloonTrailStep]
    public let checks: [LeefloonCheck]

    static let law = "wet 26 mei 2002"
    static let decree = "KB 11 juli 2002"

    /// Counts the resources of a situation for a category on a day. `amounts` gives the category 1 amount, the
    /// threshold above which a partner's or parent's or child's income is counted.
    public static func count(
        _ situation: LeefloonSituation, category: LeefloonCategory, amounts: LeefloonAmounts, parameters: LeefloonParameters,
        on date: LeefloonDate
    ) throws(LeefloonAdviceError) -> LeefloonResources {
        var trail: [LeefloonTrailStep] = []
        var checks: [LeefloonCheck] = []
        var total: Decimal = 0
        var article35Applied = false
        let income = situation.income

        // Own work income, less the socio-professional exemption when it applies.
        if income.work > 0 {
            let yearly = income.work * 12
            if situation.socioProfessional {
                checks.append(.socioProfessionalTerm)
                let entry = try parameters.socioProfessionalExemption.entry(on: date)
                if let exemption = entry.values["monthly"] {
                    let exempt = min(income.work, exemption)
                    let counted = (income.work - exempt) * 12
                    article35Applied = exempt > 0
                    trail.append(LeefloonTrailStep(
                        step: "income.work.spi", rule: "art. 35 §1 \(decree)", parameter: "socio_professional_exemption.monthly",
                        parameterValue: exemption, entry: entry, value: counted,
                        arguments: [LeefloonMoney.text(income.work), LeefloonMoney.text(exempt), LeefloonMoney.text(counted)]))
                    total += counted
                } else {
                    checks.append(.unknownParameter)
                    trail.append(LeefloonTrailStep(
                        step: "income.work.spiUnknown", rule: "art. 35 §1 \(decree)", parameter: "socio_professional_exemption.monthly",
                        entry: entry, value: yearly, arguments: [LeefloonMoney.text(income.work), LeefloonMoney.text(yearly)]))
                    total += yearly
                }
            } else {
                trail.append(LeefloonTrailStep(
                    step: "income.work", rule: "art. 16 §1 \(law)", value: yearly,
                    arguments: [LeefloonMoney.text(income.work), LeefloonMoney.text(yearly)]))
                total += yearly
            }
        }
        for (code, amount) in [("income.benefits", income.benefits), ("income.other", income.other)] where amount > 0 {
            let yearly = amount * 12
            trail.append(LeefloonTrailStep(
                step: code, rule: "art. 16 §1 \(law)", value: yearly, arguments: [LeefloonMoney.text(amount), LeefloonMoney.text(yearly)]))
            total += yearly
        }

        // Student work, less the student exemption (with or without a study grant).
        if income.studentJob > 0 {
            checks.append(.studentProject)
            let entry = try parameters.studentExemption.entry(on: date)
            let key = situation.scholarship ? "withScholarship.monthly" : "withoutScholarship.monthly"
            if let exemption = entry.values[key] {
                let exempt = min(income.studentJob, exemption)
                let counted = (income.studentJob - exempt) * 12
                article35Applied = article35Applied || exempt > 0
                trail.append(LeefloonTrailStep(
                    step: situation.scholarship ? "income.studentJob.grant" : "income.studentJob", rule: "art. 35 §2 \(decree)",
                    parameter: "student_exemption.\(key)", parameterValue: exemption, entry: entry, value: counted,
                    arguments: [LeefloonMoney.text(income.studentJob), LeefloonMoney.text(exempt), LeefloonMoney.text(counted)]))
                total += counted
            } else {
                let yearly = income.studentJob * 12
                checks.append(.unknownParameter)
                trail.append(LeefloonTrailStep(
                    step: "income.studentJob.unknown", rule: "art. 35 §2 \(decree)", parameter: "student_exemption.\(key)",
                    entry: entry, value: yearly, arguments: [LeefloonMoney.text(income.studentJob), LeefloonMoney.text(yearly)]))
                total += yearly
            }
        }

        // The partner: counted in full in category 3 (the amount is for the couple), above the category 1 amount
        // in category 1 (art. 34 §1 KB).
        let threshold = amounts.amount(.cohabiting)
        if situation.hasPartner {
            let yearly = situation.partnerIncome * 12
            if category == .family {
                trail.append(LeefloonTrailStep(
                    step: "partner.full", rule: "art. 34 §1 \(decree)", value: yearly,
                    arguments: [LeefloonMoney.text(situation.partnerIncome), LeefloonMoney.text(yearly)]))
                total += yearly
            } else {
                let counted = max(0, yearly - threshold.yearly)
                trail.append(LeefloonTrailStep(
                    step: "partner.above", rule: "art. 34 §1 \(decree)", parameter: "amounts.cat1.yearly",
                    parameterValue: threshold.yearly, entry: amounts.entry, value: counted,
                    arguments: [LeefloonMoney.text(situation.partnerIncome), LeefloonMoney.text(yearly), LeefloonMoney.text(counted)]))
                total += counted
            }
        }

        // Parents and adult children living with the applicant: the part above the category 1 amount, which the
        // OCMW counts fully, partly or not (art. 34 §2 KB).
        for (index, relative) in situation.relatives.enumerated() {
            let yearly = relative.income * 12
            let above = max(0, yearly - threshold.yearly)
            let counted: Decimal
            switch relative.counting {
            case .full: counted = above
            case .partial: counted = LeefloonMoney.cent(above * (relative.share ?? 0) / 100)
            case .none: counted = 0
            }
            trail.append(LeefloonTrailStep(
                step: "relative.\(relative.counting.rawValue)", rule: "art. 34 §2 \(decree)", parameter: "amounts.cat1.yearly",
                parameterValue: threshold.yearly, entry: amounts.entry, value: counted,
                arguments: [
                    String(index + 1), relative.relation.rawValue, LeefloonMoney.text(relative.income), LeefloonMoney.text(yearly),
                    LeefloonMoney.text(above), relative.share.map { "\(NSDecimalNumber(decimal: $0).stringValue) %" } ?? "", LeefloonMoney.text(counted),
                ]))
            total += counted
        }
        if situation.household == .others && situation.relatives.isEmpty {
            trail.append(LeefloonTrailStep(step: "cohabitants.notCounted", rule: "art. 34 \(decree)", value: 0))
        }

        // The general exemption (art. 22 §2 KB), per category, not together with an exemption of art. 35.
        let generalEntry = try parameters.generalExemption.entry(on: date)
        let key = "cat\(category.rawValue).yearly"
        var general: Decimal = 0
        if total == 0 {
            // Nothing to exempt: no step.
        } else if article35Applied {
            trail.append(LeefloonTrailStep(
                step: "exemption.general.notWithArticle35", rule: "art. 22 §2 \(decree)", entry: generalEntry, value: 0))
        } else if let amount = generalEntry.values[key] {
            general = min(total, amount)
            trail.append(LeefloonTrailStep(
                step: "exemption.general", rule: "art. 22 §2 \(decree)", parameter: "general_exemption.\(key)",
                parameterValue: amount, entry: generalEntry, value: general, arguments: [LeefloonMoney.text(general)]))
        } else {
            checks.append(.unknownParameter)
            trail.append(LeefloonTrailStep(
                step: "exemption.general.unknown", rule: "art. 22 §2 \(decree)", parameter: "general_exemption.\(key)",
                entry: generalEntry, value: 0))
        }
        let counted = total - general
        trail.append(LeefloonTrailStep(
            step: "resources.total", rule: "art. 16 \(law)", value: counted,
            arguments: [LeefloonMoney.text(total), LeefloonMoney.text(general), LeefloonMoney.text(counted)]))
        return LeefloonResources(beforeGeneralExemption: total, generalExemption: general, yearly: counted, trail: trail, checks: checks)
    }
}
