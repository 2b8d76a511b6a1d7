import DienstenDomain
import Foundation
import Testing

@Suite("Screening: the engine")
struct ScreeningEngineTests {
    let day = CalendarDay("2026-06-01")!

    func condition(_ id: String, _ test: RuleTest) -> RuleCondition {
        RuleCondition(id: id, label: .init(nl: id, en: id), explanation: .init(nl: "", en: ""), test: test, source: "test 2026-06-01", indicative: false)
    }

    func rules(_ rules: [EligibilityRule]) -> EligibilityRuleSet {
        EligibilityRuleSet(version: 7, validFrom: day, note: "", rules: rules)
    }

    var adult: RuleCondition { condition("adult", .compare(.age, .greaterOrEqual, .number(18))) }
    var poor: RuleCondition { condition("poor", .compare(.monthlyNetIncome, .less, .number(1000))) }

    @Test func aFieldTheProfileLeavesEmptyIsUnknownNeverAssumed() {
        let set = rules([EligibilityRule(key: "1", name: .init(nl: "R", en: "R"), conditions: [adult, poor])])
        let right = RightToScreen(key: "r1", productNumber: "1", concept: nil, name: "R")
        let result = Screening.screen(ClientProfile(age: 30), rights: [right], rules: set, on: day)
        let screened = result.rights[0]
        #expect(screened.outcome == .possible)
        #expect(screened.met.map(\.condition.id) == ["adult"])
        #expect(screened.unknown.map(\.condition.id) == ["poor"])
        #expect(screened.unknown[0].questions == [.field(.monthlyNetIncome)])
        #expect(result.questions == [.field(.monthlyNetIncome)])
        #expect(result.version == 7)
        let comparison = screened.met[0].comparisons[0]
        #expect(comparison.observed == .value(.number(30)))
        #expect(comparison.expected == .number(18))
        #expect(comparison.op == .greaterOrEqual)
    }

    @Test func resultsAreOrderedLikelyPossibleUnlikelyThenNoRules() {
        let set = rules([
            EligibilityRule(key: "a", name: .init(nl: "A", en: "A"), conditions: [adult]),
            EligibilityRule(key: "b", name: .init(nl: "B", en: "B"), conditions: [poor]),
            EligibilityRule(key: "c", name: .init(nl: "C", en: "C"), conditions: [condition("child", .compare(.age, .less, .number(18)))]),
        ])
        let rights = ["none", "c", "b", "a"].map { RightToScreen(key: $0, productNumber: $0, concept: nil, name: $0) }
        let result = Screening.screen(ClientProfile(age: 40), rights: rights, rules: set, on: day)
        #expect(result.rights.map(\.right.key) == ["a", "b", "c", "none"])
        #expect(result.rights.map(\.outcome) == [.likely, .possible, .unlikely, .noRules])
        #expect(result.counts[.likely] == 1)
    }

    @Test func anUnlikelyRightAsksNothingMoreOfTheClient() {
        let set = rules([EligibilityRule(key: "a", name: .init(nl: "A", en: "A"), conditions: [adult, poor])])
        let right = RightToScreen(key: "a", productNumber: "a", concept: nil, name: "A")
        let result = Screening.screen(ClientProfile(age: 12), rights: [right], rules: set, on: day)
        #expect(result.rights[0].outcome == .unlikely)
        #expect(result.questions.isEmpty)
    }

    @Test func groupsUseThreeValuedLogic() {
        let anyTest = RuleTest.any([.status(.leefloon, has: true), .compare(.yearlyTaxableIncome, .lessOrEqual, .number(26000))])
        let allTest = RuleTest.all([.compare(.household, .equal, .code("alleenstaand")), .compare(.monthlyNetIncome, .less, .number(1320))])
        func state(_ test: RuleTest, _ profile: ClientProfile) -> ConditionState {
            Screening.evaluate(condition("x", test), profile, day).state
        }
        #expect(state(anyTest, ClientProfile()) == .unknown)
        #expect(state(anyTest, ClientProfile(statuses: [.leefloon])) == .met)
        #expect(state(anyTest, ClientProfile(yearlyTaxableIncome: 30000)) == .unknown)
        #expect(state(anyTest, ClientProfile(yearlyTaxableIncome: 30000, absentStatuses: [.leefloon])) == .unmet)
        #expect(state(allTest, ClientProfile(monthlyNetIncome: 5000)) == .unmet)
        #expect(state(allTest, ClientProfile(monthlyNetIncome: 500)) == .unknown)
        #expect(state(allTest, ClientProfile(household: .alleenstaand, monthlyNetIncome: 500)) == .met)
        #expect(Screening.evaluate(condition("x", allTest), ClientProfile(monthlyNetIncome: 500), day).questions == [.field(.household)])
    }

