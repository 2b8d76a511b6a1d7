import DienstenDomain
import Foundation
import Testing

@Suite("Screening: the shipped rules and their cases")
struct ScreeningCaseTests {
    static func shippedRules() throws -> EligibilityRuleSet {
        try RuleFile.decode(try ScreeningResources.ruleFile()).get()
    }

    @Test func theShippedRuleFileReadsWithoutProblemsAndCoversTheFourteenDemoRights() throws {
        let rules = try Self.shippedRules()
        #expect(rules.version == 1)
        #expect(rules.validFrom == CalendarDay("2026-01-01"))
        #expect(Set(rules.rules.map(\.key)) == Set((900101...900114).map(String.init)))
        let conditions = rules.rules.flatMap(\.conditions)
        #expect(conditions.allSatisfy { !$0.source.isEmpty && !$0.label.en.isEmpty && !$0.explanation.nl.isEmpty })
        #expect(conditions.contains { $0.indicative })
    }

    @Test func everyCaseFilePassesOnTheShippedRules() throws {
        let rules = try Self.shippedRules()
        let files = try ScreeningResources.caseFiles()
        #expect(files.count >= 4)
        #expect(files.reduce(0) { $0 + $1.cases.count } >= 20)
        let failures = ScreeningResources.failures(of: files, with: rules)
        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
    }

    @Test func theCasesCoverEveryOutcome() throws {
        let outcomes = try ScreeningResources.caseFiles().flatMap(\.cases).flatMap { $0.expected.values.map(\.outcome) }
        #expect(Set(outcomes) == Set(ScreeningOutcome.allCases))
    }

    @Test func aCaseThatNoLongerHoldsIsReportedWithItsRightAndWhatDiffers() throws {
        // setup: the leefloon threshold for a single person lowered below the case's income
        var rules = try Self.shippedRules()
        let index = try #require(rules.rules.firstIndex { $0.key == "900101" })
        rules.rules[index].conditions.removeAll { $0.id == "inkomen" }
        rules.rules[index].conditions.append(
            RuleCondition(
                id: "inkomen", label: .init(nl: "Laag inkomen", en: "Low income"), explanation: .init(nl: "x", en: "x"),
                test: .compare(.monthlyNetIncome, .less, .number(100)), source: "test", indicative: true))
        // act
        let failures = ScreeningResources.failures(of: try ScreeningResources.caseFiles(), with: rules)
        // check
        let single = try #require(failures.first { $0.caseName == "Alleenstaande met leefloon in Gent" })
        #expect(single.file == "gezinnen.json")
        #expect(single.problems.contains("900101: outcome unlikely, expected likely"))
        #expect(single.problems.contains("900101: unmet [inkomen], expected []"))
    }

    @Test func theRuleFileRoundTripsThroughItsOwnWriter() throws {
        let rules = try Self.shippedRules()
        let written = RuleFile.encode(rules)
        #expect(try RuleFile.decode(written).get() == rules)
        #expect(String(decoding: written, as: UTF8.self).contains("\"op\": \"has status\""))
    }
}
