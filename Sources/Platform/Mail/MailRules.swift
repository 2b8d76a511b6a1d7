import Foundation

// Pure rules of the mail outbox: addresses, the back-off schedule and the message format. Foundation only.

/// A mail address we accept: ASCII `local@domain`, no display name, nothing that could break a header or an SMTP line.
public struct MailAddress: Sendable, Hashable, CustomStringConvertible {
    public let value: String

    public init(_ text: String) throws(MailError) {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard Self.isValid(text) else { throw MailError.invalidAddress(text) }
        value = text
    }

    public var description: String { value }

    /// The part after the @, for Message-IDs.
    public var domain: String { String(value[value.index(after: value.lastIndex(of: "@")!)...]) }

    public static let localCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~.")
    public static let domainCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")

    public static func isValid(_ text: String) -> Bool {
        guard text.utf8.count <= 254, let at = text.lastIndex(of: "@") else { return false }
        let local = text[..<at]
        let domain = text[text.index(after: at)...]
        guard !local.isEmpty, local.utf8.count <= 64, local.allSatisfy(localCharacters.contains),
              !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..")
        else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && label.allSatisfy(domainCharacters.contains)
                && !label.hasPrefix("-") && !label.hasSuffix("-")
        }
    }
}

public enum MailError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidAddress(String)
    case noRecipients
    case invalidModule(String)

    public var description: String {
        switch self {
        case .invalidAddress(let text): "ongeldig e-mailadres '\(text.prefix(100))'"
        case .noRecipients: "een bericht heeft minstens één ontvanger nodig"
        case .invalidModule(let text): "ongeldige modulenaam '\(text.prefix(40))'"
        }
    }
}

/// When a failed message is tried again: 1 min, 5 min, 30 min, 2 h, 12 h; after the sixth attempt it has failed.
public enum MailBackoff {
    public static let delays: [TimeInterval] = [60, 5 * 60, 30 * 60, 2 * 3600, 12 * 3600]
    public static var maximumAttempts: Int { delays.count + 1 }

    /// The wait after attempt number `attempts` (1 for the first) failed, or nil when no attempt is left.
    public static func delay(afterFailedAttempt attempts: Int) -> TimeInterval? {
        guard attempts >= 1, attempts <= delays.count else { return nil }
        return delays[attempts - 1]
    }
}

/// The RFC 5322 text of a message: headers and a MIME body, every line ending in CRLF.
public enum MailFormat {
    /// Headers and body; `messageID` and `date` are given so the text is reproducible in tests.
    /// The extra header names a module may set; nothing else reaches a message's headers.
    public static let extraHeaderNames: Set<String> = ["List-Unsubscribe", "List-Unsubscribe-Post", "List-Id", "Precedence", "Auto-Submitted"]

    public static func message(
        from: MailAddress, to: [MailAddress], subject: String, text: String, html: String?, messageID: String, date: Date,
        extraHeaders: [MailHeader] = []
    ) -> String {
        var headers = [
            "Date: \(rfc5322Date(date))",
            "From: \(from.value)",
            foldedAddressHeader("To", to.map(\.value)),
            "Message-ID: <\(messageID)>",
            "Subject: \(encodedWord(subject))",
            "MIME-Version: 1.0",
        ]
        for header in extraHeaders where extraHeaderNames.contains(header.name) {
            headers.append("\(header.name): \(singleLine(header.value).filter(\.isASCII))")
        }
        var body: [String]
        if let html {
            let boundary = "=_stadsbeeld_" + messageID.filter { $0.isLetter || $0.isNumber }.prefix(32)
            headers.append("Content-Type: multipart/alternative; boundary=\"\(boundary)\"")
            body = ["", "Dit is een bericht in MIME-formaat.", "", "--\(boundary)"]
            body += part(text, type: "text/plain")
            body += ["", "--\(boundary)"]
            body += part(html, type: "text/html")
            body += ["", "--\(boundary)--"]
        } else {
            body = part(text, type: "text/plain")
        }
        // `part` starts with its own headers; for a single part they join the message headers.
        return (headers + body).joined(separator: "\r\n") + "\r\n"
    }

    private static func part(_ content: String, type: String) -> [String] {
        ["Content-Type: \(type); charset=UTF-8", "Content-Transfer-Encoding: quoted-printable", ""]
            + quotedPrintable(content).components(separatedBy: "\r\n")
    }

    /// A header value without line breaks: the only way text from outside enters a header.
    public static func singleLine(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\0" ? " " : $0 })
    }

    /// RFC 2047: plain ASCII stays as it is; anything else becomes base64 encoded-words of at most 75 characters,
    /// split between characters, never inside one.
    public static func encodedWord(_ text: String) -> String {
        let text = singleLine(text)
        if text.utf8.allSatisfy({ $0 >= 32 && $0 < 127 }) && text.utf8.count <= 900 { return text }
        var words: [String] = []
        var chunk = ""
        // "=?UTF-8?B?" + "?=" is 12 characters; 45 bytes give 60 base64 characters: 72 in all.
        for character in text {
            if chunk.utf8.count + String(character).utf8.count > 45 {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?UTF-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\r\n ")
    }

    public static func foldedAddressHeader(_ name: String, _ addresses: [String]) -> String {
        "\(name): " + addresses.joined(separator: ",\r\n ")
    }

    /// Quoted-printable (RFC 2045) with CRLF line ends and lines of at most 76 characters.
    public static func quotedPrintable(_ text: String) -> String {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var out: [String] = []
        for line in normalised.components(separatedBy: "\n") {
            let bytes = Array(line.utf8)
            var encoded = ""
            var current = ""
            for (index, byte) in bytes.enumerated() {
                let isLast = index == bytes.count - 1
                let piece: String
                if byte == UInt8(ascii: "=") || byte > 126 || (byte < 32 && byte != 9) || (isLast && (byte == 32 || byte == 9)) {
                    piece = String(format: "=%02X", byte)
                } else {
                    piece = String(UnicodeScalar(byte))
                }
                if current.count + piece.count > 75 {
                    encoded += current + "=\r\n"
                    current = ""
                }
                current += piece
            }
            out.append(encoded + current)
        }
        return out.joined(separator: "\r\n")
    }

    /// SMTP DATA transparency (RFC 5321 4.5.2): a line starting with a dot gets a second dot. Lines end in CRLF.
    public static func dotStuffed(_ message: String) -> String {
        let normalised = message.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var lines = normalised.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines.map { $0.hasPrefix(".") ? "." + $0 : $0 }.joined(separator: "\r\n") + "\r\n"
    }

    public static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }

    /// A module name: lower-case letters, digits and dashes, as in the audit trail.
    public static func isValidModule(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 40 && text.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