    @Test func statusesAreAnsweredYesNoOrNotAtAll() {
        let lacks = condition("owner", .status(.eigenaar, has: false))
        #expect(Screening.evaluate(lacks, ClientProfile(), day).state == .unknown)
        #expect(Screening.evaluate(lacks, ClientProfile(), day).questions == [.status(.eigenaar)])
        #expect(Screening.evaluate(lacks, ClientProfile(absentStatuses: [.eigenaar]), day).state == .met)
        #expect(Screening.evaluate(lacks, ClientProfile(statuses: [.eigenaar]), day).state == .unmet)
    }

    @Test func theRegionComesFromTheNISCodeAndInComparesCodes() {
        #expect(Region(nis: "44021") == .vlaanderen)
        #expect(Region(nis: "24062") == .vlaanderen)
        #expect(Region(nis: "21004") == .brussel)
        #expect(Region(nis: "25005") == .wallonie)
        #expect(Region(nis: "92094") == .wallonie)
        #expect(Region(nis: "4402") == nil)
        #expect(Region(nis: "0abcd") == nil)
        let ghent = condition("g", .compare(.municipality, .oneOf, .list([.code("44021"), .code("24062")])))
        #expect(Screening.evaluate(ghent, ClientProfile(municipality: "44021"), day).state == .met)
        #expect(Screening.evaluate(ghent, ClientProfile(municipality: "11002"), day).state == .unmet)
    }

    @Test func theAgeComesFromTheBirthDateOnTheDayOfScreening() {
        let profile = ClientProfile(birthDate: CalendarDay("2008-06-02"))
        #expect(profile.age(on: day) == 17)
        #expect(profile.age(on: CalendarDay("2026-06-02")!) == 18)
        #expect(ClientProfile(birthDate: CalendarDay("2008-02-29")).age(on: CalendarDay("2026-02-28")!) == 17)
    }

    @Test func aRuleMatchesOnProductNumberThenConceptThenKey() {
        let concept = "https://ipdc.vlaanderen.be/id/concept/abc"
        let set = rules([
            EligibilityRule(key: concept, name: .init(nl: "C", en: "C"), conditions: []),
            EligibilityRule(key: "900101", name: .init(nl: "P", en: "P"), conditions: [adult]),
        ])
        #expect(set.rule(productNumber: "900101", concept: concept, key: "k")?.key == "900101")
        #expect(set.rule(productNumber: "999", concept: concept, key: "k")?.key == concept)
        #expect(set.rule(productNumber: nil, concept: nil, key: "900101")?.key == "900101")
        #expect(set.rule(productNumber: "", concept: nil, key: "nothing") == nil)
    }

    @Test func aProfileThatCannotBeTrueIsReportedPerField() {
        let profile = ClientProfile(
            age: 30, birthDate: CalendarDay("2000-01-01"), children: 1, childrenUnder18: 2, municipality: "99",
            monthlyNetIncome: -5, statuses: [.eigenaar], absentStatuses: [.eigenaar])
        let problems = profile.problems(on: day)
        #expect(problems.contains(ProfileProblem(field: "age", issue: .ageDiffersFromBirthDate)))
        #expect(problems.contains(ProfileProblem(field: "childrenUnder18", issue: .moreThanChildren)))
        #expect(problems.contains(ProfileProblem(field: "municipality", issue: .notANISCode)))
        #expect(problems.contains(ProfileProblem(field: "monthlyNetIncome", issue: .outOfRange)))
        #expect(problems.contains(ProfileProblem(field: "status.eigenaar", issue: .bothYesAndNo)))
        #expect(ClientProfile(age: 26, birthDate: CalendarDay("2000-01-01")).problems(on: day).isEmpty)
    }

    @Test func aProfileRoundTripsAsJSONWithoutTheUnknownFields() throws {
        let profile = ClientProfile(age: 40, household: .koppelMetKinderen, statuses: [.student, .leefloon], absentStatuses: [.eigenaar])
        let data = try JSONEncoder().encode(profile)
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("children"))
        #expect(text.contains("\"koppel-met-kinderen\""))
        #expect(try JSONDecoder().decode(ClientProfile.self, from: data) == profile)
    }
}
