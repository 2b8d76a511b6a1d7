import Foundation
import Testing

@testable import Charts

/// The whole of Flanders by wijk (statistical neighbourhoods, ggw7): the largest map the site draws.
@Suite struct MapSizeTests {
    @Test func flandersWideWijkMapStaysUnderOnePointFiveMegabytes() throws {
        let url = TestSupport.dataDirectory.appendingPathComponent("gebiedsniveaus/ggw72024.geojson")
        let parseStart = ContinuousClock.now
        let parsed = try #require(GeoFeatureCollection.parse(data: Data(contentsOf: url)))
        let parseTime = ContinuousClock.now - parseStart
        #expect(parsed.count > 2500)

        var features: [MapFeature] = []
        for (index, feature) in parsed.enumerated() {
            let geometry = try #require(feature.geometry, "wijk \(index) has no polygon")
            let code = feature.properties["geoitem"] ?? "\(index)"
            // Fake but varied values, with a sprinkling of secret and missing figures.
            let value = Double((index * 7919) % 1000) / 10
            let status: MapFeature.Status =
                index % 97 == 0 ? .suppressed : index % 89 == 0 ? .noData : .value(value)
            let label: String =
                switch status {
                case .value: DutchNumberFormat.string(value, decimals: 1, unit: "%")
                case .suppressed: "x (geheim)"
                default: "geen gegevens"
                }
            features.append(
                MapFeature(
                    id: code, name: feature.properties["naam"] ?? code, geometry: geometry, status: status,
                    label: label))
        }
        let breaks = Classifier.breaks(features.compactMap(\.value), method: .jenks, classes: 5)

        let renderStart = ContinuousClock.now
        let map = ChoroplethMap(
            id: "wijken", title: "Alle wijken van Vlaanderen", description: "Proefkaart met verzonnen waarden",
            features: features, breaks: breaks, palette: .blues, unit: "%", width: 800, height: 480)
        let svg = map.render()
        let renderTime = ContinuousClock.now - renderStart

        print("Wijkkaart Vlaanderen: \(features.count) wijken, \(svg.byteCount) bytes")
        print("  render \(renderTime), parse of the GeoJSON \(parseTime)")
        #expect(svg.byteCount < 1_500_000)
        #expect(TestSupport.occurrences(of: "<path ", in: svg.markup) == features.count)
        #expect(svg.markup.contains(#"<pattern id="wijken-geheim""#))
        #expect(TestSupport.isWellFormed(svg))
        let legend = map.legend()
        #expect(TestSupport.occurrences(of: "<rect ", in: legend.markup) >= 7)  // 5 classes + 2 kinds of missing
    }
}
