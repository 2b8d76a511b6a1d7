import Foundation
import KennisDomain
import Testing

/// Publication PDFs from our own text.
@Suite("Simple PDF")
struct SimplePDFTests {
    let title = "Klimaatgovernance in de centrumsteden"
    let paragraphs = [
        "Dertien steden en de VGC vulden de zelfevaluatie in. De coördinatie verloopt in Liège anders dan in Gent.",
        "Façade, reële kosten, één aanpak: “zo” – en 5 € per inwoner.",
        "Haakjes (zoals deze) en een backslash \\ blijven staan.",
    ]

    /// The text `pdftotext` reads from the PDF, or `nil` when the tool is not installed.
    func extractedText(_ pdf: Data) throws -> String? {
        let tool = "/usr/bin/pdftotext"
        guard FileManager.default.isExecutableFile(atPath: tool) else { return nil }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("simplepdf-\(UUID().uuidString).pdf")
        try pdf.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-enc", "UTF-8", file.path, "-"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }

    /// The offsets listed in the xref table, for objects 1 and up.
    func xrefOffsets(_ text: String) -> [Int] {
        guard let table = text.range(of: "\nxref\n") else { return [] }
        return text[table.upperBound...].split(separator: "\n").dropFirst(2)
            .prefix { $0.hasSuffix(" n ") }
            .compactMap { Int($0.prefix(10)) }
    }

    @Test func pdftotextReadsTheTextBackWithAccents() throws {
        let pdf = SimplePDF.document(title: title, paragraphs: paragraphs)
        guard let text = try extractedText(pdf) else { return }
        let words = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        #expect(words.contains("Klimaatgovernance in de centrumsteden"))
        #expect(words.contains("coördinatie"))
        #expect(words.contains("Liège"))
        #expect(words.contains("Façade, reële kosten, één aanpak: “zo” – en 5 € per inwoner."))
        #expect(words.contains("Haakjes (zoals deze) en een backslash \\ blijven staan."))
    }

    @Test func theStructureIsSound() throws {
        let pdf = SimplePDF.document(title: title, paragraphs: paragraphs)
        let bytes = [UInt8](pdf)
        // Latin-1 view: one character per byte, so string offsets are byte offsets.
        let text = String(bytes.map { Character(Unicode.Scalar($0)) })
        #expect(text.hasPrefix("%PDF-1.4\n"))
        #expect(text.hasSuffix("%%EOF\n"))
        let offsets = xrefOffsets(text)
        #expect(offsets.count == 7)  // catalog, pages, two fonts, info, one page and its content
        for (index, offset) in offsets.enumerated() {
            let atOffset = String(text.dropFirst(offset).prefix(20))
            #expect(atOffset.hasPrefix("\(index + 1) 0 obj\n"), "object \(index + 1) at \(offset)")
        }
        // startxref points at the xref table.
        let startxref = try #require(text.range(of: "startxref\n", options: .backwards))
        let xrefOffset = try #require(Int(text[startxref.upperBound...].prefix { $0.isNumber }))
        #expect(text.dropFirst(xrefOffset).hasPrefix("xref\n0 8\n0000000000 65535 f \n"))
        // Every stream's /Length is the number of bytes between "stream\n" and "\nendstream".
        var searchFrom = text.startIndex
        while let length = text.range(of: "/Length ", range: searchFrom..<text.endIndex) {
            let declared = try #require(Int(text[length.upperBound...].prefix { $0.isNumber }))
            let start = try #require(text.range(of: "stream\n", range: length.upperBound..<text.endIndex))
            let end = try #require(text.range(of: "\nendstream", range: start.upperBound..<text.endIndex))
            #expect(text.distance(from: start.upperBound, to: end.lowerBound) == declared)
            searchFrom = end.upperBound
        }
        #expect(text.contains("/BaseFont /Helvetica /Encoding /WinAnsiEncoding"))
        #expect(text.contains("/MediaBox [0 0 595 842]"))
        // é is byte 0xE9 in WinAnsi, written as an octal escape.
        #expect(text.contains("co\\366rdinatie"))
        #expect(text.contains("/Title (Klimaatgovernance in de centrumsteden)"))
    }

    @Test func longTextFlowsOntoMorePagesAndWraps() throws {
        let sentence = "De stad verzamelt cijfers over wonen, werken, mobiliteit en klimaat om beleid te onderbouwen. "
        let many = (1...60).map { "Alinea \($0). " + String(repeating: sentence, count: 3) }
        let pdf = SimplePDF.document(title: "Lang verslag", paragraphs: many)
        let text = String([UInt8](pdf).map { Character(Unicode.Scalar($0)) })
        let pageCount = text.components(separatedBy: "/Type /Page ").count - 1
        #expect(pageCount >= 4)
        #expect(text.contains("/Count \(pageCount) "))
        #expect(xrefOffsets(text).count == 5 + 2 * pageCount)
        guard let extracted = try extractedText(pdf) else { return }
        let words = extracted.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        #expect(words.contains("Alinea 1. De stad verzamelt"))
        #expect(words.contains("Alinea 60. De stad verzamelt"))
        // pdftotext separates pages with a form feed.
        #expect(extracted.filter { $0 == "\u{0C}" }.count == pageCount)
    }

    @Test func wrappedLinesStayInsideTheMargins() {
        let word = String(repeating: "W", count: 200)
        let pdf = SimplePDF.document(title: "Breed", paragraphs: [word, "kort"])
        let text = String([UInt8](pdf).map { Character(Unicode.Scalar($0)) })
        // A W is 0.944 em: at 11 pt about 10.4 pt, so about 46 fit in the 481 pt between the margins.
        let runs = text.components(separatedBy: "(").dropFirst().map { $0.prefix { $0 == "W" }.count }.filter { $0 > 0 }
        #expect(runs.reduce(0, +) == 200)
        #expect(runs.count == 5)
        #expect(runs.allSatisfy { $0 <= 46 })
    }

    @Test func sameInputSameBytes() {
        #expect(
            SimplePDF.document(title: title, paragraphs: paragraphs)
                == SimplePDF.document(title: title, paragraphs: paragraphs))
    }
}
