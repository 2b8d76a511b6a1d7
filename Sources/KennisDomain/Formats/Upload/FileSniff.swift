import Foundation

/// Checks uploads by their content, not by what the browser or the name says.
///
/// The order of the checks: empty, size, the name's extension (refused outright for web pages, scripts, programs and
/// macro documents), the declared type (refused for HTML, SVG, scripts and programs), the kind allowed by the rules,
/// and then the content: the first bytes decide the kind (PDF, PNG, JPEG, GIF, WebP; a zip is read for the entries
/// that make it an OOXML or OpenDocument file), and it must be the kind the extension names. Text kinds must be
/// UTF-8 without NUL bytes and must not look like a web page or SVG: they may not start with an HTML tag, `<!--`
/// or `<?xml`, nor hold `<script`, `<svg`, `<html`, `<iframe`, `<object` or `<embed` anywhere.
public enum FileSniff {
    /// The file as checked, or why it is refused. `declaredType` is the browser's `Content-Type`, used only to refuse.
    public static func check(
        data: Data, fileName: String, declaredType: String?, rules: UploadRules
    ) -> Result<CheckedFile, UploadRefusal> {
        guard !data.isEmpty else { return .failure(.empty) }
        guard data.count <= rules.maximumBytes else { return .failure(.tooLarge(maximumBytes: rules.maximumBytes)) }
        let name = safeFileName(fileName)
        let fileExtension = extensionOf(name)
        if let danger = dangerousExtensions[fileExtension] { return .failure(.dangerous(danger)) }
        if let declared = declaredType, let danger = danger(ofDeclaredType: declared) {
            return .failure(.dangerous(danger))
        }
        guard let claimed = FileKind.forExtension(fileExtension) else {
            return .failure(.unknownExtension(fileExtension))
        }
        guard rules.allowed.contains(claimed) else {
            let allowed = FileKind.allCases.filter(rules.allowed.contains)
            return .failure(.notAllowed(claimed, allowed: allowed))
        }
        let bytes = [UInt8](data)
        switch ContentSniffer.sniff(bytes) {
        case .kind(let found) where found == claimed:
            return .success(CheckedFile(kind: claimed, fileName: name, byteCount: bytes.count))
        case .text where claimed.isText:
            return .success(CheckedFile(kind: claimed, fileName: name, byteCount: bytes.count))
        case .dangerous(.macros) where [.docx, .xlsx, .pptx, .odt, .ods, .odp].contains(claimed):
            return .failure(.dangerous(.macros))
        case .dangerous(let danger) where claimed.isText:
            return .failure(.dangerous(danger))
        case .invalidText where claimed.isText:
            return .failure(.invalidText)
        default:
            return .failure(.extensionMismatch(extension: fileExtension, expected: claimed))
        }
    }

    /// A file name safe to store and to put in a header: only the last path part, no control or invisible format
    /// characters, none of `"*:<>?|`, no leading or trailing dots and spaces, at most 120 characters with the
    /// extension kept (in lower case). An empty name becomes `bestand`.
    public static func safeFileName(_ fileName: String) -> String {
        let lastPart = fileName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var cleaned = ""
        var lastWasSpace = false
        for scalar in lastPart.precomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned, .privateUse:
                continue
            case .spaceSeparator:
                if !lastWasSpace { cleaned += " " }
                lastWasSpace = true
                continue
            default:
                if "\"*:<>?|".unicodeScalars.contains(scalar) {
                    cleaned += "_"
                } else {
                    cleaned.unicodeScalars.append(scalar)
                }
            }
            lastWasSpace = false
        }
        let trimmed = String(cleaned.drop { $0 == " " || $0 == "." }).reversed().drop { $0 == " " || $0 == "." }
        var name = String(trimmed.reversed())
        // A name that was only an extension, such as `.pdf`, keeps it.
        if cleaned.hasPrefix("."), !name.contains("."), FileKind.forExtension(name) != nil {
            name = "bestand." + name
        }
        let fileExtension = extensionOf(name)
        var stem = fileExtension.isEmpty ? name : String(name.dropLast(fileExtension.count + 1))
        while stem.last == " " || stem.last == "." { stem.removeLast() }
        if stem.isEmpty { stem = "bestand" }
        if windowsDeviceNames.contains(stem.uppercased()) { stem = "_" + stem }
        let room = 120 - (fileExtension.isEmpty ? 0 : fileExtension.count + 1)
        if stem.count > room { stem = String(stem.prefix(room)) }
        while stem.last == " " || stem.last == "." { stem.removeLast() }
        name = fileExtension.isEmpty ? stem : stem + "." + fileExtension
        return name
    }

    /// The extension of a name in lower case (1 to 10 ASCII letters or digits after the last dot), or `""`.
    static func extensionOf(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        let candidate = name[name.index(after: dot)...]
        guard (1...10).contains(candidate.count),
            candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
        else { return "" }
        return candidate.lowercased()
    }

    private static let windowsDeviceNames = Set(["CON", "PRN", "AUX", "NUL"])
        .union((1...9).flatMap { ["COM\($0)", "LPT\($0)"] })

    /// Extensions refused whatever the content.
    static let dangerousExtensions: [String: UploadRefusal.Danger] = {
        var table: [String: UploadRefusal.Danger] = [:]
        for name in ["html", "htm", "xhtml", "xht", "shtml", "mht", "mhtml", "hta"] { table[name] = .html }
        for name in ["svg", "svgz"] { table[name] = .svg }
        for name in [
            "js", "mjs", "cjs", "vbs", "vbe", "wsf", "wsh", "ps1", "psm1", "bat", "cmd", "sh", "bash", "zsh", "csh",
            "php", "phtml", "asp", "aspx", "jsp", "py", "pl", "rb", "cgi", "reg", "lnk",
        ] { table[name] = .script }
        for name in [
            "exe", "dll", "com", "scr", "pif", "cpl", "msi", "msp", "jar", "app", "apk", "dmg", "deb", "rpm", "elf",
            "bin",
        ] {
            table[name] = .executable
        }
        for name in ["docm", "dotm", "xlsm", "xltm", "xlsb", "xlam", "pptm", "potm", "ppsm"] { table[name] = .macros }
        return table
    }()

    /// The danger of a declared `Content-Type`, looking only at its type and subtype.
    static func danger(ofDeclaredType declared: String) -> UploadRefusal.Danger? {
        let type =
            declared.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        switch type {
        case "text/html", "application/xhtml+xml", "message/rfc822", "application/hta": return .html
        case "image/svg+xml": return .svg
        case "text/javascript", "application/javascript", "application/x-javascript", "application/ecmascript",
            "text/x-shellscript", "application/x-sh", "application/x-php", "text/x-python":
            return .script
        case "application/x-msdownload", "application/x-msdos-program", "application/x-executable",
            "application/vnd.microsoft.portable-executable", "application/java-archive":
            return .executable
        default: return nil
        }
    }
}
