/// An amount in whole euro as people read it: € 1.234.567 in Dutch, € 1,234,567 in English. A non-breaking space
/// follows the sign, so it never ends up alone at the end of a line in a narrow column.
public enum EuroText {
    public static func whole(_ amount: Int64, _ language: SiteLanguage) -> String {
        let digits = String(amount.magnitude)
        var groups: [String] = []
        var rest = Substring(digits)
        while rest.count > 3 {
            groups.insert(String(rest.suffix(3)), at: 0)
            rest = rest.dropLast(3)
        }
        groups.insert(String(rest), at: 0)
        return "€\u{00A0}" + (amount < 0 ? "−" : "") + groups.joined(separator: language == .en ? "," : ".")
    }
}
