import Testing
@testable import CijfersDomain

@Suite("Missing codes and stored values")
struct MissingCodeTests {
    @Test("Swing's four codes are read from the stored number", arguments: [
        (-99996.0, MissingCode.empty), (-99997.0, .sourceSuppressed), (-99998.0, .notApplicable), (-99999.0, .noAnswer),
    ])
    func codes(raw: Double, code: MissingCode) {
        let value = ObservationValue(raw: raw)
        #expect(value == .missing(code))
        #expect(value.number == nil)
        #expect(value.raw == raw)
    }

    @Test("Anything else is a number, even close to a code", arguments: [
        -99995.0, -100_000.0, -99996.5, -99999.000001, 0.0, 3570675.76, -1.0, 99996.0,
    ])
    func numbers(raw: Double) {
        let value = ObservationValue(raw: raw)
        #expect(value == .number(raw))
        #expect(value.number == raw)
        #expect(value.raw == raw)
    }

    @Test("Only 'suppressed by the source' and 'no answer' break a sum")
    func breaksSums() {
        #expect(!MissingCode.empty.breaksSums)
        #expect(MissingCode.sourceSuppressed.breaksSums)
        #expect(!MissingCode.notApplicable.breaksSums)
        #expect(MissingCode.noAnswer.breaksSums)
    }

    @Test("Stable status words, and the same status once published")
    func statuses() {
        #expect(MissingCode.allCases.map(\.status) == ["empty", "source_suppressed", "not_applicable", "no_answer"])
        for code in MissingCode.allCases {
            let published = PublishedValue.missing(code)
            #expect(published.status.rawValue == code.status)
            #expect(published.value == nil)
        }
    }
}
