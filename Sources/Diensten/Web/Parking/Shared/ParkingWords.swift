import DienstenDomain
import Foundation
import Platform

/// The words of the parking pages: the catalogue (`parking.*`), the names of kinds and statuses, moments on the
/// Brussels clock, weekly windows, and a check's reason in the page's language.
struct ParkingWords {
    let language: SiteLanguage
    let t: Strings

    init(_ language: SiteLanguage) {
        self.language = language
        t = DienstenText.strings(language)
    }

    func zoneKind(_ kind: ZoneKind) -> String { t["parking.kind.\(kind.rawValue)"] }
    func rightKind(_ kind: RightKind) -> String { t["parking.right.\(kind.rawValue)"] }
    func status(_ status: RightStatus) -> String { t["parking.status.\(status.rawValue)"] }
    func fuel(_ fuel: Fuel) -> String { t["parking.fuel.\(fuel.rawValue)"] }
    func category(_ category: VehicleCategory) -> String { t["parking.category.\(category.rawValue)"] }

    static let brussels = TimeZone(identifier: "Europe/Brussels")!

    /// dd-mm-yyyy HH:MM (Dutch) or yyyy-mm-dd HH:MM (English), Brussels time.
    func moment(_ date: Date) -> String {
        let c = Calendar(identifier: .gregorian).dateComponents(in: Self.brussels, from: date)
        let (y, m, d, h, min) = (c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
        return language == .en ? String(format: "%04d-%02d-%02d %02d:%02d", y, m, d, h, min) : String(format: "%02d-%02d-%04d %02d:%02d", d, m, y, h, min)
    }

    func day(_ date: Date) -> String {
        let c = Calendar(identifier: .gregorian).dateComponents(in: Self.brussels, from: date)
        return language == .en ? String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
            : String(format: "%02d-%02d-%04d", c.day ?? 0, c.month ?? 0, c.year ?? 0)
    }

    /// "from 01-01-2026 to 01-01-2027" or "from 01-01-2026, no end".
    func validity(_ right: ParkingRight) -> String {
        right.validUntil.map { t("parking.validity.span", day(right.validFrom), day($0)) } ?? t("parking.validity.open", day(right.validFrom))
    }

    func weekday(_ day: Weekday) -> String { t["parking.day.\(day.rawValue)"] }

    static func clock(_ minute: Int) -> String { String(format: "%02d:%02d", minute / 60, minute % 60) }

    /// "mon, tue, wed 09:00–18:00": consecutive days as a range ("ma–za").
    func window(_ window: WeeklyWindow) -> String {
        let days = window.weekdays.sorted()
        var parts: [String] = []
        var index = 0
        while index < days.count {
            var end = index
            while end + 1 < days.count, days[end + 1].rawValue == days[end].rawValue + 1 { end += 1 }
            parts.append(end - index >= 2 ? "\(weekday(days[index]))–\(weekday(days[end]))"
                         : days[index...end].map(weekday).joined(separator: ", "))
            index = end + 1
        }
        let span = window.start == 0 && window.end == 1440 ? t["parking.window.wholeDay"] : "\(Self.clock(window.start))–\(Self.clock(window.end))"
        return parts.joined(separator: ", ") + " " + span
    }

    func windows(_ windows: [WeeklyWindow]) -> String {
        windows.isEmpty ? t["parking.window.always"] : windows.map(window).joined(separator: "; ")
    }

    func minutes(_ seconds: TimeInterval) -> String {
        let total = Int(seconds / 60)
        return total % 60 == 0 ? t("parking.duration.hours", String(total / 60)) : t("parking.duration.minutes", String(total))
    }

    /// A check's reason as a sentence in the page's language.
    func reason(_ reason: CheckReason) -> String {
        switch reason {
        case .noRegulationInForce: t["parking.reason.no-regulation-in-force"]
        case let .admittedByRight(kinds): t("parking.reason.admitted-by-right", kinds.map(rightKind).joined(separator: ", "))
        case let .withinMaximumDuration(stayed, maximum): t("parking.reason.within-maximum-duration", minutes(stayed), minutes(maximum))
        case let .maximumDurationExceeded(stayed, maximum): t("parking.reason.maximum-duration-exceeded", minutes(stayed), minutes(maximum))
        case let .arrivalUnknown(maximum): t("parking.reason.arrival-unknown", minutes(maximum))
        case let .meetsEmissionRule(fuel, norm, minimum):
            minimum.map { t("parking.reason.meets-emission-rule", self.fuel(fuel), String(norm.rawValue), String($0.rawValue)) }
                ?? t("parking.reason.no-emission-rule", self.fuel(fuel))
        case let .belowEmissionRule(fuel, norm, minimum): t("parking.reason.below-emission-rule", self.fuel(fuel), String(norm.rawValue), String(minimum.rawValue))
        case let .fuelBanned(fuel): t("parking.reason.fuel-banned", self.fuel(fuel))
        case .vehicleUnknown: t["parking.reason.vehicle-unknown"]
        case let .noValidRight(kind): t("parking.reason.no-valid-right", zoneKind(kind))
        }
    }

    /// A refusal of the issuing rules in the page's language (the rule's own reason is English: it is shown as the
    /// rule name and the legal basis with the rule's text).
    /// A refusing rule in the reader's language: the rule, why (from the refusal's code and values), the legal basis.
    func refusal(_ refusal: IssuingRefusal) -> String {
        var values = refusal.arguments
        if refusal.code == "category-excluded", values.count == 2, let kind = VehicleCategory(rawValue: values[1]) { values[1] = category(kind) }
        return t("parking.refusal", t["parking.rule.\(refusal.rule)"], t("parking.refusal.\(refusal.code)", values: values), refusal.legalBasis)
    }
}
