/// A refused account change, with every reason in Dutch, ready for a form or the command line.
public struct AccountError: Error, Sendable, CustomStringConvertible, Equatable {
    public let problems: [String]

    public init(_ problems: [String]) { self.problems = problems }
    public init(_ problem: String) { self.problems = [problem] }

    public var description: String { problems.joined(separator: "; ") }
}
