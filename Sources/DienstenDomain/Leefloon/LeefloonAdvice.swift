import Foundation

/// The leefloon advice for a situation and a month: the category, the amount in force, the resources counted, the
/// monthly leefloon (never below zero) and the trail of every step; the conditions the worker confirms come as
/// checks. It is advice: the worker confirms or overrides it.
public struct LeefloonAdvice: Codable, Sendable, Hashable {
    /// The month, "YYYY-MM"; the parameters are those in force on its first day.
    public let period: String
    public let category: LeefloonCategory
    /// The category amounts in force: yearly (the law's unit) and monthly.
    public let yearlyAmount: Decimal
    public let monthlyAmount: Decimal
    /// The day the amounts are in force from (the parameter set's date).
    public let amountsFrom: LeefloonDate
    public let amountsSource: LeefloonSource?
    /// Resources counted per year and per month.
    public let resourcesYearly: Decimal
    public let resourcesMonthly: Decimal
    /// The leefloon: (yearly amount − counted resources) / 12, rounded to the cent; 0 when resources reach the amount.
    public let yearlyLeefloon: Decimal
    public let monthlyLeefloon: Decimal
    public let entitled: Bool
    public let trail: [LeefloonTrailStep]
    public let checks: [LeefloonCheck]

    /// Computes the advice for the month that starts on `month`'s first day.
    public static func compute(
        _ situation: LeefloonSituation, month: LeefloonDate, parameters: LeefloonParameters
    ) throws(LeefloonAdviceError) -> LeefloonAdvice {
        let date = month.firstOfMonth
        let category = LeefloonCategory.decide(situation)
        var trail: [LeefloonTrailStep] = [
            LeefloonTrailStep(
                step: situation.otherCategory3Case && situation.household != .children ? "category.other3" : "category.\(situation.household.rawValue)",
                rule: LeefloonCategory.rule, value: Decimal(category.rawValue), arguments: [String(category.rawValue), category.name])
        ]
        let amounts = try parameters.amounts(on: date)
        let amount = amounts.amount(category)
        trail.append(LeefloonTrailStep(
            step: amount.yearlyDerived ? "amount.derived" : "amount", rule: "art. 14 §1 wet 26 mei 2002",
            parameter: "amounts.cat\(category.rawValue).\(amount.yearlyDerived ? "monthly" : "yearly")",
            parameterValue: amount.yearlyDerived ? amount.monthly : amount.yearly, entry: amounts.entry, value: amount.yearly,
            arguments: [String(category.rawValue), LeefloonMoney.text(amount.yearly), LeefloonMoney.text(amount.monthly)]))

        let resources = try LeefloonResources.count(situation, category: category, amounts: amounts, parameters: parameters, on: date)
        trail += resources.trail

        let yearly = max(0, amount.yearly - resources.yearly)
        let monthly = LeefloonMoney.cent(yearly / 12)
        trail.append(LeefloonTrailStep(
            step: yearly > 0 ? "leefloon" : "leefloon.none", rule: "art. 14 §2 wet 26 mei 2002", value: yearly,
            arguments: [LeefloonMoney.text(amount.yearly), LeefloonMoney.text(resources.yearly), LeefloonMoney.text(yearly), LeefloonMoney.text(monthly)]))

        var checks = LeefloonCheck.always
        if situation.otherCategory3Case && situation.household != .children { checks.append(.otherCategory3Case) }
        for check in resources.checks where !checks.contains(check) { checks.append(check) }
        if trail.contains(where: { $0.source.map { !$0.primary } ?? false }) { checks.append(.secondarySource) }

        return LeefloonAdvice(
            period: date.monthText, category: category, yearlyAmount: amount.yearly, monthlyAmount: amount.monthly,
            amountsFrom: amounts.entry.from, amountsSource: amounts.entry.source, resourcesYearly: resources.yearly,
            resourcesMonthly: resources.monthly, yearlyLeefloon: yearly, monthlyLeefloon: monthly, entitled: yearly > 0, trail: trail,
            checks: checks)
    }
}
