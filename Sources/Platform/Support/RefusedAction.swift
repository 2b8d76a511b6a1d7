/// An action a service refused, in either pillar, with every reason in Dutch: ready for a form or the command line.
/// A reason may name the form field it is about, so a page can show it next to that field.
public struct RefusedAction: Error, Sendable, CustomStringConvertible, Equatable {
    public struct Reason: Sendable, Equatable {
        public let message: String
        public let field: String?

        public init(_ message: String, field: String? = nil) {
            self.message = message
            self.field = field
        }
    }

    public let reasons: [Reason]

    public init(reasons: [Reason]) { self.reasons = reasons }
    public init(_ problems: [String]) { self.reasons = problems.map { Reason($0) } }
    public init(_ problem: String, field: String? = nil) { self.reasons = [Reason(problem, field: field)] }

    /// The messages, in order, as the forms list them.
    public var problems: [String] { reasons.map(\.message) }

    /// The messages about one field.
    public func problems(field: String) -> [String] { reasons.filter { $0.field == field }.map(\.message) }

    public var description: String { problems.joined(separator: "; ") }
}
