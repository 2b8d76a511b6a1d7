import Foundation

/// The three allocation keys (verdeelsleutels) the grid operator settles energy sharing with, as the API names them.
public enum SharingKey: String, Sendable, Codable, CaseIterable, Hashable {
    /// Vaste verdeelsleutel: every receiver is offered its fixed share of the injection and takes at most its
    /// offtake; what it cannot take goes back to the injector.
    case fixed
    /// Relatieve verdeelsleutel: the injection is split in proportion to the receivers' offtake in that quarter hour.
    case relative
    /// Optimale verdeelsleutel: like `fixed`, but what a receiver could not take is offered again to the others by
    /// their shares, round after round, until nothing more can be placed.
    case optimal
}

/// One quarter hour to share, shaped like the body of `POST /api/v1/energy-sharing/allocate`.
public struct AllocationRequest: Sendable, Codable, Hashable {
    /// Which key to apply.
    public var key: SharingKey
    /// One share per participant (0…1). Must sum to 1 for `fixed` and `optimal`; for `relative` it may be empty and
    /// is not used.
    public var shares: [Double]
    /// Each participant's offtake from the grid in this quarter hour, in kWh (the ceiling of what it can receive).
    public var offtake: [Double]
    /// The kWh the injector put on the grid in this quarter hour.
    public var injection: Double
    /// The participant (index) that is itself the injector, when it is one of them: there is no sharing within one
    /// EAN, so it receives nothing from its own injection. Absent in most requests.
    public var injectorIndex: Int?

    public init(key: SharingKey, shares: [Double], offtake: [Double], injection: Double, injectorIndex: Int? = nil) {
        self.key = key
        self.shares = shares
        self.offtake = offtake
        self.injection = injection
        self.injectorIndex = injectorIndex
    }
}

/// What one quarter hour gives: the kWh each participant received and what went back to the injector.
public struct AllocationResult: Sendable, Codable, Hashable {
    /// kWh received per participant, in the order of the request; never more than that participant's offtake.
    public var allocated: [Double]
    /// kWh of the injection that nobody could take; it is settled as ordinary injection.
    public var returned: Double

    public init(allocated: [Double], returned: Double) {
        self.allocated = allocated
        self.returned = returned
    }
}

/// Why an allocation request is refused: the field (`key`, `shares`, `offtake`, `injection`, `injectorIndex`),
/// the index within it when the problem is one element, and the reason in plain English.
public struct AllocationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var field: String
    public var index: Int?
    public var reason: String

    public init(field: String, index: Int? = nil, reason: String) {
        self.field = field
        self.index = index
        self.reason = reason
    }

    /// "shares[2]: must not be negative".
    public var description: String {
        "\(field)\(index.map { "[\($0)]" } ?? ""): \(reason)"
    }
}

/// The grid operator's rule for one quarter hour: a receiver never gets more than its own offtake, the rest returns
/// to the injector, and the injector does not share with itself.
public enum SharingAllocation {
    /// How far the shares may sum from 1 for the `fixed` and `optimal` keys.
    public static let shareTolerance = 1e-9
    /// The most participants one request may carry (a guard, not a rule of the grid operator).
    public static let maximumParticipants = 10_000

    /// Checks a request without computing it; throws the first problem found.
    public static func validate(_ request: AllocationRequest) throws(AllocationError) {
        let count = request.offtake.count
        guard count > 0 else { throw AllocationError(field: "offtake", reason: "needs at least one participant") }
        guard count <= maximumParticipants else {
            throw AllocationError(field: "offtake", reason: "more than \(maximumParticipants) participants")
        }
        for (index, value) in request.offtake.enumerated() {
            guard value.isFinite else { throw AllocationError(field: "offtake", index: index, reason: "must be a finite number") }
            guard value >= 0 else { throw AllocationError(field: "offtake", index: index, reason: "must not be negative") }
        }
        guard request.injection.isFinite else { throw AllocationError(field: "injection", reason: "must be a finite number") }
        guard request.injection >= 0 else { throw AllocationError(field: "injection", reason: "must not be negative") }
        if let injector = request.injectorIndex, !(0..<count).contains(injector) {
            throw AllocationError(field: "injectorIndex", reason: "must point at one of the \(count) participants")
        }
        let sharesNeeded = request.key != .relative
        if sharesNeeded || !request.shares.isEmpty {
            guard request.shares.count == count else {
                throw AllocationError(
                    field: "shares",
                    reason: "has \(request.shares.count) values for \(count) participants in offtake")
            }
        }
        var sum = 0.0
        for (index, share) in request.shares.enumerated() {
            guard share.isFinite else { throw AllocationError(field: "shares", index: index, reason: "must be a finite number") }
            guard share >= 0 else { throw AllocationError(field: "shares", index: index, reason: "must not be negative") }
            guard share <= 1 + shareTolerance else { throw AllocationError(field: "shares", index: index, reason: "must not exceed 1") }
            sum += share
        }
        if sharesNeeded, abs(sum - 1) > shareTolerance {
            throw AllocationError(field: "shares", reason: "must sum to 1 for the \(request.key.rawValue) key (they sum to \(sum))")
        }
    }

