/// Places the title and paragraphs on A4 pages: greedy word-wrapping, a new page when one is full.
struct PDFLayout {
    struct Line: Equatable {
        var bytes: [UInt8]
        var y: Double
        var bold: Bool
        var size: Double
    }

    static let pageWidth = 595.0
    static let pageHeight = 842.0
    static let margin = 57.0
    static let bodySize = 11.0
    static let bodyLeading = 15.0
    static let titleSize = 18.0
    static let titleLeading = 24.0
    static let paragraphGap = 7.0

    private(set) var pages: [[Line]] = [[]]
    private var y = pageHeight - margin

    init(title: String, paragraphs: [String]) {
        place(title, size: Self.titleSize, leading: Self.titleLeading, bold: true)
        y -= Self.paragraphGap
        for paragraph in paragraphs {
            place(paragraph, size: Self.bodySize, leading: Self.bodyLeading, bold: false)
            y -= Self.paragraphGap
        }
    }

    private mutating func place(_ text: String, size: Double, leading: Double, bold: Bool) {
        let width = Self.pageWidth - 2 * Self.margin
        for line in Self.wrap(text, width: width, size: size, bold: bold) {
            if y - leading < Self.margin, !(pages.last?.isEmpty ?? true) {
                pages.append([])
                y = Self.pageHeight - Self.margin
            }
            y -= leading
            pages[pages.count - 1].append(Line(bytes: line, y: y, bold: bold, size: size))
        }
    }

    /// The lines of a text no wider than `width`: breaks at spaces, at line ends in the text, and inside a word only
    /// when the word alone is too wide.
    static func wrap(_ text: String, width: Double, size: Double, bold: Bool) -> [[UInt8]] {
        let space = UInt8(ascii: " ")
        var lines: [[UInt8]] = []
        for written in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = WinAnsi.bytes(String(written)).split(separator: space).map(Array.init)
            var line: [UInt8] = []
            for var word in words {
                let candidate = line.isEmpty ? word : line + [space] + word
                if WinAnsi.width(of: candidate, size: size, bold: bold) <= width {
                    line = candidate
                    continue
                }
                if !line.isEmpty { lines.append(line) }
                line = []
                while WinAnsi.width(of: word, size: size, bold: bold) > width, word.count > 1 {
                    var cut = word.count - 1
                    while cut > 1, WinAnsi.width(of: Array(word[..<cut]), size: size, bold: bold) > width { cut -= 1 }
                    lines.append(Array(word[..<cut]))
                    word = Array(word[cut...])
                }
                line = word
            }
            lines.append(line)
        }
        return lines
    }
}
