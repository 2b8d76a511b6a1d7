@testable import Cijfers
import Testing

/// The import's value buffers (`LoadedVectors`): found through arrays, never mixed up.
@Suite("Loaded vectors")
struct LoadedVectorsTests {
    @Test("Each indicator × level × period gets its own buffer, found again in any order, whatever the keys")
    func buffers() {
        // setup: two levels, two periods, indicators with small, large and negative keys
        var vectors = LoadedVectors()
        let p2023 = vectors.periodNumber("2023"), p2024 = vectors.periodNumber("2024")
        #expect(vectors.periodNumber("2023") == p2023)
        let planes = [vectors.plane(level: 3, period: p2024), vectors.plane(level: 7, period: p2024),
                      vectors.plane(level: 3, period: p2023)]
        #expect(vectors.plane(level: 7, period: p2024) == planes[1])
        let indicators = [5, 1, 1 << 30, -2, 40_000]

        // act: every indicator on every plane, twice; a value per buffer in a slot of its own
        var first: [[Int]] = []
        for (n, indicator) in indicators.enumerated() {
            var row: [Int] = []
            for (m, plane) in planes.enumerated() {
                let (index, isNew) = vectors.index(indicator: indicator, plane: plane, slots: 4)
                #expect(isNew)
                vectors.set(index, slot: (n + m) % 4, value: Double(n * 10 + m))
                row.append(index)
            }
            first.append(row)
        }
        for (n, indicator) in indicators.enumerated().reversed() {
            for (m, plane) in planes.enumerated().reversed() {
                let (index, isNew) = vectors.index(indicator: indicator, plane: plane, slots: 4)
                #expect(!isNew)
                #expect(index == first[n][m])
            }
        }

        // check: 15 distinct buffers, each with the scope it was made for and only its own value
        #expect(Set(first.joined()).count == 15)
        #expect(vectors.buffers.count == 15)
        let levels = [3, 7, 3], periods = [p2024, p2024, p2023]
        for (n, indicator) in indicators.enumerated() {
            for m in 0..<planes.count {
                let index = first[n][m]
                let scope = ImportJob.ScopeKey(indicator: indicator, level: levels[m], period: periods[m])
                #expect(vectors.scopes[index] == scope)
                let filled = vectors.buffers[index].enumerated().filter { !$0.element.isNaN }
                #expect(filled.map(\.offset) == [(n + m) % 4])
                #expect(filled.map(\.element) == [Double(n * 10 + m)])
            }
        }
        #expect(vectors.periods == ["2023", "2024"])
    }
}
