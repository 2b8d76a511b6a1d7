/// The order of plan codes as people expect it: runs of digits compare as numbers, so AP2 comes before AP10 and
/// BD000007 before BD000012. Equal-looking codes (AP7 and AP007) fall back to plain text order, so the order is total
/// and the same on every machine.
public enum CodeOrder {
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let left = chunks(a), right = chunks(b)
        for (x, y) in zip(left, right) where x != y {
            if x.isNumber, y.isNumber {
                let xt = trimmedZeros(x.text), yt = trimmedZeros(y.text)
                if xt.count != yt.count { return xt.count < yt.count }
                if xt != yt { return xt < yt }
                continue
            }
            return x.text < y.text
        }
        if left.count != right.count { return left.count < right.count }
        return a < b
    }

    /// Values sorted by their code in this order, then by `tie` among values with the same code. Each distinct code
    /// is split into runs once, not on every comparison: a plan's 2,625 budget lines share 150 action codes, and
    /// comparing codes inside the sort took 40 % of an import (docs/performance.md).
    public static func sorted<T>(_ values: [T], code: (T) -> String, then tie: (T, T) -> Bool) -> [T] {
        let rank = Dictionary(uniqueKeysWithValues: Set(values.map(code)).sorted(by: precedes).enumerated().map { ($0.element, $0.offset) })
        return values
            .map { (rank: rank[code($0)] ?? 0, value: $0) }
            .sorted { $0.rank != $1.rank ? $0.rank < $1.rank : tie($0.value, $1.value) }
            .map(\.value)
    }

    private struct Chunk: Equatable {
        let text: String
        let isNumber: Bool
    }

    private static func chunks(_ text: String) -> [Chunk] {
        var result: [Chunk] = []
        var current = ""
        var currentIsNumber = false
        for character in text {
            let isDigit = character.isASCII && character.isNumber
            if !current.isEmpty, isDigit != currentIsNumber {
                result.append(Chunk(text: current, isNumber: currentIsNumber))
                current = ""
            }
            currentIsNumber = isDigit
            current.append(character)
        }
        if !current.isEmpty { result.append(Chunk(text: current, isNumber: currentIsNumber)) }
        return result
    }

    private static func trimmedZeros(_ digits: String) -> String {
        let trimmed = digits.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }
}
