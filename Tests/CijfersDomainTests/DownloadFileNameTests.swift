import CijfersDomain
import Foundation
import Testing

@Suite("Download file names and CSV forms")
struct DownloadFileNameTests {
    @Test func nameSaysWhatWhereAndWhen() {
        // setup: the wijken of Gent, four years
        let name = DownloadFileName(subjects: ["Elektriciteitsverbruik residentieel"], level: "wijken", within: ["Gent"],
                                    periods: ["2018", "2019", "2020", "2021"])
        // check
        #expect(name.ascii(extension: "csv") == "elektriciteitsverbruik-residentieel_wijken-gent_2018-2021.csv")
        #expect(name.contentDisposition(extension: "csv")
                == "attachment; filename=\"elektriciteitsverbruik-residentieel_wijken-gent_2018-2021.csv\"; "
                + "filename*=UTF-8''elektriciteitsverbruik-residentieel_wijken-gent_2018-2021.csv")
    }

    @Test func accentsAreFoldedInTheASCIINameAndKeptInTheFullOne() {
        let name = DownloadFileName(subjects: ["Aantal inwoners (België)"], level: "Gemeente", within: ["Liège", "Ærøskøbing"],
                                    periods: ["2024"], suffix: "kaart")
        #expect(name.ascii(extension: "svg") == "aantal-inwoners-belgie_gemeente-liege+aeroskobing_2024_kaart.svg")
        #expect(name.unicode(extension: "svg") == "aantal-inwoners-belgië_gemeente-liège+ærøskøbing_2024_kaart.svg")
        let header = name.contentDisposition(extension: "svg", inline: true)
        #expect(header.hasPrefix("inline; filename=\"aantal-inwoners-belgie_"))
        // RFC 5987: the UTF-8 bytes of ë are %C3%AB; no raw non-ASCII byte and no quote in the header.
        #expect(header.contains("filename*=UTF-8''aantal-inwoners-belgi%C3%AB_gemeente-li%C3%A8ge+%C3%A6r%C3%B8sk%C3%B8bing_2024_kaart.svg"))
        #expect(header.allSatisfy { $0.isASCII })
    }

    @Test(arguments: [
        ("x/../y", "x-y"), ("a\"b;c\r\nd", "a-b-c-d"), ("  ", ""), ("ÉÉN", "een"), ("v2506_elek_res_n", "v2506-elek-res-n"),
        ("中文", ""), ("Straße", "strasse"), ("=1+2", "1-2"),
    ])
    func oddTextBecomesASafeSlug(text: String, slug: String) {
        #expect(DownloadFileName.asciiSlug(text) == slug)
    }

    @Test func oddCodesNeverMakeAnUnsafeOrEmptyName() {
        let name = DownloadFileName(subjects: ["../../etc/passwd", "中文"], level: "", within: [], periods: [])
        let file = name.ascii(extension: "csv")
        #expect(file == "etc-passwd.csv")
        #expect(DownloadFileName(subjects: [], level: "", periods: []).ascii(extension: "csv") == "stadsbeeld.csv")
        // The full name keeps the Chinese letters, percent-encoded in the header.
        #expect(name.unicode(extension: "csv") == "etc-passwd+中文.csv")
    }

    @Test func longNamesAreCutBetweenWords() {
        let long = String(repeating: "zeer lange indicatornaam ", count: 12)
        let name = DownloadFileName(subjects: [long], level: "statistische sectoren", within: ["Antwerpen"], periods: ["2020", "2024"])
        let file = name.ascii(extension: "xlsx")
        let stem = file.dropLast(".xlsx".count)
        #expect(stem.count <= DownloadFileName.maximumLength)
        // the subject loses words; where and when stay whole
        #expect(stem.hasSuffix("_statistische-sectoren-antwerpen_2020-2024"))
        #expect(stem.hasPrefix("zeer-lange-indicatornaam-zeer"))
        #expect(!stem.contains("--") && !stem.contains("-_"))
        #expect(file.hasSuffix(".xlsx"))
    }

    @Test func belgianNumbersHaveADecimalCommaAndNoThousandsSeparator() {
        #expect(CSVDialect.belgian.number(1234.5) == "1234,5")
        #expect(CSVDialect.belgian.number(-0.25) == "-0,25")
        #expect(CSVDialect.belgian.number(2_000_000) == "2000000")
        #expect(CSVDialect.plain.number(1234.5) == "1234.5")
        #expect(CSVDialect.plain.number(0.00001) == "0.00001")
        #expect(CSVDialect.belgian.number(0.00001) == "0,00001")
        #expect(CSVDialect.plain.number(1.5e-7) == "0.00000015")
        #expect(CSVDialect.belgian.separator == ";" && CSVDialect.plain.separator == ",")
        #expect(CSVDialect.belgian.byteOrderMark.utf8.elementsEqual([0xEF, 0xBB, 0xBF]))
        #expect(CSVDialect.plain.byteOrderMark.isEmpty)
    }

    @Test(arguments: [0.1, 1.0 / 3.0, 123456.789, -98.7654321, 5e-4, 99999.99, 1.5e-7, -2.5e-12, 1e14 + 0.5])
    func numbersReadBackExactly(value: Double) {
        #expect(Double(CSVDialect.plain.number(value)) == value)
        #expect(Double(CSVDialect.belgian.number(value).replacingOccurrences(of: ",", with: ".")) == value)
    }
}
