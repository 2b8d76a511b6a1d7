import Testing
@testable import CijfersDomain

@Suite("Level graph")
struct LevelGraphTests {
    func graph(_ pairs: [(String, String)]) -> LevelGraph {
        LevelGraph(edges: Set(pairs.map { LevelGraph.Edge(child: $0.0, parent: $0.1) }))
    }

    /// The real tables: statsec2024 → ggw72024 → gemeente2024, and statsec2024 → gemeente2024 as well.
    var real: LevelGraph {
        graph([
            ("statsec2019", "statsec2024"),
            ("statsec2024", "ggw72024"), ("ggw72024", "gemeente2024"), ("statsec2024", "gemeente2024"),
            ("gemeente2024", "provincie2024"), ("provincie2024", "gewest"),
            ("gemeente2024", "centrumsteden"),
        ])
    }

    @Test("A parent level is computed from its nearest child level")
    func nearestChild() {
        let sources = real.sources()
        #expect(sources["gemeente2024"] == "ggw72024")
        #expect(sources["ggw72024"] == "statsec2024")
        #expect(sources["statsec2024"] == "statsec2019")
        #expect(sources["provincie2024"] == "gemeente2024")
        #expect(sources["gewest"] == "provincie2024")
        #expect(sources["centrumsteden"] == "gemeente2024")
        #expect(sources["statsec2019"] == nil)
        #expect(sources.count == 6)
    }

    @Test("The nearest child is found whatever the order of the edges", arguments: [
        [("statsec", "gemeente"), ("statsec", "ggw"), ("ggw", "gemeente")],
        [("ggw", "gemeente"), ("statsec", "gemeente"), ("statsec", "ggw")],
    ])
    func nearestIndependentOfOrder(pairs: [(String, String)]) {
        #expect(graph(pairs).sources()["gemeente"] == "ggw")
    }

    @Test("Of two unrelated child levels the first by name is taken, deterministically")
    func unrelatedChildren() {
        #expect(graph([("b", "top"), ("a", "top")]).sources()["top"] == "a")
    }

    @Test("Parents and ancestors")
    func ancestors() {
        #expect(real.parents(of: "statsec2024") == ["ggw72024", "gemeente2024"])
        #expect(real.ancestors(of: "ggw72024") == ["gemeente2024", "provincie2024", "gewest", "centrumsteden"])
        #expect(real.ancestors(of: "gewest").isEmpty)
    }

    @Test("A level linked to itself is dropped")
    func selfEdge() {
        let graph = graph([("a", "a"), ("a", "b")])
        #expect(graph.edges == [LevelGraph.Edge(child: "a", parent: "b")])
        #expect(graph.sources() == ["b": "a"])
    }

    @Test("Bottom-up order puts every level before the levels it aggregates into")
    func bottomUp() throws {
        let levels = ["centrumsteden", "gemeente2024", "gewest", "ggw72024", "provincie2024", "statsec2019", "statsec2024"]
        let order = real.bottomUpOrder(levels: levels)
        #expect(Set(order) == Set(levels))
        #expect(order.count == levels.count)
        for edge in real.edges {
            let child = try #require(order.firstIndex(of: edge.child))
            let parent = try #require(order.firstIndex(of: edge.parent))
            #expect(child < parent, "\(edge.child) must come before \(edge.parent)")
        }
        #expect(order.first == "statsec2019")
    }

    @Test("Edges to levels outside the list are ignored")
    func levelsOutsideList() {
        #expect(real.bottomUpOrder(levels: ["gemeente2024", "provincie2024"]) == ["gemeente2024", "provincie2024"])
    }

    @Test("Levels caught in a cycle are left out rather than looping")
    func cycle() {
        let graph = graph([("a", "b"), ("b", "a"), ("b", "c"), ("x", "y")])
        #expect(graph.bottomUpOrder(levels: ["a", "b", "c", "x", "y"]) == ["x", "y"])
        #expect(graph.ancestors(of: "a") == ["a", "b", "c"])
    }
}
