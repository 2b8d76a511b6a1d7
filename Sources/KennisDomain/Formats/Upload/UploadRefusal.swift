import Foundation

/// Why an upload was refused, with the message to show in Dutch and in English.
public enum UploadRefusal: Error, Sendable, Equatable {
    /// What makes a file unsafe to keep whatever its name says.
    public enum Danger: String, Sendable, Equatable {
        /// A web page, by name, declared type or content.
        case html
        /// An SVG image, which can hold scripts.
        case svg
        /// A script, such as JavaScript, a shell script or PHP.
        case script
        /// A program for Windows, Linux or macOS, or a Java archive.
        case executable
        /// An Office or OpenDocument file with macros.
        case macros
    }

    /// The file has no bytes.
    case empty
    /// The file is larger than the rules allow.
    case tooLarge(maximumBytes: Int)
    /// The name has no extension (`""`) or one no kind uses.
    case unknownExtension(String)
    /// The kind is fine but not in this field's rules.
    case notAllowed(FileKind, allowed: [FileKind])
    /// The extension names a kind the content is not.
    case extensionMismatch(extension: String, expected: FileKind)
    /// Refused whatever the rules say.
    case dangerous(Danger)
    /// A text kind that is not UTF-8 or holds NUL bytes.
    case invalidText

    /// The message in Dutch.
    public var dutch: String {
        switch self {
        case .empty:
            "Het bestand is leeg."
        case .tooLarge(let maximum):
            "Het bestand is te groot: het maximum is \(Self.size(maximum, decimalSeparator: ","))."
        case .unknownExtension(""):
            "De bestandsnaam heeft geen extensie, zoals .pdf of .docx. Geef het bestand een naam met de juiste extensie."
        case .unknownExtension(let fileExtension):
            "Bestanden met de extensie .\(fileExtension) kunnen niet worden opgeladen."
        case .notAllowed(let kind, let allowed):
            "Een \(kind.dutchName) kan hier niet worden opgeladen. Toegelaten: \(Self.extensionList(allowed))."
        case .extensionMismatch(let fileExtension, let expected):
            "Het bestand heet .\(fileExtension) maar is geen \(expected.dutchName)."
        case .dangerous(.html):
            "Webpagina's (HTML) kunnen niet worden opgeladen. Bewaar de inhoud als PDF of als document."
        case .dangerous(.svg):
            "SVG-afbeeldingen kunnen niet worden opgeladen. Gebruik PNG of JPEG."
        case .dangerous(.script):
            "Scripts kunnen niet worden opgeladen."
        case .dangerous(.executable):
            "Programma's kunnen niet worden opgeladen."
        case .dangerous(.macros):
            "Documenten met macro's kunnen niet worden opgeladen. Bewaar het als .docx, .xlsx of .pptx zonder macro's."
        case .invalidText:
            "Het tekstbestand is geen UTF-8-tekst of bevat binaire tekens. Bewaar het als UTF-8."
        }
    }

    /// The message in English.
    public var english: String {
        switch self {
        case .empty:
            "The file is empty."
        case .tooLarge(let maximum):
            "The file is too large: the limit is \(Self.size(maximum, decimalSeparator: "."))."
        case .unknownExtension(""):
            "The file name has no extension, such as .pdf or .docx. Give the file a name with the right extension."
        case .unknownExtension(let fileExtension):
            "Files with the extension .\(fileExtension) cannot be uploaded."
        case .notAllowed(let kind, let allowed):
            "\(Self.capitalised(kind.englishName)) cannot be uploaded here. Allowed: \(Self.extensionList(allowed))."
        case .extensionMismatch(let fileExtension, let expected):
            "The file is called .\(fileExtension) but is not \(expected.englishName)."
        case .dangerous(.html):
            "Web pages (HTML) cannot be uploaded. Save the content as a PDF or a document."
        case .dangerous(.svg):
            "SVG images cannot be uploaded. Use PNG or JPEG."
        case .dangerous(.script):
            "Scripts cannot be uploaded."
        case .dangerous(.executable):
            "Programs cannot be uploaded."
        case .dangerous(.macros):
            "Documents with macros cannot be uploaded. Save it as .docx, .xlsx or .pptx without macros."
        case .invalidText:
            "The text file is not UTF-8 text or holds binary characters. Save it as UTF-8."
        }
    }

    /// `20 MB`, `1,5 MB`, `300 kB`, `512 bytes` (1 MB = 1,048,576 bytes).
    static func size(_ bytes: Int, decimalSeparator: String) -> String {
        func number(_ value: Double) -> String {
            let tenths = Int((value * 10).rounded())
            return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10)\(decimalSeparator)\(tenths % 10)"
        }
        if bytes >= 1_048_576 { return number(Double(bytes) / 1_048_576) + " MB" }
        if bytes >= 1_024 { return number(Double(bytes) / 1_024) + " kB" }
        return "\(bytes) bytes"
    }

    private static func extensionList(_ kinds: [FileKind]) -> String {
        kinds.compactMap { $0.extensions.first.map { "." + $0 } }.joined(separator: ", ")
    }

    private static func capitalised(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
