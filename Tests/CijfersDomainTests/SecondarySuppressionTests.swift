import Testing
@testable import CijfersDomain

/// An independent check, sharing nothing with the product: exact fractions, and a hidden cell counts as revealed
/// when adding its unit row to the equations of the relations does not raise their rank.
private enum Derivability {
    struct Fraction: Equatable {
        var numerator: Int
        var denominator: Int

        init(_ numerator: Int, _ denominator: Int = 1) {
            let divisor = Self.gcd(abs(numerator), abs(denominator))
            let sign = denominator < 0 ? -1 : 1
            self.numerator = divisor == 0 ? 0 : sign * numerator / divisor
            self.denominator = divisor == 0 ? 1 : sign * denominator / divisor
        }

        static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
        var isZero: Bool { numerator == 0 }
        static func - (a: Fraction, b: Fraction) -> Fraction {
            Fraction(a.numerator * b.denominator - b.numerator * a.denominator, a.denominator * b.denominator)
        }
        static func * (a: Fraction, b: Fraction) -> Fraction {
            Fraction(a.numerator * b.numerator, a.denominator * b.denominator)
        }
        static func / (a: Fraction, b: Fraction) -> Fraction {
            Fraction(a.numerator * b.denominator, a.denominator * b.numerator)
        }
    }

    static func rank(_ rows: [[Fraction]]) -> Int {
        var rows = rows
        guard let width = rows.first?.count else { return 0 }
        var rank = 0
        for column in 0..<width {
            guard let pivot = (rank..<rows.count).first(where: { !rows[$0][column].isZero }) else { continue }
            rows.swapAt(rank, pivot)
            for r in 0..<rows.count where r != rank && !rows[r][column].isZero {
                let factor = rows[r][column] / rows[rank][column]
                for c in 0..<width { rows[r][c] = rows[r][c] - factor * rows[rank][c] }
            }
            rank += 1
        }
        return rank
    }

    /// The hidden cells a visitor can work out from the relations and the shown cells.
    static func revealed(hidden: Set<Int>, relations: [SuppressionRelation]) -> Set<Int> {
        let unknowns = hidden.sorted()
        let column = Dictionary(uniqueKeysWithValues: unknowns.enumerated().map { ($1, $0) })
        var rows: [[Fraction]] = []
        for relation in relations {
            var row = [Fraction](repeating: Fraction(0), count: unknowns.count)
            var any = false
            if let c = column[relation.total] { row[c] = Fraction(1); any = true }
            for part in relation.parts { if let c = column[part] { row[c] = row[c] - Fraction(1); any = true } }
            if any { rows.append(row) }
        }
        let base = rank(rows)
        return Set(unknowns.filter { cell in
            var unit = [Fraction](repeating: Fraction(0), count: unknowns.count)
            unit[column[cell]!] = Fraction(1)
            return rank(rows + [unit]) == base
        })
    }
}

@Suite("Secondary suppression")
struct SecondarySuppressionTests {
    /// Runs the product and checks its answer with the independent checker.
    func protect(_ values: [Int: Double], primary: Set<Int>, _ relations: [SuppressionRelation],
                 codes: [Int: String] = [:]) -> Set<Int> {
        let extra = SecondarySuppression.complement(values: values, primary: primary, relations: relations, codes: codes)
        #expect(extra.isDisjoint(with: primary))
        let hidden = extra.union(primary.filter { values[$0] != nil })
        #expect(Derivability.revealed(hidden: hidden, relations: relations).isEmpty, "hidden \(hidden.sorted())")
        return extra
    }

    @Test("The checker itself: one hidden child of a shown parent is revealed, two are not")
    func checkerWorks() {
        let relation = [SuppressionRelation(total: 1, parts: [2, 3, 4])]
        #expect(Derivability.revealed(hidden: [2], relations: relation) == [2])
        #expect(Derivability.revealed(hidden: [2, 3], relations: relation).isEmpty)
        #expect(Derivability.revealed(hidden: [1], relations: relation) == [1])
    }

    @Test("One suppressed child of a shown parent: the smallest shown sibling is hidden too")
    func oneChild() {
        // parent 1 = 2 + 3 + 4; 2 is below the threshold
        let extra = protect([1: 30, 2: 3, 3: 20, 4: 7], primary: [2], [.init(total: 1, parts: [2, 3, 4])])
        #expect(extra == [4])
    }

