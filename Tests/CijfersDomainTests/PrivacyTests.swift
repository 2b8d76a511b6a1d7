import Testing
@testable import CijfersDomain

@Suite("Privacy rule")
struct PrivacyTests {
    func rule(threshold: Double? = 5, roundOff: String? = nil, thresholdCode: String? = nil,
              sampleCode: String? = nil, aggregationCode: String? = nil) -> PrivacyRule {
        PrivacyRule(indicator: Indicator(
            code: "v", name: "v", aggregationCode: aggregationCode, sampleCode: sampleCode,
            thresholdValue: threshold, thresholdCode: thresholdCode, roundOff: roundOff.flatMap(RoundOff.init)))
    }

    @Test("The threshold base: threshold indicator, else sample, else aggregation indicator, else itself")
    func baseOrder() {
        #expect(rule(thresholdCode: "t", sampleCode: "s", aggregationCode: "a").baseCode == "t")
        #expect(rule(sampleCode: "s", aggregationCode: "a").baseCode == "s")
        #expect(rule(aggregationCode: "a").baseCode == "a")
        #expect(rule().baseCode == "v")
        #expect(rule(threshold: nil).needsBase == false)
        #expect(rule().needsBase)
    }

    @Test("A value whose own base is below the threshold is suppressed", arguments: [
        (3.0, PublishedValue.suppressed), (4.999, .suppressed), (-3.0, .suppressed),
        (5.0, .ok(5)), (12.0, .ok(12)), (-7.0, .ok(-7)),
    ])
    func baseIsSelf(value: Double, expected: PublishedValue) {
        #expect(rule().publish(.number(value), base: nil, baseIsSelf: true) == expected)
    }

    @Test("Zero is always shown: 'nobody' reveals nothing about a person")
    func zeroShown() {
        #expect(rule().publish(.number(0), base: nil, baseIsSelf: true) == .ok(0))
        #expect(rule().publish(.number(0), base: .number(1), baseIsSelf: false) == .ok(0))
        #expect(rule().publish(.number(0), base: nil, baseIsSelf: false) == .ok(0))
    }

    @Test("Another indicator as base decides, not the value itself")
    func otherBase() {
        let rule = rule(aggregationCode: "population")
        #expect(rule.publish(.number(2), base: .number(10), baseIsSelf: false) == .ok(2))
        #expect(rule.publish(.number(80), base: .number(4), baseIsSelf: false) == .suppressed)
        #expect(rule.publish(.number(80), base: .number(5), baseIsSelf: false) == .ok(80))
    }

    @Test("Without a known base the value cannot be shown safe and stays hidden")
    func unknownBase() {
        let rule = rule(sampleCode: "respondents")
        #expect(rule.publish(.number(80), base: nil, baseIsSelf: false) == .suppressed)
        #expect(rule.publish(.number(80), base: .missing(.empty), baseIsSelf: false) == .suppressed)
        #expect(rule.publish(.number(80), base: .missing(.noAnswer), baseIsSelf: false) == .suppressed)
    }

    @Test("Without a threshold everything is shown, rounded")
    func noThreshold() {
        let rule = rule(threshold: nil, roundOff: "0.1")
        #expect(rule.publish(.number(1.26), base: nil, baseIsSelf: false) == .ok(1.3))
        #expect(rule.publish(.number(1), base: .number(0), baseIsSelf: false) == .ok(1))
    }

    @Test("The threshold is compared with the unrounded base and the value is rounded after")
    func roundingAfterSuppression() {
        let rule = rule(roundOff: "1")
        #expect(rule.publish(.number(4.6), base: nil, baseIsSelf: true) == .suppressed)
        #expect(rule.publish(.number(5.4), base: nil, baseIsSelf: true) == .ok(5))
    }

    @Test("Missing codes are published as such, never as numbers")
    func missingCodes() {
        for code in MissingCode.allCases {
            #expect(rule().publish(.missing(code), base: .number(100), baseIsSelf: false) == .missing(code))
        }
        #expect(rule().publish(nil, base: .number(100), baseIsSelf: false) == .noData)
        #expect(rule(threshold: nil).publish(.number(.nan), base: nil, baseIsSelf: true) == .noData)
        #expect(rule(threshold: nil).publish(.number(.infinity), base: nil, baseIsSelf: true) == .noData)
    }

    @Test("What a table shows instead of a hidden number")
    func marks() {
        #expect(PublishedValue.ok(3).mark == "")
        #expect(PublishedValue.suppressed.mark == "x")
        #expect(PublishedValue.missing(.sourceSuppressed).mark == "x")
        #expect(PublishedValue.missing(.notApplicable).mark == ".")
        #expect(PublishedValue.missing(.empty).mark == "-")
        #expect(PublishedValue.missing(.noAnswer).mark == "-")
        #expect(PublishedValue.noData.mark == "-")
        #expect(PublishedValue.suppressed.value == nil)
        #expect(PublishedValue.ok(3).value == 3)
    }
}
