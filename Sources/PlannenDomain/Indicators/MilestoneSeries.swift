/// A yes/no step towards a result, with the day it is due.
public struct Milestone: Sendable, Hashable, Codable {
    public let title: String
    public let due: PlanDate
    /// The day it was done; nil while open.
    public let doneOn: PlanDate?

    public init(title: String, due: PlanDate, doneOn: PlanDate? = nil) {
        self.title = title
        self.due = due
        self.doneOn = doneOn
    }

    public var isDone: Bool { doneOn != nil }
}

/// The milestones of an item: how many are done and which are late.
public struct MilestoneSeries: Sendable, Hashable, Codable {
    public let milestones: [Milestone]

    public init(milestones: [Milestone]) {
        self.milestones = milestones.sorted { ($0.due, $0.title) < ($1.due, $1.title) }
    }

    /// Done ÷ all, 0…1; nil for an empty series.
    public var shareDone: Double? {
        milestones.isEmpty ? nil : Double(milestones.filter(\.isDone).count) / Double(milestones.count)
    }

    /// Not done and due before `day` (a milestone due today is not late yet), by due date.
    public func overdue(asOf day: PlanDate) -> [Milestone] {
        milestones.filter { !$0.isDone && $0.due < day }
    }
}
