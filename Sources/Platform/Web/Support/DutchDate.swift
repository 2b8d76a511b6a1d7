import Foundation

/// The names of the months in the languages of the site: the one list every page uses.
public enum MonthName {
    private static let dutch = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                                "september", "oktober", "november", "december"]
    private static let english = ["January", "February", "March", "April", "May", "June", "July", "August",
                                  "September", "October", "November", "December"]

    /// Month 1–12 in the language: "januari" / "January"; a number outside 1–12 is returned as a number.
    public static func of(_ month: Int, _ language: SiteLanguage) -> String {
        guard (1...12).contains(month) else { return String(month) }
        return (language == .en ? english : dutch)[month - 1]
    }
}

/// Dates as Flemish readers write them: 22 november 2026.
public enum DutchDate {

    public static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Brussels") ?? .current
        let parts = calendar.dateComponents([.day, .month, .year], from: date)
        return "\(parts.day ?? 1) \(MonthName.of(parts.month ?? 1, .nl)) \(parts.year ?? 1970)"
    }

    /// With the time, for logs and sessions: 22 november 2026 om 14:05.
    public static func dayAndTime(_ date: Date) -> String {
        "\(format(date)) om \(time(date))"
    }

    /// Hours and minutes in Brussels time: 14:05.
    public static func time(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Brussels") ?? .current
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }
}
