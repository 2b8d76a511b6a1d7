import Foundation

/// A period as Swing writes it: a year ("2021"), a quarter ("2021Q3", "2021-Q3") or a month ("2021M05", "2021-05").
/// Other labels ("2019-2021", "schooljaar 2022-2023") are kept as text; they sort but have no neighbours.
public struct Period: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let label: String

    public init(_ label: String) {
        self.label = Period.normalize(label)
    }

    public var description: String { label }

    /// How a quarter or month is written ("2021Q3", "2021-Q3", "2021-05", …). Its neighbours are written the
    /// same way, so that `data_from_period` finds the labels the values were stored under.
    private struct Style {
        let separator: String
        let marker: String
        let width: Int

        func label(year: Int, number: Int) -> String {
            let digits = String(number)
            return "\(year)\(separator)\(marker)\(String(repeating: "0", count: max(0, width - digits.count)))\(digits)"
        }
    }

    private enum Shape { case year(Int), quarter(Int, Int, Style), month(Int, Int, Style), other }

    private var shape: Shape {
        let chars = Array(label)
        // Digits only: Int("+202") would otherwise read a sign as part of a year or a month.
        func number(_ part: ArraySlice<Character>) -> Int? {
            guard !part.isEmpty, part.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(String(part))
        }
        guard chars.count >= 4, let year = number(chars[0..<4]) else { return .other }
        if chars.count == 4 { return .year(year) }
        var rest = chars[4...]
        let separator = rest.first == "-" ? "-" : ""
        if !separator.isEmpty { rest = rest.dropFirst() }
        let marker = rest.first.map { String($0) } ?? ""
        let digits = rest.dropFirst()
        let style = Style(separator: separator, marker: marker, width: digits.count)
        switch marker.uppercased() {
        case "Q":
            if let q = number(digits), (1...4).contains(q) { return .quarter(year, q, style) }
        case "M":
            if let m = number(digits), (1...12).contains(m) { return .month(year, m, style) }
        default:
            if separator == "-", rest.count == 2, let m = number(rest), (1...12).contains(m) {
                return .month(year, m, Style(separator: "-", marker: "", width: 2))
            }
        }
        return .other
    }

    /// The kind of period, as the OData period levels name it.
    public var level: String {
        switch shape {
        case .year: "year"
        case .quarter: "quarter"
        case .month: "month"
        case .other: "other"
        }
    }

    /// The period `steps` periods later (negative: earlier), written like this one, or nil when the label has
    /// no calendar meaning or the result would fall before year 0.
    public func offset(by steps: Int) -> Period? {
        // No statistic looks a million periods away; the bound keeps the arithmetic below from overflowing.
        guard steps.magnitude <= 1_000_000 else { return nil }
        switch shape {
        case .year(let y):
            return y + steps >= 0 ? Period(String(y + steps)) : nil
        case .quarter(let y, let q, let style):
            let index = y * 4 + (q - 1) + steps
            return index >= 0 ? Period(style.label(year: index / 4, number: index % 4 + 1)) : nil
        case .month(let y, let m, let style):
            let index = y * 12 + (m - 1) + steps
            return index >= 0 ? Period(style.label(year: index / 12, number: index % 12 + 1)) : nil
        case .other: return nil
        }
    }

    public static func < (lhs: Period, rhs: Period) -> Bool { lhs.label < rhs.label }

    /// Excel gives a year as 2018.0; a label is text with no surrounding spaces.
    private static func normalize(_ raw: String) -> String {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix(".0"), Int(trimmed.dropLast(2)) != nil { return String(trimmed.dropLast(2)) }
        if trimmed.hasSuffix(".00"), Int(trimmed.dropLast(3)) != nil { return String(trimmed.dropLast(3)) }
        return trimmed
    }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(label)
    }
}
