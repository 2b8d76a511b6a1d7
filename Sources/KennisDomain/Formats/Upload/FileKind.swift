/// The kinds of file the site accepts as uploads, each with its MIME type and file extensions.
public enum FileKind: String, CaseIterable, Sendable, Codable {
    /// Documents and images, recognised by their first bytes.
    case pdf, png, jpeg, gif, webp
    /// Office Open XML (Word, Excel, PowerPoint), recognised by their zip entries.
    case docx, xlsx, pptx
    /// OpenDocument text, spreadsheet and presentation, recognised by their `mimetype` entry.
    case odt, ods, odp
    /// UTF-8 text, told apart by the extension.
    case csv, txt, markdown

    /// The MIME type, without parameters.
    public var mimeType: String {
        switch self {
        case .pdf: "application/pdf"
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        case .gif: "image/gif"
        case .webp: "image/webp"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        case .odt: "application/vnd.oasis.opendocument.text"
        case .ods: "application/vnd.oasis.opendocument.spreadsheet"
        case .odp: "application/vnd.oasis.opendocument.presentation"
        case .csv: "text/csv"
        case .txt: "text/plain"
        case .markdown: "text/markdown"
        }
    }

    /// The value for a `Content-Type` header: the MIME type, with `charset=utf-8` for text.
    public var contentType: String {
        isText ? mimeType + "; charset=utf-8" : mimeType
    }

    /// The extensions, lower case and without the dot; the first is the usual one.
    public var extensions: [String] {
        switch self {
        case .jpeg: ["jpg", "jpeg"]
        case .markdown: ["md", "markdown"]
        case .txt: ["txt"]
        default: [rawValue]
        }
    }

    /// Text kinds are recognised by being UTF-8 text; the others by their first bytes.
    public var isText: Bool {
        self == .csv || self == .txt || self == .markdown
    }

    /// Images a page may show inline.
    public var isImage: Bool {
        self == .png || self == .jpeg || self == .gif || self == .webp
    }

    /// The kind a file extension (without the dot, any case) stands for.
    public static func forExtension(_ fileExtension: String) -> FileKind? {
        let lowered = fileExtension.lowercased()
        return allCases.first { $0.extensions.contains(lowered) }
    }

    /// The name in Dutch, as in "geen PDF".
    public var dutchName: String {
        switch self {
        case .pdf: "PDF"
        case .png: "PNG-afbeelding"
        case .jpeg: "JPEG-afbeelding"
        case .gif: "GIF-afbeelding"
        case .webp: "WebP-afbeelding"
        case .docx: "Word-document"
        case .xlsx: "Excel-werkmap"
        case .pptx: "PowerPoint-presentatie"
        case .odt: "OpenDocument-tekst"
        case .ods: "OpenDocument-rekenblad"
        case .odp: "OpenDocument-presentatie"
        case .csv: "CSV-bestand"
        case .txt: "tekstbestand"
        case .markdown: "Markdown-bestand"
        }
    }

    /// The name in English with its article, as in "not a PDF".
    public var englishName: String {
        switch self {
        case .pdf: "a PDF"
        case .png: "a PNG image"
        case .jpeg: "a JPEG image"
        case .gif: "a GIF image"
        case .webp: "a WebP image"
        case .docx: "a Word document"
        case .xlsx: "an Excel workbook"
        case .pptx: "a PowerPoint presentation"
        case .odt: "an OpenDocument text"
        case .ods: "an OpenDocument spreadsheet"
        case .odp: "an OpenDocument presentation"
        case .csv: "a CSV file"
        case .txt: "a text file"
        case .markdown: "a Markdown file"
        }
    }
}
