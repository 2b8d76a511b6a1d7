import Testing
@testable import CijfersDomain

/// A small territory with every kind of level, shared by the hierarchy and aggregation tests.
///
///     provincie  P(1000)
///     gemeente   G1(100)              G2(200)        centrumsteden C(5000) = {G1}
///     wijk       W1(10)      W2(11)   W3(20)
///     statsec    S1(1) S2(2) S3(3)    S4(4) S5(5)
///
/// The statsec → gemeente links are there too, as in the real (transitive) tables.
enum Territory {
    static let s1 = 1, s2 = 2, s3 = 3, s4 = 4, s5 = 5
    static let w1 = 10, w2 = 11, w3 = 20
    static let g1 = 100, g2 = 200
    static let province = 1000
    static let centrumsteden = 5000

    static let levelOf: [Int: String] = [
        s1: "statsec", s2: "statsec", s3: "statsec", s4: "statsec", s5: "statsec",
        w1: "wijk", w2: "wijk", w3: "wijk",
        g1: "gemeente", g2: "gemeente",
        province: "provincie",
        centrumsteden: "centrumsteden",
    ]

    static let links: [(child: Int, parent: Int)] = [
        (s1, w1), (s2, w1), (s3, w2), (s4, w3), (s5, w3),
        (w1, g1), (w2, g1), (w3, g2),
        (s1, g1), (s2, g1), (s3, g1), (s4, g2), (s5, g2),
        (g1, province), (g2, province),
        (g1, centrumsteden),
    ]

    static let hierarchy = AreaHierarchy(levelOf: levelOf, links: links)
}

@Suite("Area hierarchy")
struct AreaHierarchyTests {
    let hierarchy = Territory.hierarchy

    @Test("Parents and children are the direct links")
    func directLinks() {
        #expect(Set(hierarchy.parents(of: Territory.s1)) == [Territory.w1, Territory.g1])
        #expect(Set(hierarchy.children(of: Territory.w1)) == [Territory.s1, Territory.s2])
        #expect(hierarchy.parents(of: Territory.province).isEmpty)
        #expect(hierarchy.children(of: Territory.s1).isEmpty)
        #expect(hierarchy.parents(of: 999_999).isEmpty)
    }

    @Test("The ancestor at a level is found through intermediate levels")
    func ancestor() {
        #expect(hierarchy.ancestor(of: Territory.s3, atLevel: "wijk") == Territory.w2)
        #expect(hierarchy.ancestor(of: Territory.s3, atLevel: "gemeente") == Territory.g1)
        #expect(hierarchy.ancestor(of: Territory.s5, atLevel: "provincie") == Territory.province)
        #expect(hierarchy.ancestor(of: Territory.w1, atLevel: "centrumsteden") == Territory.centrumsteden)
        // G2 is no centrumstad: a group level does not cover the territory.
        #expect(hierarchy.ancestor(of: Territory.s4, atLevel: "centrumsteden") == nil)
        #expect(hierarchy.ancestor(of: Territory.s1, atLevel: "statsec") == nil)
        #expect(hierarchy.ancestor(of: Territory.s1, atLevel: "gewest") == nil)
    }

    @Test("Descendants at a level, transitively")
    func descendants() {
        #expect(Set(hierarchy.descendants(of: Territory.g1, atLevel: "statsec")) == [1, 2, 3])
        #expect(Set(hierarchy.descendants(of: Territory.province, atLevel: "wijk")) == [10, 11, 20])
        #expect(Set(hierarchy.descendants(of: Territory.province, atLevel: "statsec")) == [1, 2, 3, 4, 5])
        #expect(Set(hierarchy.descendants(of: Territory.centrumsteden, atLevel: "statsec")) == [1, 2, 3])
        // Reached both directly and through a wijk, yet listed once.
        #expect(hierarchy.descendants(of: Territory.g1, atLevel: "statsec").count == 3)
        #expect(hierarchy.descendants(of: Territory.s1, atLevel: "statsec").isEmpty)
    }

    @Test("Links to areas without a level are ignored")
    func unknownAreasIgnored() {
        let hierarchy = AreaHierarchy(levelOf: [1: "a", 2: "b"], links: [(1, 2), (1, 3), (4, 2)])
        #expect(hierarchy.parents(of: 1) == [2])
        #expect(hierarchy.children(of: 2) == [1])
        #expect(hierarchy.levelGraph.edges == [LevelGraph.Edge(child: "a", parent: "b")])
    }

    @Test("A cycle in broken links ends the search instead of looping")
    func cycleTerminates() {
        let hierarchy = AreaHierarchy(levelOf: [1: "a", 2: "b", 3: "c"], links: [(1, 2), (2, 1), (2, 3)])
        #expect(hierarchy.ancestor(of: 1, atLevel: "c") == 3)
        #expect(hierarchy.ancestor(of: 1, atLevel: "z") == nil)
        #expect(hierarchy.descendants(of: 1, atLevel: "z").isEmpty)
    }

    @Test("Aggregation steps go bottom-up, each from the nearest child level")
    func steps() throws {
        let steps = hierarchy.aggregationSteps()
        let pairs = steps.map { "\($0.childLevel)>\($0.parentLevel)" }
        #expect(Set(pairs) == ["statsec>wijk", "wijk>gemeente", "gemeente>provincie", "gemeente>centrumsteden"])
        // No step from statsec straight to gemeente although those links exist.
        #expect(!pairs.contains("statsec>gemeente"))
        let index = { (pair: String) in try #require(pairs.firstIndex(of: pair)) }
        #expect(try index("statsec>wijk") < index("wijk>gemeente"))
        #expect(try index("wijk>gemeente") < index("gemeente>provincie"))
        #expect(try index("wijk>gemeente") < index("gemeente>centrumsteden"))

        let toWijk = try #require(steps.first { $0.parentLevel == "wijk" })
        #expect(toWijk.parentOf == [1: 10, 2: 10, 3: 11, 4: 20, 5: 20])
        let toGemeente = try #require(steps.first { $0.parentLevel == "gemeente" })
        #expect(toGemeente.parentOf == [10: 100, 11: 100, 20: 200])
        let toGroup = try #require(steps.first { $0.parentLevel == "centrumsteden" })
        #expect(toGroup.parentOf == [100: 5000])
    }
}
