import Foundation
import PlannenDomain
import Testing

/// Amounts as people type them, and the ones that could be misread.
@Suite("Amount parsing")
struct AmountParsingTests {
    func amount(_ text: String) -> Decimal? { try? AmountParsing.parse(text).get() }

    func reason(_ text: String) -> String? {
        if case .failure(let problem) = AmountParsing.parse(text) { return problem.reason }
        return nil
    }

    @Test(arguments: [
        ("1234", "1234"), ("1234,5", "1234.5"), ("1234.56", "1234.56"), ("-250", "-250"), ("−250,75", "-250.75"),
        ("1.234.567", "1234567"), ("1.234.567,89", "1234567.89"), ("1 234 567,89", "1234567.89"),
        ("1 234.5", "1234.5"), ("1,234,567.89", "1234567.89"), ("€ 12.500,00", "12500"), ("0.125", "0.125"),
        ("1234.567", "1234.567"), ("12,500", "12.5"), ("+15", "15"), ("1\u{00A0}000", "1000"),
    ])
    func readsUnambiguousAmounts(text: String, expected: String) {
        #expect(amount(text) == Decimal(string: expected, locale: Locale(identifier: "en_US_POSIX")))
    }

    @Test func refusesAmbiguousOrMalformedText() {
        // One point and three digits could be a thousand or a fraction.
        #expect(reason("1.234") == "'1.234' is dubbelzinnig: schrijf het bedrag zonder duizendtallen (1234) of met een decimale komma (1,234)")
        #expect(reason("12.500") != nil)
        #expect(reason("1,234,567") == "'1,234,567' heeft meer dan één decimale komma")
        #expect(reason("1.23.456") == "'1.23.456' heeft duizendtallen op de verkeerde plaats")
        #expect(reason("1 234.567,8") == "'1 234.567,8' mengt spaties en punten als duizendtallen")
        #expect(reason("12 34") == "'12 34' heeft duizendtallen op de verkeerde plaats")
        #expect(reason("1.234,5.6") == "'1.234,5.6' heeft meer dan één decimaalteken")
        #expect(reason("twaalf") == "'twaalf' is geen bedrag")
        #expect(reason("12,") == "'12,' is geen bedrag")
        #expect(reason("") == "'' is geen bedrag")
    }
}
