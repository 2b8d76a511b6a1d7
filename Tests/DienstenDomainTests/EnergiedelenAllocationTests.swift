import DienstenDomain
import Foundation
import Testing

@Suite("Energiedelen: allocation of one quarter hour")
struct EnergiedelenAllocationTests {
    private func allocate(_ key: SharingKey, _ shares: [Double], _ offtake: [Double], _ injection: Double, injector: Int? = nil) throws -> AllocationResult {
        try SharingAllocation.allocate(AllocationRequest(key: key, shares: shares, offtake: offtake, injection: injection, injectorIndex: injector))
    }

    private func expectClose(_ actual: [Double], _ expected: [Double], _ comment: Comment? = nil) {
        #expect(actual.count == expected.count, comment)
        for (a, e) in zip(actual, expected) { #expect(abs(a - e) < 1e-12, "\(actual) ≠ \(expected)") }
    }

    @Test func fixedKeyCapsEachReceiverAtItsOfftakeAndReturnsTheRest() throws {
        // Offered 2.0 × [0.5, 0.3, 0.2] = [1.0, 0.6, 0.4]; capped at offtake [1.0, 0.1, 0.5] → [1.0, 0.1, 0.4].
        // Returned 2.0 − 1.5 = 0.5.
        let result = try allocate(.fixed, [0.5, 0.3, 0.2], [1.0, 0.1, 0.5], 2.0)
        expectClose(result.allocated, [1.0, 0.1, 0.4])
        #expect(abs(result.returned - 0.5) < 1e-12)
    }

    @Test func relativeKeySplitsByOfftake() throws {
        // Offtake [1, 3] = 4 kWh; 2 kWh injected → fraction 0.5 → [0.5, 1.5], nothing returned.
        let half = try allocate(.relative, [], [1, 3], 2)
        expectClose(half.allocated, [0.5, 1.5])
        #expect(half.returned == 0)
        // 6 kWh injected > 4 kWh offtake → everyone gets its full offtake, 6 − 4 = 2 returned.
        let surplus = try allocate(.relative, [0.9, 0.1], [1, 3], 6)
        expectClose(surplus.allocated, [1, 3])
        #expect(abs(surplus.returned - 2) < 1e-12)
        // Nobody takes anything → all 1.5 kWh returned.
        let idle = try allocate(.relative, [], [0, 0], 1.5)
        expectClose(idle.allocated, [0, 0])
        #expect(idle.returned == 1.5)
    }

    @Test func optimalKeyRedistributesWhatACappedReceiverCouldNotTake() throws {
        // Round 1: 2.0 per unit share → offers [1.0, 0.6, 0.4]; receivers 0 (1.0 ≤ 1.0) and 1 (0.1 ≤ 0.6) are capped.
        // Left 2.0 − 1.1 = 0.9 for receiver 2 alone (share 0.2 → 4.5 per unit → offer 0.9) but it takes 0.5.
        // Result [1.0, 0.1, 0.5], returned 0.4 (fixed would have returned 0.5).
        let result = try allocate(.optimal, [0.5, 0.3, 0.2], [1.0, 0.1, 0.5], 2.0)
        expectClose(result.allocated, [1.0, 0.1, 0.5])
        #expect(abs(result.returned - 0.4) < 1e-12)
    }

    @Test func optimalKeyPlacesEverythingWhenTheOthersHaveRoom() throws {
        // Round 1: offers [0.5, 0.25, 0.25]; receiver 0 takes its 0.1. Left 0.9 over shares 0.5 → 1.8 per unit:
        // offers [0.45, 0.45], both below their offtake 1 → [0.1, 0.45, 0.45], nothing returned.
        let result = try allocate(.optimal, [0.5, 0.25, 0.25], [0.1, 1, 1], 1)
        expectClose(result.allocated, [0.1, 0.45, 0.45])
        #expect(result.returned < 1e-12)
        // The fixed key on the same quarter: [0.1, 0.25, 0.25], returned 1 − 0.6 = 0.4.
        let fixed = try allocate(.fixed, [0.5, 0.25, 0.25], [0.1, 1, 1], 1)
        expectClose(fixed.allocated, [0.1, 0.25, 0.25])
        #expect(abs(fixed.returned - 0.4) < 1e-12)
    }

    @Test func aReceiverWithAZeroShareGetsNothingUnderTheOptimalKey() throws {
        // Shares [1, 0]: receiver 0 takes its 0.2, receiver 1 has no share → 1 − 0.2 = 0.8 returned.
        let result = try allocate(.optimal, [1, 0], [0.2, 5], 1)
        expectClose(result.allocated, [0.2, 0])
        #expect(abs(result.returned - 0.8) < 1e-12)
    }

    @Test func theInjectorDoesNotShareWithItself() throws {
        // Participant 0 is the injector: its half goes back; participant 1 takes 0.5 of 1 kWh.
        let fixed = try allocate(.fixed, [0.5, 0.5], [1, 1], 1, injector: 0)
        expectClose(fixed.allocated, [0, 0.5])
        #expect(abs(fixed.returned - 0.5) < 1e-12)
        // Relative: only participant 1's offtake (1) counts → it takes 1, nothing returned.
        let relative = try allocate(.relative, [], [1, 1], 1, injector: 0)
        expectClose(relative.allocated, [0, 1])
        #expect(relative.returned < 1e-12)
        // Optimal: participant 1 takes all it can (1) of 1.5, 0.5 returned.
        let optimal = try allocate(.optimal, [0.5, 0.5], [1, 1], 1.5, injector: 0)
        expectClose(optimal.allocated, [0, 1])
        #expect(abs(optimal.returned - 0.5) < 1e-12)
    }

    @Test(arguments: SharingKey.allCases)
    func noReceiverEverGetsMoreThanItsOfftakeAndNothingIsLost(key: SharingKey) throws {
        var generator = EnergyTestGenerator(seed: 7)
        for _ in 0..<500 {
            let count = Int.random(in: 1...8, using: &generator)
            var shares = (0..<count).map { _ in Double.random(in: 0...1, using: &generator) }
            let total = shares.reduce(0, +)
            shares = total > 0 ? shares.map { $0 / total } : Array(repeating: 1 / Double(count), count: count)
            shares[count - 1] = 1 - shares.dropLast().reduce(0, +)
            shares[count - 1] = max(0, shares[count - 1])
            let offtake = (0..<count).map { _ in Double.random(in: 0...2, using: &generator) }
            let injection = Double.random(in: 0...6, using: &generator)
            let result = try allocate(key, shares, offtake, injection)
            for i in 0..<count { #expect(result.allocated[i] <= offtake[i] + 1e-12 && result.allocated[i] >= 0) }
            #expect(abs(result.allocated.reduce(0, +) + result.returned - injection) < 1e-9)
            if key != .fixed {
                // Relative and optimal leave nothing behind while some receiver with a share still has room.
                let room = zip(result.allocated, offtake).enumerated().contains { index, pair in
                    (key == .relative || shares[index] > 0) && pair.1 - pair.0 > 1e-9
                }
                #expect(!(room && result.returned > 1e-9))
            }
        }
    }

    @Test func badRequestsAreRefusedWithFieldAndIndex() {
        func refusal(_ request: AllocationRequest) -> AllocationError? {
            do { _ = try SharingAllocation.allocate(request); return nil } catch { return error }
        }
        #expect(refusal(AllocationRequest(key: .fixed, shares: [0.5, 0.4], offtake: [1, 1], injection: 1))?.field == "shares")
        #expect(refusal(AllocationRequest(key: .fixed, shares: [0.5, 0.5], offtake: [1], injection: 1))
            == AllocationError(field: "shares", reason: "has 2 values for 1 participants in offtake"))
        #expect(refusal(AllocationRequest(key: .optimal, shares: [1.5, -0.5], offtake: [1, 1], injection: 1))
            == AllocationError(field: "shares", index: 0, reason: "must not exceed 1"))
        #expect(refusal(AllocationRequest(key: .optimal, shares: [0.5, -0.5, 1], offtake: [1, 1, 1], injection: 1))
            == AllocationError(field: "shares", index: 1, reason: "must not be negative"))
        #expect(refusal(AllocationRequest(key: .relative, shares: [], offtake: [1, 1, -0.1], injection: 1))
            == AllocationError(field: "offtake", index: 2, reason: "must not be negative"))
        #expect(refusal(AllocationRequest(key: .relative, shares: [], offtake: [1, .nan], injection: 1))
            == AllocationError(field: "offtake", index: 1, reason: "must be a finite number"))
        #expect(refusal(AllocationRequest(key: .relative, shares: [], offtake: [1], injection: .infinity))?.field == "injection")
        #expect(refusal(AllocationRequest(key: .relative, shares: [], offtake: [1], injection: -1))?.field == "injection")
        #expect(refusal(AllocationRequest(key: .relative, shares: [], offtake: [], injection: 1))?.field == "offtake")
        #expect(refusal(AllocationRequest(key: .fixed, shares: [1], offtake: [1], injection: 1, injectorIndex: 3))?.field == "injectorIndex")
        // Within the tolerance: shares summing to 1 + 5e-10 are accepted.
        #expect(refusal(AllocationRequest(key: .fixed, shares: [0.5, 0.5 + 5e-10], offtake: [1, 1], injection: 1)) == nil)
        #expect(AllocationError(field: "shares", index: 2, reason: "must not be negative").description == "shares[2]: must not be negative")
    }

    @Test func theRequestAndResultHaveTheShapeOfTheAPI() throws {
        let body = #"{"key": "optimal", "shares": [0.5, 0.3, 0.2], "offtake": [1.0, 0.1, 0.5], "injection": 2.0}"#
        let request = try JSONDecoder().decode(AllocationRequest.self, from: Data(body.utf8))
        #expect(request.key == .optimal && request.injectorIndex == nil)
        let result = try SharingAllocation.allocate(request)
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(result)) as? [String: Any]
        #expect(Set(json?.keys.map { $0 } ?? []) == ["allocated", "returned"])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(AllocationRequest.self, from: Data(#"{"key": "even", "shares": [], "offtake": [1], "injection": 1}"#.utf8))
        }
    }
}

/// SplitMix64, so the property test draws the same numbers every run.
struct EnergyTestGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
