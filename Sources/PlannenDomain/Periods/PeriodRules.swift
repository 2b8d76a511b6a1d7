/// The answer of a rule: allowed, or refused with the reason in plain Dutch.
public enum PeriodDecision: Sendable, Hashable, Codable {
    case allowed
    case refused(String)

    public var isAllowed: Bool { self == .allowed }
}

/// The rules of reporting periods: updates only while a period is open, closing locks it, reopening needs an admin.
public enum PeriodRules {
    /// May an update be made in this period?
    public static func mayUpdate(in period: ReportingPeriod) -> PeriodDecision {
        guard case .closed(let day) = period.state else { return .allowed }
        return .refused("periode \(period.code) is vastgesteld op \(day.iso); aanpassen kan niet meer")
    }

    /// Closing (vaststellen) an open period on a day that is not before its start.
    public static func close(_ period: ReportingPeriod, on day: PlanDate) -> Result<ReportingPeriod, PeriodRefusal> {
        if case .closed(let closed) = period.state {
            return .failure(PeriodRefusal("periode \(period.code) is al vastgesteld op \(closed.iso)"))
        }
        guard day >= period.start else {
            return .failure(PeriodRefusal("periode \(period.code) begint pas op \(period.start.iso)"))
        }
        return .success(ReportingPeriod(code: period.code, start: period.start, end: period.end, state: .closed(day)))
    }

    /// Reopening a closed period: only an admin may.
    public static func reopen(_ period: ReportingPeriod, byAdmin: Bool) -> Result<ReportingPeriod, PeriodRefusal> {
        guard case .closed = period.state else {
            return .failure(PeriodRefusal("periode \(period.code) is niet vastgesteld"))
        }
        guard byAdmin else {
            return .failure(PeriodRefusal("alleen een beheerder kan een vastgestelde periode heropenen"))
        }
        return .success(ReportingPeriod(code: period.code, start: period.start, end: period.end, state: .open))
    }

    /// Every reason an update cannot be accepted, in Dutch; empty when it can.
    public static func problems(of update: ItemUpdate, period: ReportingPeriod, tree: PlanTree,
                                statuses: StatusCatalogue = .standard) -> [String] {
        var problems: [String] = []
        if case .refused(let reason) = mayUpdate(in: period) { problems.append(reason) }
        if update.periodCode != period.code {
            problems.append("de update hoort bij periode \(update.periodCode), niet bij \(period.code)")
        }
        if !tree.contains(update.itemCode) { problems.append("onbekend item '\(update.itemCode)'") }
        if let status = update.status, statuses.status(status) == nil {
            problems.append("onbekende status '\(status)'; kies \(statuses.codes.joined(separator: ", "))")
        }
        if let progress = update.progress, !(0...100).contains(progress) {
            problems.append("voortgang \(PlanNumberText.dutch(progress)) ligt niet tussen 0 en 100")
        }
        for link in update.evidence where !(link.hasPrefix("https://") || link.hasPrefix("http://")) {
            problems.append("'\(link)' is geen webadres (begin met https://)")
        }
        return problems
    }
}

/// A refused period change, with the reason in Dutch.
public struct PeriodRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    public let reason: String

    public init(_ reason: String) {
        self.reason = reason
    }

    public var description: String { reason }
}
