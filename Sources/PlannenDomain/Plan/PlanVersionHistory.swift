/// The versions of one meerjarenplan, with the rules that keep adopted versions as they were adopted:
/// - an amendment starts as a copy of the latest adopted version, with the next number;
/// - there is at most one draft, and only the draft can be replaced;
/// - adopting the draft fixes it; it cannot be adopted before the version it amends.
public struct PlanVersionHistory: Sendable, Equatable, Codable {
    public private(set) var versions: [PlanVersion]

    /// Starts the history with the plan as adopted.
    public init(adopted plan: Plan, on date: PlanDate) {
        self.versions = [PlanVersion(number: 0, plan: plan, state: .vastgesteld(date))]
    }

    private enum CodingKeys: String, CodingKey { case versions }

    /// Refuses a history without an adopted first version, so `current` always exists.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let versions = try container.decode([PlanVersion].self, forKey: .versions)
        guard let first = versions.first, first.isAdopted else {
            throw DecodingError.dataCorruptedError(forKey: .versions, in: container,
                                                   debugDescription: "een historiek begint met een vastgestelde versie")
        }
        self.versions = versions
    }

    /// The latest adopted version.
    public var current: PlanVersion {
        // The history always starts with an adopted version (see the initialisers).
        versions.last(where: \.isAdopted) ?? versions[versions.startIndex]
    }

    /// The amendment being prepared, if any.
    public var draft: PlanVersion? { versions.last.flatMap { $0.isAdopted ? nil : $0 } }

    public func version(_ number: Int) -> PlanVersion? { versions.first { $0.number == number } }

    /// Opens a new meerjarenplanaanpassing as a copy of the current version.
    @discardableResult
    public mutating func startAmendment() throws(PlanVersionRefusal) -> PlanVersion {
        if let draft {
            throw PlanVersionRefusal(reason: "\(draft.label.dutch) is nog in ontwerp; stel die eerst vast")
        }
        let copy = PlanVersion(number: current.number + 1, plan: current.plan, state: .ontwerp)
        versions.append(copy)
        return copy
    }

    /// Replaces the content of a version: allowed for the draft only.
    public mutating func replace(version number: Int, with plan: Plan) throws(PlanVersionRefusal) {
        try PlanVersionHistory.mayChange(version(number), number: number)
        guard let index = versions.firstIndex(where: { $0.number == number }) else { return }
        versions[index] = PlanVersion(number: number, plan: plan, state: .ontwerp)
    }

    /// Adopts the draft on a day, not before the adoption of the version it amends.
    public mutating func adoptDraft(on date: PlanDate) throws(PlanVersionRefusal) {
        guard let draft, let index = versions.firstIndex(where: { $0.number == draft.number }) else {
            throw PlanVersionRefusal(reason: "er is geen ontwerp om vast te stellen")
        }
        if case .vastgesteld(let previous) = current.state, date < previous {
            throw PlanVersionRefusal(reason: "vaststelling op \(date.iso) ligt vóór de vorige vaststelling (\(previous.iso))")
        }
        versions[index] = PlanVersion(number: draft.number, plan: draft.plan, state: .vastgesteld(date))
    }

    /// The rule on its own: nil when the version may change, else why not.
    public func changeRefusal(version number: Int) -> PlanVersionRefusal? {
        do {
            try PlanVersionHistory.mayChange(version(number), number: number)
            return nil
        } catch {
            return error
        }
    }

    /// What changed from one version to another; nil when either does not exist.
    public func diff(from old: Int, to new: Int) -> PlanDiff? {
        guard let before = version(old), let after = version(new) else { return nil }
        return PlanDiff.between(before.plan, after.plan)
    }

    private static func mayChange(_ version: PlanVersion?, number: Int) throws(PlanVersionRefusal) {
        guard let version else { throw PlanVersionRefusal(reason: "versie \(number) bestaat niet") }
        if case .vastgesteld(let date) = version.state {
            throw PlanVersionRefusal(
                reason: "\(version.label.dutch) is vastgesteld op \(date.iso) en kan niet meer wijzigen; start een aanpassing")
        }
    }
}
