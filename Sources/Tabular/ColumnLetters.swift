/// Excel column name for a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA".
public func columnLetters(_ index: Int) -> String {
    precondition(index >= 0, "column index must not be negative")
    var n = index + 1
    var letters: [UInt8] = []
    while n > 0 {
        n -= 1
        letters.append(UInt8(ascii: "A") + UInt8(n % 26))
        n /= 26
    }
    return String(decoding: letters.reversed(), as: UTF8.self)
}

/// 0-based column index for Excel letters ("A" → 0, "ab" → 27); `nil` when the
/// text is not a column name.
public func columnIndex(_ letters: String) -> Int? {
    var index = 0
    var count = 0
    for b in letters.utf8 {
        let upper = b & ~0x20
        guard upper >= UInt8(ascii: "A"), upper <= UInt8(ascii: "Z") else { return nil }
        index = index * 26 + Int(upper - UInt8(ascii: "A")) + 1
        count += 1
        if count > 7 { return nil }
    }
    return count == 0 ? nil : index - 1
}
