import Platform
import CijfersDomain

/// Every area of the catalog as a grid slot, and the aggregation steps in slots; built once per aggregation run.
struct GridLayout {
    /// Slot of an area key (area keys are small positive database ids), -1 for none.
    private let slotOfKey: [Int32]
    let keyOfSlot: [Int]
    let levelOfSlot: [Int]
    let steps: [GridStep]

    init(catalog: Catalog) {
        let entries = catalog.areas.values.sorted { $0.key < $1.key }
        var slotOfKey = [Int32](repeating: -1, count: (entries.last?.key ?? 0) + 1)
        var keys: [Int] = [], levels: [Int] = []
        for entry in entries where entry.key >= 0 {
            slotOfKey[entry.key] = Int32(keys.count)
            keys.append(entry.key)
            levels.append(catalog.levelKeys[entry.levelCode] ?? -1)
        }
        self.slotOfKey = slotOfKey
        keyOfSlot = keys
        levelOfSlot = levels
        steps = catalog.hierarchy.aggregationSteps().map { [slotOfKey] step in
            GridStep(step) { key in key >= 0 && key < slotOfKey.count && slotOfKey[key] >= 0 ? Int(slotOfKey[key]) : nil }
        }
    }

    func slot(_ key: Int) -> Int? {
        key >= 0 && key < slotOfKey.count && slotOfKey[key] >= 0 ? Int(slotOfKey[key]) : nil
    }
}

/// The loaded values of one indicator as read: (area slot, period, raw value), periods as indices into `periods`.
struct LoadedValues {
    var slots: [Int32] = []
    var periodIndices: [Int32] = []
    var values: [Double] = []
    var periods: [String] = []
}

/// Period labels to column numbers, shared by an indicator and its weights so their grids line up.
struct PeriodAxis {
    private(set) var labels: [String] = []
    private var index: [String: Int] = [:]

    mutating func column(_ label: String) -> Int {
        if let i = index[label] { return i }
        index[label] = labels.count
        labels.append(label)
        return labels.count - 1
    }

    func grid(_ loaded: LoadedValues, areaCount: Int) -> ValueGrid {
        var grid = ValueGrid(areaCount: areaCount, periodCount: labels.count)
        let columns = loaded.periods.map { index[$0]! }
        for i in 0..<loaded.values.count {
            grid.raw[Int(loaded.slots[i]) * labels.count + columns[Int(loaded.periodIndices[i])]] = loaded.values[i]
        }
        return grid
    }
}
