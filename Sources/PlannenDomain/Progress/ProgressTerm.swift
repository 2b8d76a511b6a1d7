/// One child in a parent's progress calculation: its progress and weight, and whether it counted.
public struct ProgressTerm: Sendable, Hashable, Codable {
    /// Why a child does not count in its parent's progress.
    public enum Exclusion: Sendable, Hashable, Codable {
        /// Its status does not count (stopgezet); the status code.
        case stopped(String)
        /// Neither a reported progress nor a status with a default progress.
        case noProgress

        public var text: PlanText {
            switch self {
            case .stopped(let status):
                PlanText(dutch: "telt niet mee: \(status)", english: "not counted: \(status)")
            case .noProgress:
                PlanText(dutch: "geen voortgang bekend", english: "no progress known")
            }
        }
    }

    public let code: String
    public let progress: Double?
    public let weight: Double
    public let exclusion: Exclusion?

    public init(code: String, progress: Double?, weight: Double, exclusion: Exclusion?) {
        self.code = code
        self.progress = progress
        self.weight = weight
        self.exclusion = exclusion
    }

    public var isIncluded: Bool { exclusion == nil }
}