    /// Validates the request and shares its injection among the participants.
    public static func allocate(_ request: AllocationRequest) throws(AllocationError) -> AllocationResult {
        try validate(request)
        let count = request.offtake.count
        var allocated = [Double](repeating: 0, count: count)
        var active = [Bool](repeating: false, count: count)
        let shares = request.shares.isEmpty ? [Double](repeating: 0, count: count) : request.shares
        let returned = shares.withUnsafeBufferPointer { shareBuffer in
            request.offtake.withUnsafeBufferPointer { offtakeBuffer in
                allocated.withUnsafeMutableBufferPointer { out in
                    active.withUnsafeMutableBufferPointer { scratch in
                        allocateUnchecked(
                            key: request.key, shares: shareBuffer, offtake: offtakeBuffer,
                            injection: request.injection, injectorIndex: request.injectorIndex ?? -1,
                            into: out, scratch: scratch)
                    }
                }
            }
        }
        return AllocationResult(allocated: allocated, returned: returned)
    }

    /// The arithmetic without checks or allocation of memory, for the year simulation's hot loop. `shares`,
    /// `offtake`, `out` and `scratch` have the same length; `injectorIndex` is -1 when no participant injects.
    /// Writes every element of `out` and returns the kWh that go back to the injector.
    @inline(__always)
    static func allocateUnchecked(
        key: SharingKey, shares: UnsafeBufferPointer<Double>, offtake: UnsafeBufferPointer<Double>,
        injection: Double, injectorIndex: Int,
        into out: UnsafeMutableBufferPointer<Double>, scratch active: UnsafeMutableBufferPointer<Bool>
    ) -> Double {
        let count = offtake.count
        var given = 0.0
        switch key {
        case .fixed:
            for i in 0..<count {
                let room = i == injectorIndex ? 0 : offtake[i]
                let value = min(shares[i] * injection, room)
                out[i] = value
                given += value
            }
        case .relative:
            var total = 0.0
            for i in 0..<count where i != injectorIndex { total += offtake[i] }
            // Proportional to offtake, so every receiver hits its cap at the same moment: a common fraction.
            let fraction = total > 0 ? min(1, injection / total) : 0
            for i in 0..<count {
                let value = i == injectorIndex ? 0 : offtake[i] * fraction
                out[i] = value
                given += value
            }
        case .optimal:
            // Water filling: offer what remains by share to the receivers still open; whoever cannot take its offer
            // is filled to its offtake and leaves; repeat until an offer fits everyone or nobody is left.
            for i in 0..<count {
                out[i] = 0
                active[i] = i != injectorIndex && shares[i] > 0 && offtake[i] > 0
            }
            var remaining = injection
            while remaining > 0 {
                var shareSum = 0.0
                for i in 0..<count where active[i] { shareSum += shares[i] }
                if shareSum <= 0 { break }
                let perShare = remaining / shareSum
                var capped = false
                for i in 0..<count where active[i] && offtake[i] <= perShare * shares[i] {
                    out[i] = offtake[i]
                    remaining -= offtake[i]
                    active[i] = false
                    capped = true
                }
                if !capped {
                    for i in 0..<count where active[i] { out[i] = perShare * shares[i] }
                    remaining = 0
                }
            }
            for i in 0..<count { given += out[i] }
        }
        return max(0, injection - given)
    }
}
