import Foundation

/// An upload that passed `FileSniff.check`: its kind as the content shows it and a name safe to store and serve.
public struct CheckedFile: Sendable, Equatable {
    /// The kind, as the content shows it.
    public let kind: FileKind
    /// The MIME type of `kind`.
    public let mimeType: String
    /// From `FileSniff.safeFileName(_:)`, with the extension in lower case.
    public let fileName: String
    /// The size in bytes.
    public let byteCount: Int

    /// A file that passed `FileSniff.check` before, such as one read back from storage; the name is made safe again.
    public init(kind: FileKind, fileName: String, byteCount: Int) {
        self.kind = kind
        self.mimeType = kind.mimeType
        self.fileName = FileSniff.safeFileName(fileName)
        self.byteCount = byteCount
    }

    /// A `Content-Disposition` value (RFC 6266): `inline` or `attachment`, an ASCII `filename` for old clients and
    /// `filename*=UTF-8''…` with the full name.
    public func contentDisposition(inline: Bool) -> String {
        let type = inline ? "inline" : "attachment"
        return
            "\(type); filename=\"\(Self.asciiFallback(fileName))\"; filename*=UTF-8''\(Self.percentEncoded(fileName))"
    }

    /// The name with accents removed and every other character outside printable ASCII, `"`, `\` and `%` as `_`.
    static func asciiFallback(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var result = ""
        for scalar in folded.unicodeScalars {
            if scalar.value >= 0x20, scalar.value < 0x7F, scalar != "\"", scalar != "\\", scalar != "%" {
                result.unicodeScalars.append(scalar)
            } else {
                result += "_"
            }
        }
        return result
    }

    /// RFC 8187 value characters: letters, digits and `!#$&+-.^_`|~` as they are, every other UTF-8 byte as `%XX`.
    static func percentEncoded(_ name: String) -> String {
        let kept = Set("!#$&+-.^_`|~".utf8)
        var result = ""
        for byte in name.utf8 {
            let isAlphanumeric =
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            if isAlphanumeric || kept.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += String(format: "%%%02X", byte)
            }
        }
        return result
    }
}
