import Foundation

/// The demo plan of the fictitious city Voorbeeldstad (meerjarenplan 2026-2031): 10 beleidsdoelstellingen, 40
/// actieplannen and 150 acties with statuses, progress, weights and budget lines for 2026-2031. Generated from
/// hand-written content (`VoorbeeldstadContent`) and a fixed seed, so every run gives the same plan; the shipped
/// demo files are this plan written by `PlanCSVExporter`.
public enum VoorbeeldstadDemo {
    public static let organisation = "voorbeeldstad"
    public static let population = 84_750
    public static let years = 2026...2031
    static let seed: UInt64 = 2026

    public static func plan() throws(PlanTreeError) -> Plan {
        var random = SeededGenerator(seed: seed)
        var items: [PlanItem] = []
        var budget: [BudgetLine] = []
        for (g, goal) in VoorbeeldstadContent.goals.enumerated() {
            let goalCode = "BD" + two(g + 1)
            items.append(PlanItem(level: .beleidsdoelstelling, code: goalCode, title: goal.title,
                                  description: goal.description, prioritair: g < 4, beleidsveld: goal.domein,
                                  verantwoordelijke: goal.schepen, dienst: goal.dienst,
                                  start: date(2026, 1, 1), end: date(2031, 12, 31)))
            for (p, actionPlan) in goal.plans.enumerated() {
                let planCode = "AP" + two(g + 1) + two(p + 1)
                let planPriority = random.unit() < 0.3
                items.append(PlanItem(level: .actieplan, code: planCode, parentCode: goalCode, title: actionPlan.title,
                                      prioritair: planPriority, beleidsveld: actionPlan.beleidsveld,
                                      verantwoordelijke: goal.schepen, dienst: goal.dienst,
                                      start: date(2026, 1, 1), end: date(2031, 12, 31),
                                      // One manual override, to show it on the pages.
                                      progress: planCode == "AP0104" ? 35 : nil))
                for (a, text) in actionPlan.actions.enumerated() {
                    let parts = text.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
                    guard parts.count == 3 else { continue }
                    let code = "AC" + two(g + 1) + two(p + 1) + two(a + 1)
                    let action = makeAction(code: code, parent: planCode, title: parts[2],
                                            beleidsveld: parts[1].isEmpty ? actionPlan.beleidsveld : parts[1],
                                            goal: goal, priority: planPriority, random: &random)
                    items.append(action)
                    budget += lines(for: action, size: parts[0], random: &random)
                }
            }
        }
        return try Plan(code: PlannenDomain.demoPlanCode, items: items, budget: budget)
    }

    /// The demo as a city for `CityComparison`.
    public static func cityPlan() throws(PlanTreeError) -> CityPlan {
        CityPlan(organisation: organisation, published: true, plan: try plan(), population: population)
    }

    private static func makeAction(code: String, parent: String, title: String, beleidsveld: String,
                                   goal: VoorbeeldstadContent.Goal, priority: Bool,
                                   random: inout SeededGenerator) -> PlanItem {
        // Most acties start in the plan's first year; those that start later have not started yet.
        let startDraw = random.unit()
        let startYear = startDraw < 0.6 ? 2026 : (startDraw < 0.85 ? 2027 : 2028)
        let endYear = min(2031, startYear + random.int(1...4))
        let status: String
        var progress: Double?
        switch startYear > 2026 ? 0 : random.unit() {
        case ..<0.12: status = "niet-gestart"
        case ..<0.45: status = "gestart"; progress = Double(random.int(1...6) * 5)
        case ..<0.78: status = "op-schema"; progress = Double(random.int(4...15) * 5)
        case ..<0.89: status = "vertraagd"; progress = Double(random.int(1...8) * 5)
        case ..<0.93: status = "uitgesteld"
        case ..<0.96: status = "stopgezet"
        default: status = "gerealiseerd"
        }
        let weight: Double? = random.unit() < 0.2 ? Double(random.int(2...3)) : nil
        return PlanItem(level: .actie, code: code, parentCode: parent, title: title,
                        prioritair: priority && random.unit() < 0.5, beleidsveld: beleidsveld,
                        verantwoordelijke: goal.schepen, dienst: goal.dienst,
                        start: date(startYear, startYear == 2026 ? random.int(1...6) : random.int(1...12), 1),
                        end: date(endYear, 12, 31), status: status, progress: progress, weight: weight)
    }

    /// Exploitatie every year; an investment spread over the actie's years for projects; raming and krediet for every
    /// year, rekening for 2026 and, for about half of the acties, part of 2027.
    private static func lines(for action: PlanItem, size: String, random: inout SeededGenerator) -> [BudgetLine] {
        let code = action.code
        var result: [BudgetLine] = []
        let yearlyRunning = Double(random.int(2...40)) * 10_000
        let investmentTotal: Double
        switch size {
        case "I1": investmentTotal = 500_000
        case "I2": investmentTotal = 3_000_000
        case "I3": investmentTotal = 12_000_000
        case "I4": investmentTotal = 40_000_000
        default: investmentTotal = 0
        }
        let firstYear = action.start?.year ?? 2026
        let lastYear = max(firstYear, action.end?.year ?? 2031)
        let projectYears = firstYear...lastYear
        let scaled = investmentTotal * random.double(0.7, 1.3)
        let subsidised = investmentTotal > 0 && random.unit() < 0.25
        let reportsIn2027 = random.unit() < 0.5
        for year in years {
            var amounts: [(BudgetSoort, BudgetRichting, Double)] = [(.exploitatie, .uitgave, yearlyRunning * random.double(0.9, 1.1))]
            if investmentTotal > 0, projectYears.contains(year) {
                amounts.append((.investering, .uitgave, scaled / Double(projectYears.count) * random.double(0.8, 1.2)))
                if subsidised, year == lastYear { amounts.append((.investering, .ontvangst, scaled * 0.3)) }
            }
            for (soort, richting, estimate) in amounts {
                let raming = rounded(estimate)
                let krediet = random.unit() < 0.2 ? rounded(estimate * random.double(0.9, 1.1)) : raming
                result.append(BudgetLine(actionCode: code, year: year, soort: soort, richting: richting, fase: .raming, amount: raming))
                result.append(BudgetLine(actionCode: code, year: year, soort: soort, richting: richting, fase: .krediet, amount: krediet))
                let share: Double? = year == 2026 ? random.double(0.7, 1.0) : (year == 2027 && reportsIn2027 ? random.double(0.2, 0.55) : nil)
                if let share, richting == .uitgave {
                    result.append(BudgetLine(actionCode: code, year: year, soort: soort, richting: richting, fase: .rekening,
                                             amount: rounded(NSDecimalNumber(decimal: krediet).doubleValue * share)))
                }
            }
        }
        return result
    }

    /// To the hundred euro.
    private static func rounded(_ value: Double) -> Decimal {
        Decimal((value / 100).rounded()) * 100
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private static func date(_ year: Int, _ month: Int, _ day: Int) -> PlanDate? {
        PlanDate(year: year, month: month, day: day)
    }
}
