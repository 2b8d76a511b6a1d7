import Platform
import CijfersImport
import Foundation

/// One file to import, with what the command line may say about it.
public struct ImportFile: Sendable {
    public let path: String
    /// For an area definition sheet: the level it defines; by default the file name without extension.
    public let level: String?
    /// The sheet to read in a workbook; the first by default.
    public let sheet: String?

    public init(path: String, level: String? = nil, sheet: String? = nil) {
        self.path = path
        self.level = level
        self.sheet = sheet
    }

    var name: String { URL(fileURLWithPath: path).lastPathComponent }
    var stem: String { URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent }
}

/// What one import did, for the summary line and the import log.
public struct ImportSummary: Sendable {
    public var files = 0
    public var rows = 0
    public var values = 0
    public var aggregated = 0
    public var areas = 0
    public var links = 0
    public var indicators = 0
    public var indicatorsWithData: Set<String> = []
    public var seconds = 0.0
    public var notices: [String] = []

    public init() {}
}

/// An import that was refused: nothing was written, and these are the reasons.
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    public let report: [String]
    public let problemCount: Int

    public var description: String {
        (["Import geweigerd: \(problemCount) probleem/problemen gevonden; er is niets gewijzigd."] + report)
            .joined(separator: "\n")
    }
}

/// Progress for a terminal: files done and rows read so far.
public typealias ImportProgress = @Sendable (_ file: String, _ rows: Int) -> Void
