import Foundation

/// A period as Swing writes it: a year ("2021"), a quarter ("2021Q3", "2021-Q3") or a month ("2021M05", "2021-05").
/// Other labels ("2019-2021", "schooljaar 2022-2023") are kept as text; they sort but have no neighbours.
public struct Period: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let label: String

    public init(_ label: String) {
        self.label = Period.normalize(label)
    }

    public var description: String { label }

    private enum Shape { case year(Int), quarter(Int, Int), month(Int, Int), other }

    private var shape: Shape {
        let chars = Array(label.uppercased())
        guard chars.count >= 4, let year = Int(String(chars[0..<4])) else { return .other }
        if chars.count == 4 { return .year(year) }
        var rest = chars[4...]
        if rest.first == "-" { rest = rest.dropFirst() }
        if rest.first == "Q", let q = Int(String(rest.dropFirst())), (1...4).contains(q) { return .quarter(year, q) }
        if rest.first == "M", let m = Int(String(rest.dropFirst())), (1...12).contains(m) { return .month(year, m) }
        if label.contains("-"), rest.count == 2, let m = Int(String(rest)), (1...12).contains(m) { return .month(year, m) }
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

    /// The period `steps` periods later (negative: earlier), or nil when the label has no calendar meaning.
    public func offset(by steps: Int) -> Period? {
        switch shape {
        case .year(let y): return Period(String(y + steps))
        case .quarter(let y, let q):
            let index = y * 4 + (q - 1) + steps
            return Period("\(index / 4)Q\(index % 4 + 1)")
        case .month(let y, let m):
            let index = y * 12 + (m - 1) + steps
            let month = index % 12 + 1
            return Period("\(index / 12)M\(month < 10 ? "0" : "")\(month)")
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
