import Charts
import Testing

@testable import Cijfers

/// Which names the indicator page's map writes (`IndicatorPage+Map.swift`).
@Suite struct IndicatorMapTests {
    func features(_ count: Int) -> [MapFeature] {
        (0..<count).map { index in
            MapFeature(
                id: "a\(index)", name: "Gebied \(index)", geometry: GeoGeometry(polygons: []),
                status: index == 0 ? .suppressed : .value(Double(index)), label: "")
        }
    }

    @Test func everyAreaIsNamedOnASmallMap() {
        #expect(IndicatorMap.labelled(features(15)) == (0..<15).map { "a\($0)" })
    }

    @Test func aLargeMapNamesTheHighestAndLowestThreeAlternatelyAfterTheChosenOnes() {
        // a0 is secret: it has no rank; a1 is the lowest, a19 the highest.
        #expect(IndicatorMap.labelled(features(20)) == ["a19", "a1", "a18", "a2", "a17", "a3"])
        #expect(IndicatorMap.labelled(features(20), chosen: ["a5", "onbekend", "a19"]) == ["a5", "a19", "a1", "a18", "a2", "a17", "a3"])
    }
}