    @Test("A suppressed child without a sibling to hide takes its parent, and that one level up")
    func propagation() {
        // gewest 1 = provincies 10 + 11; provincie 10 = gemeente 100 (alone); provincie 11 = 110 + 111
        let relations: [SuppressionRelation] = [
            .init(total: 1, parts: [10, 11]), .init(total: 10, parts: [100]), .init(total: 11, parts: [110, 111]),
        ]
        let values: [Int: Double] = [1: 50, 10: 4, 11: 46, 100: 4, 110: 40, 111: 6]
        let extra = protect(values, primary: [100], relations)
        // 100 alone in 10 → 10 hidden → 11 hidden beside it in 1 → 111 (the smaller) hidden within 11
        #expect(extra == [10, 11, 111])
    }

    @Test("Two levels: a hidden wijk total is protected within its gemeente too")
    func twoLevels() {
        // gemeente 1 = wijken 10, 11, 12; wijk 10 = sectors 100, 101; wijk 11 = 110, 111
        let relations: [SuppressionRelation] = [
            .init(total: 1, parts: [10, 11, 12]), .init(total: 10, parts: [100, 101]), .init(total: 11, parts: [110, 111]),
        ]
        let values: [Int: Double] = [1: 100, 10: 8, 11: 52, 12: 40, 100: 3, 101: 5, 110: 2, 111: 50]
        // wijk 10 itself is below the threshold, sector 110 too
        let extra = protect(values, primary: [10, 110], relations)
        // 10 alone hidden in 1 → its smallest sibling 12; 10 hidden over 100, 101 → the smaller sector 100;
        // 110 alone in 11 → 111
        #expect(extra == [12, 100, 111])
    }

    @Test("A relation that does not hold is not used: nothing extra to hide")
    func inexact() {
        // the parent holds an orphan area outside the child level: 30 ≠ 3 + 20
        let candidates = [SuppressionRelation(total: 1, parts: [2, 3])]
        let values: [Int: Double] = [1: 30, 2: 3, 3: 20]
        let exact = SecondarySuppression.exact(candidates, values: values)
        #expect(exact.isEmpty)
        #expect(protect(values, primary: [2], exact).isEmpty)
        // and one that does hold is kept
        #expect(SecondarySuppression.exact(candidates, values: [1: 23, 2: 3, 3: 20]) == candidates)
    }

    @Test("A child linked to two parents of one level makes both relations unusable")
    func twoParents() {
        let hierarchy = AreaHierarchy(levelOf: [1: "wijk", 2: "wijk", 10: "sector", 11: "sector", 12: "sector", 20: "gemeente"],
                                      links: [(10, 1), (11, 1), (11, 2), (12, 2), (1, 20), (2, 20)])
        let relations = SecondarySuppression.relations(hierarchy: hierarchy)
        #expect(relations == [SuppressionRelation(total: 20, parts: [1, 2])])
    }

    @Test("Ties go to the lowest area code, whatever the order of the keys")
    func ties() {
        let relation = [SuppressionRelation(total: 1, parts: [2, 3, 4, 5])]
        let values: [Int: Double] = [1: 40, 2: 3, 3: 12, 4: 12, 5: 13]
        #expect(protect(values, primary: [2], relation, codes: [3: "b", 4: "a"]) == [4])
        #expect(protect(values, primary: [2], relation, codes: [3: "a", 4: "b"]) == [3])
    }

    @Test("A zero can hide, and a cell without a number is no cell")
    func zeroAndMissing() {
        let relation = [SuppressionRelation(total: 1, parts: [2, 3, 4, 5])]
        // 5 has no number (a missing code): it adds nothing and shows nothing
        let extra = protect([1: 23, 2: 3, 3: 0, 4: 20], primary: [2], relation)
        #expect(extra == [3])
    }

    @Test("Overlapping groupings: the audit hides what the per-relation rule misses")
    func overlapping() {
        // cells a..d in two groupings (rows and columns of a 2 × 3 table), a total over all of them
        //      c1  c2  c3 | rows 20, 21
        // r1:  1   2   3  | 20
        // r2:  4   5   6  | 21
        // columns 30, 31, 32; grand total 40 = rows = columns
        let relations: [SuppressionRelation] = [
            .init(total: 20, parts: [1, 2, 3]), .init(total: 21, parts: [4, 5, 6]),
            .init(total: 30, parts: [1, 4]), .init(total: 31, parts: [2, 5]), .init(total: 32, parts: [3, 6]),
            .init(total: 40, parts: [20, 21]), .init(total: 40, parts: [30, 31, 32]),
        ]
        let values: [Int: Double] = [1: 2, 2: 9, 3: 8, 4: 7, 5: 3, 6: 9, 20: 19, 21: 19, 30: 9, 31: 12, 32: 17, 40: 38]
        _ = protect(values, primary: [1], relations)
    }

