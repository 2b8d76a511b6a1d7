/// A sentence in Dutch, for the pages, and in English, for the API and foreign readers.
public struct PlanText: Sendable, Hashable, Codable, CustomStringConvertible {
    public let dutch: String
    public let english: String

    public init(dutch: String, english: String) {
        self.dutch = dutch
        self.english = english
    }

    /// The Dutch text: the users of the platform read Dutch first.
    public var description: String { dutch }
}
