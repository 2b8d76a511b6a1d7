import Foundation
import KennisDomain
import Testing

/// Uploads are judged by their content; names and declared types can only make things stricter.
@Suite("File sniffing")
struct FileSniffTests {
    let rules = UploadRules.documents

    func check(_ bytes: [UInt8], _ name: String, declared: String? = nil, rules: UploadRules? = nil) -> Result<
        CheckedFile, UploadRefusal
    > {
        FileSniff.check(data: Data(bytes), fileName: name, declaredType: declared, rules: rules ?? self.rules)
    }

    func kind(_ bytes: [UInt8], _ name: String) -> FileKind? {
        try? check(bytes, name).get().kind
    }

    func refusal(_ bytes: [UInt8], _ name: String, declared: String? = nil, rules: UploadRules? = nil) -> UploadRefusal?
    {
        if case .failure(let refusal) = check(bytes, name, declared: declared, rules: rules) { return refusal }
        return nil
    }

    // MARK: sample files

    let pdf = Array("%PDF-1.4\n1 0 obj\n<< >>\nendobj\n%%EOF\n".utf8)
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
    let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16] + Array("JFIF".utf8)
    let gif = Array("GIF89a".utf8) + [1, 0, 1, 0]
    let webp = Array("RIFF".utf8) + [26, 0, 0, 0] + Array("WEBPVP8 ".utf8)
    let html = Array("<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>".utf8)
    let svg = Array("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".utf8)

    /// A zip of stored entries with local headers only, as the sniffer reads them. With `descriptors`, the sizes
    /// are left out of the headers (flag bit 3) as streaming zip writers do.
    func zip(_ entries: [(String, String)], descriptors: Bool = false) -> [UInt8] {
        func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
        func le32(_ value: Int) -> [UInt8] { le16(value & 0xFFFF) + le16(value >> 16 & 0xFFFF) }
        var bytes: [UInt8] = []
        for (name, content) in entries {
            let data = Array(content.utf8)
            let size = descriptors ? 0 : data.count
            bytes += [0x50, 0x4B, 0x03, 0x04] + le16(20) + le16(descriptors ? 8 : 0) + le16(0) + le16(0) + le16(0)
            bytes += le32(0) + le32(size) + le32(size) + le16(name.utf8.count) + le16(0)
            bytes += Array(name.utf8) + data
            if descriptors { bytes += [0x50, 0x4B, 0x07, 0x08] + le32(0) + le32(data.count) + le32(data.count) }
        }
        return bytes + [0x50, 0x4B, 0x05, 0x06] + Array(repeating: 0, count: 18)
    }

    var docx: [UInt8] {
        zip([
            ("[Content_Types].xml", "<Types/>"), ("_rels/.rels", "<Relationships/>"),
            ("word/document.xml", "<w:document/>"),
        ])
    }

    // MARK: kinds by content

    @Test func recognisesEachKindByItsContent() {
        #expect(kind(pdf, "verslag.pdf") == .pdf)
        #expect(kind(png, "kaart.png") == .png)
        #expect(kind(jpeg, "foto.jpg") == .jpeg)
        #expect(kind(jpeg, "foto.JPEG") == .jpeg)
        #expect(kind(gif, "anim.gif") == .gif)
        #expect(kind(webp, "beeld.webp") == .webp)
        #expect(kind(docx, "nota.docx") == .docx)
        #expect(kind(zip([("[Content_Types].xml", "x"), ("xl/workbook.xml", "x")]), "cijfers.xlsx") == .xlsx)
        #expect(kind(zip([("[Content_Types].xml", "x"), ("ppt/presentation.xml", "x")]), "deck.pptx") == .pptx)
        #expect(
            kind(zip([("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "x")]), "tekst.odt")
                == .odt)
        #expect(
            kind(
                zip([("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "x")]), "blad.ods")
                == .ods)
        #expect(kind(Array("stad;waarde\nGent;3,5\n".utf8), "cijfers.csv") == .csv)
        #expect(kind(Array("Gewone tekst met één accent.".utf8), "leesmij.txt") == .txt)
        #expect(kind([0xEF, 0xBB, 0xBF] + Array("# Titel\n\nTekst".utf8), "nota.md") == .markdown)
    }

    @Test func zipsWithDataDescriptorsAreReadToTheEnd() {
        let streamed = zip(
            [("[Content_Types].xml", "<Types/>"), ("docProps/app.xml", "<x/>"), ("word/document.xml", "<w/>")],
            descriptors: true)
        #expect(kind(streamed, "nota.docx") == .docx)
    }

    @Test func checkedFilesCarryTypeAndSize() throws {
        let file = try check(pdf, "Jaarverslag 2024.PDF").get()
        #expect(file.kind == .pdf)
        #expect(file.mimeType == "application/pdf")
        #expect(file.fileName == "Jaarverslag 2024.pdf")
        #expect(file.byteCount == pdf.count)
        #expect(FileKind.csv.contentType == "text/csv; charset=utf-8")
        #expect(FileKind.docx.mimeType == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    }

    // MARK: refusals

    @Test func aPDFNameOnAWebPageIsRefused() {
        let result = refusal(html, "rapport.pdf")
        #expect(result == .extensionMismatch(extension: "pdf", expected: .pdf))
        #expect(result?.dutch == "Het bestand heet .pdf maar is geen PDF.")
        #expect(result?.english == "The file is called .pdf but is not a PDF.")
    }

    @Test func contentMustMatchTheExtension() {
        #expect(refusal(png, "foto.jpg") == .extensionMismatch(extension: "jpg", expected: .jpeg))
        #expect(refusal(pdf, "nota.docx") == .extensionMismatch(extension: "docx", expected: .docx))
        #expect(refusal(docx, "cijfers.xlsx") == .extensionMismatch(extension: "xlsx", expected: .xlsx))
        #expect(refusal(zip([("a.txt", "x")]), "nota.docx") == .extensionMismatch(extension: "docx", expected: .docx))
        #expect(refusal(pdf, "leesmij.txt") == .extensionMismatch(extension: "txt", expected: .txt))
        #expect(refusal(svg, "logo.png")?.dutch == "Het bestand heet .png maar is geen PNG-afbeelding.")
        #expect(refusal(Array("MZ\u{90}".utf8), "setup.pdf") == .extensionMismatch(extension: "pdf", expected: .pdf))
    }

    @Test func webPagesScriptsAndProgramsAreAlwaysRefused() {
        #expect(refusal(html, "pagina.html") == .dangerous(.html))
        #expect(refusal(html, "pagina.htm") == .dangerous(.html))
        #expect(refusal(svg, "logo.svg") == .dangerous(.svg))
        #expect(refusal(pdf, "script.js") == .dangerous(.script))
        #expect(refusal(pdf, "installeer.exe") == .dangerous(.executable))
        #expect(refusal(pdf, "factuur.pdf.exe") == .dangerous(.executable))
        // Text kinds: HTML, SVG, shell scripts and programs inside a .txt, .csv or .md.
        #expect(refusal(html, "leesmij.txt") == .dangerous(.html))
        #expect(refusal(svg, "data.csv") == .dangerous(.svg))
        #expect(refusal(Array("  <a href=x>klik</a>".utf8), "nota.md") == .dangerous(.html))
        #expect(refusal(Array("stad;waarde\nGent;<script>alert(1)</script>\n".utf8), "data.csv") == .dangerous(.html))
        #expect(refusal(Array("#!/bin/sh\nrm -rf /\n".utf8), "notities.txt") == .dangerous(.script))
        #expect(refusal([0x7F, 0x45, 0x4C, 0x46, 2, 1], "notities.txt") == .dangerous(.executable))
        // The browser's declared type can refuse, never accept.
        #expect(refusal(pdf, "verslag.pdf", declared: "text/html; charset=utf-8") == .dangerous(.html))
        #expect(refusal(png, "kaart.png", declared: "image/svg+xml") == .dangerous(.svg))
        #expect(kind(pdf, "verslag.pdf") == .pdf)
        #expect((try? check(pdf, "verslag.pdf", declared: "application/octet-stream").get())?.kind == .pdf)
    }

    @Test func macroDocumentsAreRefused() {
        let macro = zip([("[Content_Types].xml", "x"), ("word/document.xml", "x"), ("word/vbaProject.bin", "x")])
        #expect(refusal(macro, "nota.docx") == .dangerous(.macros))
        #expect(refusal(docx, "nota.docm") == .dangerous(.macros))
        let basic = zip([("mimetype", "application/vnd.oasis.opendocument.text"), ("Basic/Standard/Module1.xml", "x")])
        #expect(refusal(basic, "tekst.odt") == .dangerous(.macros))
    }

    @Test func textMustBeUTF8WithoutNUL() {
        #expect(refusal([0x47, 0x65, 0x6E, 0x74, 0xE9], "latin1.csv") == .invalidText)
        #expect(refusal(Array("a\u{0}b".utf8), "nul.txt") == .invalidText)
        #expect(refusal([0xFF, 0xFE, 0x41, 0x00], "utf16.txt") == .invalidText)
        // An overlong "/" (0xC0 0xAF) and an encoded surrogate are not UTF-8.
        #expect(refusal([0x61, 0xC0, 0xAF], "a.txt") == .invalidText)
        #expect(refusal([0xED, 0xA0, 0x80], "a.txt") == .invalidText)
        #expect(refusal(UploadRefusal.invalidText.dutch.utf8.map { $0 }, "uitleg.txt") == nil)
    }

    @Test func emptyTooLargeUnknownAndNotAllowed() {
        #expect(refusal([], "leeg.pdf") == .empty)
        #expect(refusal([], "leeg.pdf")?.dutch == "Het bestand is leeg.")
        let small = UploadRules(maximumBytes: 20 * 1_048_576, allowed: [.pdf])
        let big = [UInt8](repeating: 0x25, count: 20 * 1_048_576 + 1)
        #expect(refusal(big, "groot.pdf", rules: small) == .tooLarge(maximumBytes: 20 * 1_048_576))
        #expect(refusal(big, "groot.pdf", rules: small)?.dutch == "Het bestand is te groot: het maximum is 20 MB.")
        #expect(
            UploadRefusal.tooLarge(maximumBytes: 1_572_864).dutch == "Het bestand is te groot: het maximum is 1,5 MB.")
        #expect(
            UploadRefusal.tooLarge(maximumBytes: 1_572_864).english == "The file is too large: the limit is 1.5 MB.")
        #expect(refusal(pdf, "verslag") == .unknownExtension(""))
        #expect(refusal(pdf, "archief.zip") == .unknownExtension("zip"))
        #expect(refusal(pdf, "archief.zip")?.dutch == "Bestanden met de extensie .zip kunnen niet worden opgeladen.")
        let imagesOnly = refusal(pdf, "verslag.pdf", rules: .images)
        #expect(imagesOnly == .notAllowed(.pdf, allowed: [.png, .jpeg, .gif, .webp]))
        #expect(imagesOnly?.dutch == "Een PDF kan hier niet worden opgeladen. Toegelaten: .png, .jpg, .gif, .webp.")
        #expect(imagesOnly?.english == "A PDF cannot be uploaded here. Allowed: .png, .jpg, .gif, .webp.")
    }

    // MARK: file names

    @Test func safeFileNames() {
        #expect(FileSniff.safeFileName("../../etc/passwd") == "passwd")
        #expect(FileSniff.safeFileName("C:\\Users\\An\\Rapport 2024.PDF") == "Rapport 2024.pdf")
        #expect(FileSniff.safeFileName("factuur\u{202E}fdp.exe") == "factuurfdp.exe")
        #expect(FileSniff.safeFileName("a\u{0}b\u{7}c\nd.txt") == "abcd.txt")
        #expect(FileSniff.safeFileName("  ..verborgen.txt. ") == "verborgen.txt")
        #expect(FileSniff.safeFileName("wat? \"dit\" <is> *het*: a|b.csv") == "wat_ _dit_ _is_ _het__ a_b.csv")
        #expect(FileSniff.safeFileName(".pdf") == "bestand.pdf")
        #expect(FileSniff.safeFileName("") == "bestand")
        #expect(FileSniff.safeFileName("CON.txt") == "_CON.txt")
        // Decomposed accents are composed: "e" + U+0301 becomes "é".
        #expect(FileSniff.safeFileName("Verslag e\u{301}e\u{301}n.pdf") == "Verslag één.pdf")
        let long = FileSniff.safeFileName(String(repeating: "woord ", count: 60) + "einde.docx")
        #expect(long.count == 120)
        #expect(long.hasSuffix(".docx"))
        #expect(long.hasPrefix("woord woord"))
    }

    @Test func contentDispositionHasAnASCIIFallbackAndTheFullName() throws {
        let file = try check(pdf, "Verslag één \"coördinatie\" 100%.pdf").get()
        #expect(file.fileName == "Verslag één _coördinatie_ 100%.pdf")
        #expect(
            file.contentDisposition(inline: false)
                == "attachment; filename=\"Verslag een _coordinatie_ 100_.pdf\"; "
                + "filename*=UTF-8''Verslag%20%C3%A9%C3%A9n%20_co%C3%B6rdinatie_%20100%25.pdf")
        #expect(file.contentDisposition(inline: true).hasPrefix("inline; filename=\"Verslag"))
        let plain = try check(png, "kaart.png").get()
        #expect(plain.contentDisposition(inline: true) == "inline; filename=\"kaart.png\"; filename*=UTF-8''kaart.png")
    }
}
