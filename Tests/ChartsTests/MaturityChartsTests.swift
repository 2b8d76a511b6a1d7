import Charts
import Testing

@Suite("Maturity charts")
struct MaturityChartsTests {
    @Test func profilePlacesScoresOnTheScale() {
        let chart = MaturityProfileChart(
            id: "profiel", title: "Profiel <van> Gent", description: "d",
            rows: [.init(theme: "Strategie", score: 3, median: 5), .init(theme: "Monitoring", score: nil, median: 1)],
            levels: (1...5).map { ($0, "niveau \($0)") }, organisationLabel: "Gent", width: 780)
        let svg = chart.render().markup
        // The scale runs from x = 300 (level 1) to 756 (level 5): 3 sits halfway, at 528.
        #expect(svg.contains("cx=\"528\""))
        #expect(svg.contains("fill=\"#fee08b\""))
        // The median as a diamond: 5 at 756, 1 at 300.
        #expect(svg.contains("M756 "))
        #expect(svg.contains("M300 "))
        #expect(svg.contains(">geen score<"))
        #expect(svg.contains("Profiel &lt;van&gt; Gent"))
        #expect(!svg.contains("<van>"))
    }

    @Test func distributionStacksLevelsBetweenAndMissing() {
        let chart = LevelDistributionChart(
            id: "verdeling", title: "t", description: "d",
            rows: [.init(theme: "Strategie", onLevel: [3: 6, 4: 3], betweenLevels: [2: 1, 3: 1], missing: 1)], levels: [1, 2, 3, 4, 5])
        let svg = chart.render().markup
        #expect(svg.contains("<title>Strategie: niveau 3: 6</title>"))
        #expect(svg.contains("<title>Strategie: tussen 2 en 3: 1</title>"))
        #expect(svg.contains("fill=\"url(#verdeling-tussen-2)\""))
        #expect(svg.contains("<title>Strategie: geen score: 1</title>"))
        #expect(svg.contains(">12</text>"))
        #expect(!svg.contains("niveau 1:"))
    }
}
