/// The text rules of RFC 5545: escaping of TEXT values and folding of long lines.
enum ICalendarText {
    /// A TEXT value: `\`, `;` and `,` escaped with a backslash, every line end as `\n`, other control characters
    /// (except tab) removed.
    static func escaped(_ text: String) -> String {
        var result = ""
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !previousWasCarriageReturn { result += "\\n" }
            case "\t": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A URI value: control characters and spaces removed (they cannot be in a URI and would break the line).
    static func uri(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }))
    }

    /// One content line folded so no line is longer than 75 octets, each continuation starting with a space,
    /// every line ending in CRLF. A fold never falls inside a multi-byte UTF-8 character.
    static func folded(_ line: String) -> String {
        var result = ""
        var lineOctets = 0
        for scalar in line.unicodeScalars {
            let octets = UTF8.width(scalar)
            if lineOctets + octets > 75 {
                result += "\r\n "
                lineOctets = 1
            }
            result.unicodeScalars.append(scalar)
            lineOctets += octets
        }
        return result + "\r\n"
    }
}
