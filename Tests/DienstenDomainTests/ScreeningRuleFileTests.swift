import DienstenDomain
import Foundation
import Testing

@Suite("Screening: reading the rule file with located errors")
struct ScreeningRuleFileTests {
    func errors(_ json: String) -> [String] {
        switch RuleFile.decode(Data(json.utf8)) {
        case .success: []
        case .failure(let problems): problems.errors.map(\.description)
        }
    }

    func rule(_ conditions: String, key: String = "900101") -> String {
        """
        {"key": "\(key)", "name": {"nl": "Leefloon", "en": "Leefloon"}, "conditions": [\(conditions)]}
        """
    }

    func condition(_ test: String, id: String = "c") -> String {
        """
        {"id": "\(id)", "label": {"nl": "L", "en": "L"}, "explanation": {"nl": "E", "en": "E"}, "test": \(test), "source": "bron 2025"}
        """
    }

    func file(_ rules: [String]) -> String {
        #"{"version": 1, "validFrom": "2026-01-01", "note": "", "rules": ["# + rules.joined(separator: ",") + "]}"
    }

    @Test func anUnknownOperatorIsReportedAtItsPath() {
        let good = rule(condition(#"{"field": "age", "op": ">=", "value": 18}"#))
        let bad = rule(condition(#"{"field": "age", "op": ">=", "value": 18}"#) + "," + condition(#"{"field": "age", "op": "groter", "value": 18}"#, id: "d"), key: "4")
        let found = errors(file([good, good.replacingOccurrences(of: "900101", with: "2"), good.replacingOccurrences(of: "900101", with: "3"), bad]))
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("rules[3].conditions[1].test.op: unknown operator 'groter'") == true)
    }

    @Test func everyProblemIsReportedNotOnlyTheFirst() {
        let found = errors(file([
            rule(condition(#"{"field": "leeftijd", "op": ">=", "value": 18}"#)),
            rule(condition(#"{"field": "household", "op": "<", "value": "alleenstaand"}"#), key: "2"),
            rule(condition(#"{"field": "household", "op": "=", "value": "vrijgezel"}"#), key: "3"),
            rule(condition(#"{"op": "has status", "value": "rijk"}"#), key: "4"),
            rule(condition(#"{"any": []}"#), key: "5"),
            rule(condition(#"{"field": "age", "op": "in", "value": 18}"#), key: "6"),
            rule(condition(#"{"field": "age", "op": "<", "value": "18"}"#), key: "7"),
        ]))
        #expect(found.count == 7)
        #expect(found[0].hasPrefix("rules[0].conditions[0].test.field: unknown field 'leeftijd'"))
        #expect(found[1] == "rules[1].conditions[0].test.op: operator '<' cannot test field 'household'")
        #expect(found[2].hasPrefix("rules[2].conditions[0].test.value: unknown value 'vrijgezel' (use alleenstaand, samenwonend"))
        #expect(found[3].hasPrefix("rules[3].conditions[0].test.value: unknown status 'rijk'"))
        #expect(found[4] == "rules[4].conditions[0].test.any: a group needs at least one test")
        #expect(found[5] == "rules[5].conditions[0].test.value: must be a list of numbers or texts")
        #expect(found[6] == "rules[6].conditions[0].test.value: must be a number")
    }

    @Test func nestedGroupsAreLocatedToTheInnermostTest() {
        let found = errors(file([rule(condition(#"{"any": [{"op": "has status", "value": "leefloon"}, {"all": [{"field": "age", "op": "=>", "value": 1}]}]}"#))]))
        #expect(found.first?.hasPrefix("rules[0].conditions[0].test.any[1].all[0].op: unknown operator '=>'") == true)
    }

    @Test func missingPartsDuplicatesTyposAndBadDatesAreNamed() {
        let noSource = #"{"id": "c", "label": {"nl": "L", "en": "L"}, "explanation": {"nl": "E"}, "test": {"op": "has status", "value": "student"}, "indicative": true}"#
        let found = errors(
            #"{"validFrom": "2026-02-30", "rules": ["# + rule(noSource) + "," + rule(condition(#"{"op": "has status", "value": "student"}"#)) + "]}")
        #expect(found.contains("validFrom: not a date YYYY-MM-DD: '2026-02-30'"))
        #expect(found.contains("rules[0].conditions[0].indicative: unknown key 'indicative'"))
        #expect(found.contains("rules[0].conditions[0].explanation.en: missing"))
        #expect(found.contains("rules[0].conditions[0].source: missing"))
        #expect(found.contains("rules[1].key: '900101' occurs twice"))
    }

    @Test func duplicateConditionIdsInOneRuleAreRefused() {
        let test = #"{"op": "has status", "value": "student"}"#
        #expect(errors(file([rule(condition(test) + "," + condition(test))])) == ["rules[0].conditions[1].id: 'c' occurs twice"])
    }

    @Test func textThatIsNotJSONSaysSo() {
        let found = errors("{\"rules\": [")
        #expect(found.count == 1)
        #expect(found[0].hasPrefix("(file): not valid JSON"))
        #expect(errors("[]") == ["(file): must be an object"])
    }

    @Test func aBooleanIsNotANumberAndMessagesExistInDutch() throws {
        let found = errors(file([rule(condition(#"{"field": "age", "op": ">=", "value": true}"#))]))
        #expect(found == ["rules[0].conditions[0].test.value: must be a number"])
        guard case .failure(let problems) = RuleFile.decode(Data(file([rule(condition(#"{"field": "age", "op": "groter", "value": 1}"#))]).utf8)) else {
            Issue.record("expected a failure")
            return
        }
        #expect(problems.errors[0].message("nl").hasPrefix("onbekende operator 'groter'"))
    }
}
