import Foundation

/// Numbers as Flemish readers write them: a dot between thousands, a comma before decimals (12.345,6).
public enum NumberText {
    public static func format(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "-" }
        let scale = pow(10, Double(decimals))
        let rounded = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        let integer = Int64(rounded / scale)
        let fraction = Int64(rounded - Double(integer) * scale)
        var digits = String(integer)
        var grouped = ""
        while digits.count > 3 {
            grouped = "." + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        let sign = value < 0 && rounded != 0 ? "−" : ""
        guard decimals > 0 else { return sign + grouped }
        let padded = String(fraction).leftPadded(to: decimals)
        return sign + grouped + "," + padded
    }
}

private extension String {
    func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
