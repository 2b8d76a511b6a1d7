/// Fisher–Jenks natural breaks: the exact optimum by dynamic programming, not the iterative
/// approximation some GIS tools use, so the same data always give the same map.
enum Jenks {
    /// Where classes 2...k start, for ascending `sorted` values with at least `classes` distinct ones.
    ///
    /// Equal values are merged into one weighted point first: ties can never be split between classes,
    /// and the work shrinks for data with many repeats. The cost of a class is its sum of squared
    /// deviations, read in O(1) from prefix sums; the table has k × m cells. `exhaustive` tries every
    /// split for every cell, O(k·m²); it exists so tests can check the fast search against it.
    static func innerBounds(sorted: [Double], classes: Int, exhaustive: Bool = false) -> [Double] {
        var values: [Double] = []
        var weights: [Double] = []
        for value in sorted {
            if let last = values.last, last == value {
                weights[weights.count - 1] += 1
            } else {
                values.append(value)
                weights.append(1)
            }
        }
        let m = values.count
        let k = min(classes, m)
        guard k >= 2 else { return [] }

        // Prefix sums of weight, weighted value and weighted square. Values are centred on their mean
        // first, so that "sum of squares minus square of sum" does not cancel away all precision
        // for data such as incomes in the tens of thousands.
        let centre = values.reduce(0, +) / Double(m)
        var w = [Double](repeating: 0, count: m + 1)
        var s = [Double](repeating: 0, count: m + 1)
        var q = [Double](repeating: 0, count: m + 1)
        for index in 0..<m {
            let x = values[index] - centre
            w[index + 1] = w[index] + weights[index]
            s[index + 1] = s[index] + weights[index] * x
            q[index + 1] = q[index] + weights[index] * x * x
        }
        // Squared deviation of distinct values start..<end.
        func cost(_ start: Int, _ end: Int) -> Double {
            let weight = w[end] - w[start]
            let sum = s[end] - s[start]
            return max(q[end] - q[start] - sum * sum / weight, 0)
        }

        // best[c][j]: least cost of putting the first j distinct values into c + 1 classes.
        // start[c][j]: where the last of those classes begins.
        var best = [[Double]](repeating: [Double](repeating: .infinity, count: m + 1), count: k)
        var start = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: k)
        for j in 1...m {
            best[0][j] = cost(0, j)
        }
        for c in 1..<k {
            // Local copies keep the inner loops on flat arrays (no nested-array access per step).
            let previous = best[c - 1]
            var row = best[c]
            var rowStart = start[c]
            // With c + 1 classes the first j values need j ≥ c + 1, and later classes need room too.
            let firstJ = c + 1
            let lastJ = m - (k - 1 - c)

            // The best start of the last class, s(j), as the minimum of previous[i] + cost(i, j) over c ≤ i < j.
            func solve(_ j: Int, from lowest: Int, to highest: Int) {
                var bestCost = Double.infinity
                var bestStart = lowest
                for i in lowest...highest {
                    let candidate = previous[i] + cost(i, j)
                    // Strictly less: on ties the earliest split wins, which keeps results deterministic.
                    if candidate < bestCost {
                        bestCost = candidate
                        bestStart = i
                    }
                }
                row[j] = bestCost
                rowStart[j] = bestStart
            }

            if exhaustive {
                for j in firstJ...lastJ { solve(j, from: c, to: j - 1) }
            } else {
                // Squared-deviation cost satisfies the quadrangle inequality, so s(j) never decreases with j
                // (the basis of Ckmeans.1d.dp). Solving the middle j first bounds the search on either side:
                // O(m log m) steps per class instead of O(m²), 3,000 values × 7 classes in about a millisecond.
                var pending = [(firstJ, lastJ, c, lastJ - 1)]
                while let (lowJ, highJ, lowI, highI) = pending.popLast() {
                    guard lowJ <= highJ else { continue }
                    let middle = (lowJ + highJ) / 2
                    solve(middle, from: max(lowI, c), to: min(highI, middle - 1))
                    let split = rowStart[middle]
                    pending.append((lowJ, middle - 1, lowI, split))
                    pending.append((middle + 1, highJ, split, highI))
                }
            }
            best[c] = row
            start[c] = rowStart
        }

        var bounds: [Double] = []
        var end = m
        for c in stride(from: k - 1, through: 1, by: -1) {
            let begin = start[c][end]
            bounds.append(values[begin])
            end = begin
        }
        return bounds.reversed()
    }
}
