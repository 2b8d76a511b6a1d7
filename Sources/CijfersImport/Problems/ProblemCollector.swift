import Tabular

/// Gathers problems and notices during an import, keeping the first few of each kind and counting the rest,
/// so a file with a million bad rows yields a readable report in constant memory.
public final class ProblemCollector: @unchecked Sendable {
    public let limitPerKind: Int
    public private(set) var problems: [ImportProblem] = []
    public private(set) var problemCounts: [ProblemKind: Int] = [:]
    public private(set) var notices: [ImportNotice] = []
    public private(set) var noticeCount = 0

    public init(limitPerKind: Int = 10) {
        self.limitPerKind = limitPerKind
    }

    public var isEmpty: Bool { problemCounts.isEmpty }
    public var totalProblems: Int { problemCounts.values.reduce(0, +) }

    public func add(_ problem: ImportProblem) {
        let count = problemCounts[problem.kind, default: 0]
        problemCounts[problem.kind] = count + 1
        if count < limitPerKind { problems.append(problem) }
    }

    public func add(_ kind: ProblemKind, at location: TabularLocation, _ reason: String) {
        add(ImportProblem(kind, at: location, reason))
    }

    public func notice(at location: TabularLocation, _ message: String) {
        noticeCount += 1
        if notices.count < limitPerKind * 5 { notices.append(ImportNotice(at: location, message)) }
    }

    /// The report for people: per kind the kept problems, then how many more there were.
    public func report() -> [String] {
        var lines: [String] = []
        for kind in problemCounts.keys.sorted() {
            let count = problemCounts[kind]!
            lines.append("\(kind.rawValue) (\(count)×):")
            for problem in problems where problem.kind == kind { lines.append("  \(problem)") }
            if count > limitPerKind { lines.append("  … en nog \(count - limitPerKind) van deze soort") }
        }
        return lines
    }

    public func noticeReport() -> [String] {
        var lines = notices.map { "  \($0)" }
        if noticeCount > notices.count { lines.append("  … en nog \(noticeCount - notices.count) opmerkingen") }
        return lines
    }
}
