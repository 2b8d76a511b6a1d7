import Vapor

extension Request {
    /// A path of our own to go back to after signing in; anything else becomes the account page.
    public func safeReturnPath(_ candidate: String?) -> String {
        guard let candidate, ReturnPath.isLocal(candidate), !candidate.hasPrefix(AccessPath.signIn.path)
        else { return AccessPath.account.path }
        return candidate
    }
}

/// The rule for a path that goes back into a header (`Location`): a path on this site and nothing else.
public enum ReturnPath {
    /// Longest return path kept; a longer one is not ours (our own URLs stay far below).
    public static let maximumLength = 2_048

    /// One leading `/`, not followed by `/` or `\` (a browser reads both as another host); no backslash anywhere;
    /// no control character, space or other whitespace (CR/LF would end the header; a tab is dropped by browsers, so
    /// `/\t/evil.example` would become `//evil.example`); no scheme or host can then follow.
    public static func isLocal(_ candidate: String) -> Bool {
        let scalars = candidate.unicodeScalars
        guard candidate.utf8.count <= maximumLength, scalars.first == "/" else { return false }
        if scalars.count > 1 {
            let second = scalars[scalars.index(after: scalars.startIndex)]
            if second == "/" || second == "\\" { return false }
        }
        for scalar in scalars {
            if scalar == "\\" { return false }
            if scalar.properties.generalCategory == .control || scalar.properties.isWhitespace { return false }
            // Invisible format characters (zero-width, bidi marks) have no place in our paths either.
            if scalar.properties.generalCategory == .format { return false }
        }
        return true
    }
}

extension HTTPHeaders {
    /// `Content-Disposition` with a file name reduced to letters, digits, `.`, `-` and `_`: names built from codes in
    /// the data never put quotes or line breaks into a header.
    public mutating func attachment(filename: String, inline: Bool = false) {
        let safe = String(filename.unicodeScalars.filter { scalar in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || ".-_".unicodeScalars.contains(scalar))
        }.map(Character.init))
        replaceOrAdd(name: .contentDisposition, value: "\(inline ? "inline" : "attachment"); filename=\"\(safe.isEmpty ? "stadsbeeld" : safe)\"")
    }
}
