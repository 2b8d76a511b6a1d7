import Foundation

/// A problem with a table file, located so that a user can find and fix it.
/// `reason` is plain Dutch meant for that user; `kind` is for code that must react.
public struct TabularError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        case unreadableFile
        case emptyFile
        case invalidEncoding
        case unterminatedQuote
        case notXLSX
        case corruptXLSX
        case unknownSheet
        case invalidValue
        case unsupportedFormat
        /// Past one of the `TabularLimits`: the file is not read further.
        case tooLarge
        case other
    }

    public let location: TabularLocation
    public let reason: String
    public let kind: Kind

    public init(location: TabularLocation, reason: String, kind: Kind = .other) {
        self.location = location
        self.reason = reason
        self.kind = kind
    }

    public var description: String { "\(location): \(reason)" }
}

extension TabularError: LocalizedError {
    public var errorDescription: String? { description }
}

extension TabularError {
    static let emptyFileReason = "het bestand is leeg"
    static let unterminatedQuoteReason = "onafgesloten aanhalingsteken"
    static let notXLSXReason = "geen geldig xlsx-bestand"
    static let corruptXLSXReason = "het xlsx-bestand is beschadigd of onvolledig"
}
