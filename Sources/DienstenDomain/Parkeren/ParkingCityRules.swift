import Foundation

/// A city's rule file as stored: the issuing rules (`ParkingRuleSet`) and how long the check log is kept.
/// `{"city": "…", "checkLogDays": 7, "rules": […]}`; `checkLogDays` 0 means checks are not logged at all, and
/// without it 7 days apply. At most 90 days: a log of who was where is kept no longer than enforcement needs.
public struct ParkingCityRules: Hashable, Sendable {
    public static let defaultCheckLogDays = 7
    public static let maximumCheckLogDays = 90

    public let ruleSet: ParkingRuleSet
    public let checkLogDays: Int

    public init(ruleSet: ParkingRuleSet, checkLogDays: Int = Self.defaultCheckLogDays) {
        self.ruleSet = ruleSet
        self.checkLogDays = checkLogDays
    }

    /// Reads and checks a rule file; every problem is a `ParkingRuleSetError` at its path.
    public static func parse(_ data: Data, file: String) throws(ParkingRuleSetError) -> ParkingCityRules {
        let ruleSet = try ParkingRuleSet.parse(data, file: file)
        var days = defaultCheckLogDays
        struct Retention: Decodable { let checkLogDays: Int? }
        guard let retention = try? JSONDecoder().decode(Retention.self, from: data) else {
            throw ParkingRuleSetError(file: file, path: "checkLogDays", "expected a whole number")
        }
        if let value = retention.checkLogDays {
            guard (0...maximumCheckLogDays).contains(value) else {
                throw ParkingRuleSetError(file: file, path: "checkLogDays", "\(value) is not between 0 and \(maximumCheckLogDays)")
            }
            days = value
        }
        return ParkingCityRules(ruleSet: ruleSet, checkLogDays: days)
    }
}
