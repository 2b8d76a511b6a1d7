/// Finds hidden cells that the relations, taken together, still determine: each relation is an equation
/// (total − Σ parts = 0) in which the shown cells are known numbers and the hidden cells unknowns. A hidden cell is
/// determined exactly when its unit vector lies in the row space of those equations, which Gauss–Jordan elimination
/// shows as a row of the reduced matrix with a single non-zero entry.
///
/// The hidden cells fall apart into groups joined by shared relations; each group is solved on its own, and a group
/// of more than `maximumSize` cells is skipped.
public enum SuppressionAudit {
    public static func derivable(values: [Int: Double], hidden: Set<Int>, relations: [SuppressionRelation],
                                 maximumSize: Int) -> Set<Int> {
        // The relations that hold at least one hidden cell, with their hidden cells and signs.
        var equations: [[(cell: Int, sign: Double)]] = []
        for relation in relations {
            var row: [(cell: Int, sign: Double)] = []
            if hidden.contains(relation.total) { row.append((relation.total, 1)) }
            for part in relation.parts where hidden.contains(part) { row.append((part, -1)) }
            if !row.isEmpty { equations.append(row) }
        }
        guard !equations.isEmpty else { return [] }
        // Groups of hidden cells joined by a shared equation (union–find).
        var parent: [Int: Int] = [:]
        func root(_ cell: Int) -> Int {
            var cell = cell
            while let next = parent[cell], next != cell {
                parent[cell] = parent[next] ?? next
                cell = next
            }
            return cell
        }
        for row in equations {
            for entry in row where parent[entry.cell] == nil { parent[entry.cell] = entry.cell }
            let first = root(row[0].cell)
            for entry in row.dropFirst() {
                let other = root(entry.cell)
                if other != first { parent[other] = first }
            }
        }
        var groups: [Int: [[(cell: Int, sign: Double)]]] = [:]
        for row in equations { groups[root(row[0].cell), default: []].append(row) }
        var found = Set<Int>()
        for rows in groups.values {
            var cells: [Int] = []
            var column: [Int: Int] = [:]
            for row in rows {
                for entry in row where column[entry.cell] == nil {
                    column[entry.cell] = cells.count
                    cells.append(entry.cell)
                }
            }
            guard cells.count <= maximumSize else { continue }
            for index in determinedColumns(rows.map { $0.map { (column[$0.cell]!, $0.sign) } }, columns: cells.count) {
                found.insert(cells[index])
            }
        }
        return found
    }

    /// The columns fixed by the equations: Gauss–Jordan with partial pivoting, then the rows with a single entry.
    static func determinedColumns(_ rows: [[(column: Int, value: Double)]], columns: Int) -> [Int] {
        let width = columns
        var matrix = [Double](repeating: 0, count: rows.count * width)
        for (r, row) in rows.enumerated() { for entry in row { matrix[r * width + entry.column] += entry.value } }
        let tolerance = 1e-9
        var pivotRow = 0
        var pivots: [(row: Int, column: Int)] = []
        for column in 0..<width where pivotRow < rows.count {
            var best = pivotRow
            for r in pivotRow..<rows.count where abs(matrix[r * width + column]) > abs(matrix[best * width + column]) {
                best = r
            }
            guard abs(matrix[best * width + column]) > tolerance else { continue }
            if best != pivotRow {
                for c in 0..<width { matrix.swapAt(best * width + c, pivotRow * width + c) }
            }
            let scale = matrix[pivotRow * width + column]
            for c in 0..<width { matrix[pivotRow * width + c] /= scale }
            for r in 0..<rows.count where r != pivotRow {
                let factor = matrix[r * width + column]
                guard abs(factor) > tolerance else { continue }
                for c in 0..<width { matrix[r * width + c] -= factor * matrix[pivotRow * width + c] }
            }
            pivots.append((pivotRow, column))
            pivotRow += 1
        }
        return pivots.compactMap { pivot in
            let others = (0..<width).contains { $0 != pivot.column && abs(matrix[pivot.row * width + $0]) > tolerance }
            return others ? nil : pivot.column
        }
    }
}
