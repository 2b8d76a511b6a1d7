import Platform

/// The grid slots of one level, each with its slot in the level's stored vector: computed values are written as
/// vectors by walking these, not by hashing a level × period key per value.
struct LevelRun {
    let level: Int
    let gridSlots: [Int32]
    let levelSlots: [Int32]
    let slotCount: Int

    /// One run per level that has areas in the grid, by level key.
    static func runs(catalog: Catalog, layout: GridLayout) -> [LevelRun] {
        var grid: [Int: [Int32]] = [:], within: [Int: [Int32]] = [:]
        for slot in 0..<layout.keyOfSlot.count where layout.levelOfSlot[slot] >= 0 {
            guard let levelSlot = catalog.slotOfArea[layout.keyOfSlot[slot]] else { continue }
            grid[layout.levelOfSlot[slot], default: []].append(Int32(slot))
            within[layout.levelOfSlot[slot], default: []].append(Int32(levelSlot))
        }
        let codeOf = Dictionary(uniqueKeysWithValues: catalog.levelKeys.map { ($0.value, $0.key) })
        return grid.keys.sorted().compactMap { level in
            guard let code = codeOf[level], let count = catalog.slotKeys[code]?.count else { return nil }
            return LevelRun(level: level, gridSlots: grid[level]!, levelSlots: within[level]!, slotCount: count)
        }
    }
}
