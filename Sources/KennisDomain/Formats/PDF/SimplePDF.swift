import Foundation

/// A small PDF writer for our own text: a bold title, then paragraphs, on as many A4 pages as needed.
public enum SimplePDF {
    /// A PDF 1.4 file with Helvetica in WinAnsi encoding (so accents such as é, ë and ç come out as written;
    /// characters outside Windows-1252 become `?`). Lines wrap at spaces; `\n` inside a paragraph starts a new line.
    /// The same input gives the same bytes (no dates are written).
    public static func document(title: String, paragraphs: [String]) -> Data {
        let layout = PDFLayout(title: title, paragraphs: paragraphs)
        var writer = PDFObjectWriter()
        let pageCount = layout.pages.count
        // Objects 1–5 are fixed; then a page and its content for every page.
        let pageNumbers = (0..<pageCount).map { 6 + 2 * $0 }
        writer.add(1, "<< /Type /Catalog /Pages 2 0 R >>")
        let kids = pageNumbers.map { "\($0) 0 R" }.joined(separator: " ")
        writer.add(2, "<< /Type /Pages /Kids [\(kids)] /Count \(pageCount) >>")
        writer.add(3, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        writer.add(4, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
        writer.add(5, "<< /Title \(PDFObjectWriter.textString(title)) /Producer (Stadsbeeld) >>")
        for (index, lines) in layout.pages.enumerated() {
            let page = pageNumbers[index]
            writer.add(
                page,
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(Int(PDFLayout.pageWidth)) \(Int(PDFLayout.pageHeight))] "
                    + "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents \(page + 1) 0 R >>"
            )
            writer.addStream(page + 1, content(lines))
        }
        return writer.finished(root: 1, info: 5)
    }

    private static func content(_ lines: [PDFLayout.Line]) -> [UInt8] {
        var stream: [UInt8] = []
        for line in lines {
            let font = line.bold ? "/F2" : "/F1"
            let position = String(format: "%.2f %.2f", PDFLayout.margin, line.y)
            stream += Array("BT \(font) \(Int(line.size)) Tf \(position) Td ".utf8)
            stream += PDFObjectWriter.literalString(line.bytes)
            stream += Array(" Tj ET\n".utf8)
        }
        return stream
    }
}

/// Numbered objects, their byte offsets and the cross-reference table.
struct PDFObjectWriter {
    private var bytes: [UInt8] = Array("%PDF-1.4\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3, 0x0A]
    private var offsets: [Int: Int] = [:]

    mutating func add(_ number: Int, _ body: String) {
        offsets[number] = bytes.count
        bytes += Array("\(number) 0 obj\n\(body)\nendobj\n".utf8)
    }

    mutating func addStream(_ number: Int, _ content: [UInt8]) {
        offsets[number] = bytes.count
        bytes += Array("\(number) 0 obj\n<< /Length \(content.count) >>\nstream\n".utf8)
        bytes += content
        bytes += Array("\nendstream\nendobj\n".utf8)
    }

    /// The file: the objects, the xref table (one 20-byte line per object), the trailer and `startxref`.
    func finished(root: Int, info: Int) -> Data {
        var output = bytes
        let count = (offsets.keys.max() ?? 0) + 1
        let xrefOffset = output.count
        var table = "xref\n0 \(count)\n0000000000 65535 f \n"
        for number in 1..<count {
            table += String(format: "%010d 00000 n \n", offsets[number] ?? 0)
        }
        table += "trailer\n<< /Size \(count) /Root \(root) 0 R /Info \(info) 0 R >>\nstartxref\n\(xrefOffset)\n%%EOF\n"
        output += Array(table.utf8)
        return Data(output)
    }

    /// A literal string: `(`, `)` and `\` escaped, bytes outside printable ASCII as octal `\ddd`.
    static func literalString(_ text: [UInt8]) -> [UInt8] {
        var result: [UInt8] = [UInt8(ascii: "(")]
        for byte in text {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"):
                result += [UInt8(ascii: "\\"), byte]
            case 0x20...0x7E:
                result.append(byte)
            default:
                result += Array(String(format: "\\%03o", byte).utf8)
            }
        }
        result.append(UInt8(ascii: ")"))
        return result
    }

    /// A text string for the document information: a literal for plain ASCII, else UTF-16BE with a byte-order mark.
    static func textString(_ text: String) -> String {
        let clean = String(
            String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }))
        if clean.unicodeScalars.allSatisfy({ $0.value < 0x7F }) {
            return String(decoding: literalString(Array(clean.utf8)), as: UTF8.self)
        }
        let units = [0xFEFF] + clean.utf16.map { $0 }
        return "<" + units.map { String(format: "%04X", $0) }.joined() + ">"
    }
}