    @Test("Randomised hierarchies (fixed seed): no hidden cell is ever derivable", arguments: 0..<40)
    func randomised(seed: Int) {
        var random = SuppressionRandom(seed: UInt64(seed) &+ 17)
        // a tree of up to four levels, sometimes with transitive relations and a second grouping of the leaves
        var values: [Int: Double] = [:]
        var relations: [SuppressionRelation] = []
        var next = 1
        func build(depth: Int) -> Int {
            let cell = next
            next += 1
            if depth == 0 || random.next(4) == 0 {
                values[cell] = Double(random.next(12))
                return cell
            }
            let children = (0..<(1 + random.next(4))).map { _ in build(depth: depth - 1) }
            values[cell] = children.reduce(0) { $0 + values[$1]! }
            relations.append(.init(total: cell, parts: children))
            return cell
        }
        let root = build(depth: 1 + random.next(3))
        let leaves = values.keys.filter { cell in !relations.contains { $0.total == cell } }.sorted()
        if random.next(2) == 0, leaves.count > 3 {
            // a second grouping of the leaves (a centrumsteden-like group), and its total
            let group = Array(leaves.filter { _ in random.next(2) == 0 })
            if !group.isEmpty {
                let groupCell = next
                values[groupCell] = group.reduce(0) { $0 + values[$1]! }
                relations.append(.init(total: groupCell, parts: group))
            }
        }
        if random.next(3) == 0, leaves.count > 1 {
            relations.append(.init(total: root, parts: leaves))
        }
        // primary: a non-zero value below 3, as the privacy rule would choose
        let primary = Set(values.filter { $0.value != 0 && $0.value < 3 }.map(\.key))
        _ = protect(values, primary: primary, relations)
    }
}

@Suite("Publishing with secondary suppression")
struct SecondaryPublishingTests {
    @Test("A cell hidden by the complement is published as suppressed, and a share of it too")
    func evaluatorHonoursTheComplement() throws {
        let count = Indicator(code: "n", name: "n", thresholdValue: 5)
        let population = Indicator(code: "pop", name: "pop")
        let share = Indicator(code: "share", name: "share", formula: "100 * n / pop")
        let guarded = Indicator(code: "guarded", name: "guarded", formula: "threshold(n) + 0")
        let stored: [String: IndicatorEvaluator.Values] = [
            "n": [.init(area: 1, period: "2024"): .number(3), .init(area: 2, period: "2024"): .number(8),
                  .init(area: 3, period: "2024"): .number(20)],
            "pop": [.init(area: 1, period: "2024"): .number(100), .init(area: 2, period: "2024"): .number(100),
                    .init(area: 3, period: "2024"): .number(100)],
        ]
        let indicators = Dictionary(uniqueKeysWithValues: [count, population, share, guarded].map { ($0.code, $0) })
        let formulas = try Dictionary(uniqueKeysWithValues: [share, guarded].map { ($0.code, try Formula($0.formula!)) })
        let evaluator = IndicatorEvaluator(indicators: indicators, formulas: formulas, stored: stored,
                                           hidden: ["n": [.init(area: 2, period: "2024")]])
        // primary (3 < 5) and secondary (area 2) alike: suppressed, with the same status
        #expect(evaluator.published("n", area: 1, period: "2024") == .suppressed)
        #expect(evaluator.published("n", area: 2, period: "2024") == .suppressed)
        #expect(evaluator.published("n", area: 3, period: "2024") == .ok(20))
        // the share would give the count back with the shown population: it is suppressed as well
        #expect(evaluator.published("share", area: 1, period: "2024") == .suppressed)
        #expect(evaluator.published("share", area: 2, period: "2024") == .suppressed)
        #expect(evaluator.published("share", area: 3, period: "2024") == .ok(20))
        // the population itself is not touched
        #expect(evaluator.published("pop", area: 2, period: "2024") == .ok(100))
        // threshold(): as before, no value where the component is not published
        #expect(evaluator.published("guarded", area: 1, period: "2024").status == .noData)
        #expect(evaluator.published("guarded", area: 3, period: "2024") == .ok(20))
    }
}

/// A small deterministic generator, so that the randomised cases are the same on every run.
private struct SuppressionRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(bound))
    }
}
