import Foundation

/// Area codes arrive as numbers in one sheet and as text in the next ("41002", 41002, 41002.0, " 41002 ").
/// All of them are one code; normalising here keeps every reader and query agreeing on it.
public enum AreaCode {
    /// The canonical form of a code: trimmed, and a number written without a fractional part.
    public static func normalize(_ raw: String) -> String {
        // Most codes are already canonical: printable ASCII at both ends (so nothing to trim) and no point. Checked
        // on the bytes, because Foundation's trimming, once per data row, was a tenth of reading a Fluvius upload.
        let bytes = raw.utf8
        if let first = bytes.first, let last = bytes.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F,
           !bytes.contains(UInt8(ascii: ".")) {
            return raw
        }
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if let dot = trimmed.firstIndex(of: "."),
           trimmed[trimmed.startIndex..<dot].allSatisfy(\.isNumber),
           trimmed[trimmed.index(after: dot)...].allSatisfy({ $0 == "0" }),
           dot != trimmed.startIndex
        {
            return String(trimmed[trimmed.startIndex..<dot])
        }
        return trimmed
    }

    /// The canonical form of a code read as a number (xlsx stores 41002 as a double).
    public static func normalize(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 {
            return String(Int64(number))
        }
        return String(number)
    }
}
