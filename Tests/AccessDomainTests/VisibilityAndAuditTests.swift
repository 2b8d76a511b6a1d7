import AccessDomain
import Testing

@Suite("Restricted data and audit differences")
struct VisibilityAndAuditTests {
    let restrictions = [
        DataRestriction(group: 1, indicator: "inkomen"),
        DataRestriction(group: 2, indicator: "leefloon", level: "statsec2024"),
        DataRestriction(group: 3, indicator: "leefloon", level: "statsec2024"),
    ]
    let dependencies: [String: Set<String>] = ["inkomen_per_inwoner": ["inkomen", "bevolking"], "aandeel_leefloon": ["leefloon", "bevolking"]]

    @Test func outsidersSeeNeitherTheIndicatorNorTheLevel() {
        let visibility = Visibility(restrictions: restrictions, groups: [], dependencies: dependencies)
        #expect(visibility.hides(indicator: "inkomen"))
        #expect(visibility.hides(indicator: "inkomen", level: "gemeente2024"))
        #expect(!visibility.hides(indicator: "leefloon"))
        #expect(visibility.hides(indicator: "leefloon", level: "statsec2024"))
        #expect(!visibility.hides(indicator: "leefloon", level: "ggw72024"))
        #expect(!visibility.hides(indicator: "bevolking", level: "statsec2024"))
    }

    @Test func formulasInheritTheRestrictionsOfTheirSources() {
        let visibility = Visibility(restrictions: restrictions, groups: [], dependencies: dependencies)
        #expect(visibility.hides(indicator: "inkomen_per_inwoner"))
        #expect(visibility.hides(indicator: "aandeel_leefloon", level: "statsec2024"))
        #expect(!visibility.hides(indicator: "aandeel_leefloon", level: "gemeente2024"))
    }

    /// statsec2024 → ggw72024 → gemeente2024 → provincie2024, and statsec2019 → statsec2024.
    let levelsBelow: [String: Set<String>] = [
        "statsec2024": ["statsec2019"],
        "ggw72024": ["statsec2024", "statsec2019"],
        "gemeente2024": ["ggw72024", "statsec2024", "statsec2019"],
        "provincie2024": ["gemeente2024", "ggw72024", "statsec2024", "statsec2019"],
    ]

    @Test func aRestrictionCoversEveryLevelItCanBeRebuiltFrom() {
        let restrictions = [DataRestriction(group: 1, indicator: "leefloon", level: "ggw72024")]
        let visibility = Visibility(restrictions: restrictions, groups: [], levelsBelow: levelsBelow)
        // Summing the sectors (of either year) gives the wijk: they are hidden too.
        #expect(visibility.hides(indicator: "leefloon", level: "ggw72024"))
        #expect(visibility.hides(indicator: "leefloon", level: "statsec2024"))
        #expect(visibility.hides(indicator: "leefloon", level: "statsec2019"))
        // The levels above stay public.
        #expect(!visibility.hides(indicator: "leefloon", level: "gemeente2024"))
        #expect(!visibility.hides(indicator: "leefloon", level: "provincie2024"))
        // Members still see every level.
        #expect(Visibility(restrictions: restrictions, groups: [1], levelsBelow: levelsBelow).hidesNothing)
    }

    @Test func formulasInheritTheLevelsBelowToo() {
        let restrictions = [DataRestriction(group: 1, indicator: "leefloon", level: "ggw72024")]
        let visibility = Visibility(restrictions: restrictions, groups: [], dependencies: dependencies, levelsBelow: levelsBelow)
        #expect(visibility.hides(indicator: "aandeel_leefloon", level: "statsec2024"))
        #expect(visibility.hides(indicator: "aandeel_leefloon", level: "ggw72024"))
        #expect(!visibility.hides(indicator: "aandeel_leefloon", level: "gemeente2024"))
    }

    @Test func anIndicatorWhoseThresholdBaseIsHiddenIsHiddenTheSameWay() {
        // 'eigen' is suppressed where 'leefloon' is below its threshold: 'ok' or 'x' would tell the hidden value.
        let restrictions = [DataRestriction(group: 1, indicator: "leefloon", level: "gemeente2024"), DataRestriction(group: 1, indicator: "inkomen")]
        let dependencies: [String: Set<String>] = ["eigen": ["leefloon"], "eigen_inkomen": ["inkomen"], "eigen_aandeel": ["eigen", "leefloon"]]
        let visibility = Visibility(restrictions: restrictions, groups: [], dependencies: dependencies, levelsBelow: levelsBelow)
        #expect(visibility.hides(indicator: "eigen", level: "gemeente2024"))
        #expect(visibility.hides(indicator: "eigen", level: "statsec2024"))
        #expect(!visibility.hides(indicator: "eigen", level: "provincie2024"))
        #expect(visibility.hides(indicator: "eigen_inkomen"))
        #expect(visibility.hides(indicator: "eigen_aandeel", level: "ggw72024"))
    }

    @Test func membersOfAnyAllowedGroupSeeIt() {
        let memberOf3 = Visibility(restrictions: restrictions, groups: [3], dependencies: dependencies)
        #expect(!memberOf3.hides(indicator: "leefloon", level: "statsec2024"))
        #expect(memberOf3.hides(indicator: "inkomen"))
        #expect(Visibility(restrictions: restrictions, groups: [], seesEverything: true).hidesNothing)
    }

    @Test func auditChangesListOnlyWhatDiffers() {
        let changes = AuditChange.between(["naam": "An", "rol": "viewer"], ["naam": "An", "rol": "editor", "actief": "ja"])
        #expect(changes == [AuditChange(field: "actief", before: nil, after: "ja"), AuditChange(field: "rol", before: "viewer", after: "editor")])
        #expect(AuditChange.between(nil, ["a": "1"]) == [AuditChange(field: "a", before: nil, after: "1")])
        #expect(AuditChange.between(["a": "1"], nil) == [AuditChange(field: "a", before: "1", after: nil)])
        #expect(AuditChange.between(["a": "1"], ["a": "1"]).isEmpty)
    }
}

@Suite("Restrictions as text")
struct RestrictionTextTests {
    @Test func readsAndWritesIndicatorAndLevel() {
        #expect(DataRestriction.parse(" leefloon @ statsec2024 ")! == ("leefloon", "statsec2024"))
        #expect(DataRestriction.parse("inkomen")! == ("inkomen", nil))
        #expect(DataRestriction.parse("inkomen@")! == ("inkomen", nil))
        #expect(DataRestriction.parse("  ") == nil)
        #expect(DataRestriction.parse("@gemeente2024") == nil)
        #expect(DataRestriction(group: 1, indicator: "leefloon", level: "statsec2024").text == "leefloon@statsec2024")
        #expect(DataRestriction(group: 1, indicator: "inkomen").text == "inkomen")
    }
}
