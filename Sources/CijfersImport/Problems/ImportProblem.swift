import Tabular

/// What can be wrong with an import file. Each kind is counted separately so a report of ten thousand
/// unknown areas still shows the one missing column.
public enum ProblemKind: String, Sendable, CaseIterable, Comparable {
    case unreadableFile = "onleesbaar bestand"
    /// Past one of the reading limits (`TabularLimits`): the file is not read further.
    case tooLarge = "te groot"
    case unknownFormat = "onbekend formaat"
    case missingColumn = "ontbrekende kolom"
    case wrongLevel = "verkeerd gebiedsniveau"
    case unknownArea = "onbekend gebied"
    case unknownIndicator = "onbekende indicator"
    case nonNumeric = "geen getal"
    case duplicateKey = "dubbele sleutel"
    case invalidValue = "ongeldige waarde"
    case notPermitted = "geen toestemming"

    public static func < (lhs: ProblemKind, rhs: ProblemKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One problem, located as precisely as the file allows: file, sheet, row, column.
public struct ImportProblem: Error, Sendable, CustomStringConvertible {
    public let kind: ProblemKind
    public let location: TabularLocation
    public let reason: String

    public init(_ kind: ProblemKind, at location: TabularLocation, _ reason: String) {
        self.kind = kind
        self.location = location
        self.reason = reason
    }

    public init(_ error: TabularError) {
        self.init(error.kind == .tooLarge ? .tooLarge : .unreadableFile, at: error.location, error.reason)
    }

    public var description: String { "\(location): \(reason)" }
}

/// Something the import changed or skipped on purpose, reported so nothing happens silently.
public struct ImportNotice: Sendable, CustomStringConvertible {
    public let location: TabularLocation
    public let message: String

    public init(at location: TabularLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(message)" }
}
