import Foundation

/// A building to simulate: one shared installation (its own EAN) injecting, and participants taking from the grid,
/// quarter hour by quarter hour. Laid out for speed: flat contiguous arrays, the offtake quarter-major
/// (`offtake[quarter * participantCount + participant]`), so one quarter's participants sit side by side.
public struct SharingBuilding: Sendable, Hashable {
    /// The number of participants (apartments).
    public var participantCount: Int
    /// The number of quarter hours (35,040 in a year without 29 February).
    public var quarterCount: Int
    /// The UTC quarter-hour index (since 1970) of quarter 0; it places the quarters in Brussels months.
    public var firstQuarter: Int
    /// kWh each participant took from the grid per quarter hour (before sharing), quarter-major.
    public var offtake: [Double]
    /// kWh the shared installation injected per quarter hour.
    public var injection: [Double]
    /// The key the building shares with.
    public var key: SharingKey
    /// One share per participant; must sum to 1 for `fixed` and `optimal`, may be empty for `relative`.
    public var shares: [Double]
    /// The participant whose EAN is also the injector's (for instance the common parts), when there is one: it
    /// receives nothing from the installation, as there is no sharing within one EAN.
    public var injectorIndex: Int?

    public init(participantCount: Int, quarterCount: Int, firstQuarter: Int, offtake: [Double], injection: [Double],
                key: SharingKey, shares: [Double], injectorIndex: Int? = nil) {
        self.injectorIndex = injectorIndex
        self.participantCount = participantCount
        self.quarterCount = quarterCount
        self.firstQuarter = firstQuarter
        self.offtake = offtake
        self.injection = injection
        self.key = key
        self.shares = shares
    }

    /// Builds the flat layout from one offtake series per participant; each must be as long as `injection`.
    public init(firstQuarter: Int, offtakePerParticipant: [[Double]], injection: [Double], key: SharingKey,
                shares: [Double]) throws(SharingInputError) {
        let count = offtakePerParticipant.count
        var flat = [Double](repeating: 0, count: count * injection.count)
        for (participant, series) in offtakePerParticipant.enumerated() {
            guard series.count == injection.count else {
                throw SharingInputError(
                    field: "offtake", index: participant,
                    reason: "has \(series.count) quarter hours where the injection has \(injection.count)")
            }
            for quarter in 0..<series.count { flat[quarter * count + participant] = series[quarter] }
        }
        self.init(participantCount: count, quarterCount: injection.count, firstQuarter: firstQuarter, offtake: flat,
                  injection: injection, key: key, shares: shares)
    }
}

extension SharingBuilding {
    /// Builds a building from meter histories read with `FluviusHistoryReader`: the offtake of each participant's
    /// EAN and the injection of the installation's EAN over `quarterCount` quarter hours from `firstQuarter`
    /// (a quarter outside a series, or missing in it, counts as 0). When the installation's EAN is also a
    /// participant, that participant becomes the `injectorIndex`. An EAN the history lacks is refused, naming its
    /// index in `participantEANs` (field `participantEANs`) or the field `injectorEAN`.
    public init(history: MeterHistory, participantEANs: [String], injectorEAN: String, firstQuarter: Int,
                quarterCount: Int, key: SharingKey, shares: [Double]) throws(SharingInputError) {
        guard quarterCount >= 0 else { throw SharingInputError(field: "quarterCount", reason: "must not be negative") }
        guard let installation = history.series(ean: injectorEAN) else {
            throw SharingInputError(field: "injectorEAN", reason: "EAN \(injectorEAN) is not in the meter data")
        }
        var series: [MeterSeries] = []
        for (index, ean) in participantEANs.enumerated() {
            guard let found = history.series(ean: ean) else {
                throw SharingInputError(field: "participantEANs", index: index, reason: "EAN \(ean) is not in the meter data")
            }
            series.append(found)
        }
        func window(_ values: [Double], from start: Int) -> [Double] {
            (0..<quarterCount).map { quarter in
                let index = firstQuarter + quarter - start
                return values.indices.contains(index) ? values[index] : 0
            }
        }
        try self.init(
            firstQuarter: firstQuarter,
            offtakePerParticipant: series.map { window($0.offtake, from: $0.firstQuarter) },
            injection: window(installation.injection, from: installation.firstQuarter), key: key, shares: shares)
        injectorIndex = participantEANs.firstIndex(of: injectorEAN)
    }
}

/// The prices a simulation values its kWh with, in euro per kWh, and the cost of the installation in euro.
public struct SharingTariffs: Sendable, Hashable, Codable {
    /// What a participant pays per kWh taken from the grid, everything included.
    public var energyPrice: Double
    /// What the installation gets per kWh it injects and nobody in the building takes.
    public var injectionPrice: Double
    /// The part of `energyPrice` still due on a shared kWh (network costs, levies); a shared kWh saves
    /// `energyPrice − networkCostsOnShared`.
    public var networkCostsOnShared: Double
    /// What the installation cost, for the simple payback.
    public var installationCost: Double

    public init(energyPrice: Double, injectionPrice: Double, networkCostsOnShared: Double, installationCost: Double) {
        self.energyPrice = energyPrice
        self.injectionPrice = injectionPrice
        self.networkCostsOnShared = networkCostsOnShared
        self.installationCost = installationCost
    }
}

/// The totals of one Brussels calendar month.
public struct SharingMonth: Sendable, Hashable, Codable {
    public var year: Int
    public var month: Int
    /// kWh taken from the grid before sharing.
    public var offtake: Double
    /// kWh received from the installation.
    public var shared: Double
}

/// One participant's year.
public struct ParticipantYear: Sendable, Hashable, Codable {
    /// kWh taken from the grid before sharing.
    public var offtake: Double
    /// kWh received from the installation (never more than `offtake`, quarter by quarter).
    public var shared: Double
    /// Self-sufficiency: the part of its offtake the installation covered, `shared / offtake` (0 when no offtake).
    public var selfSufficiency: Double
    /// This participant's part of the installation's self-consumption, `shared / injection of the building`; the
    /// participants' values add up to the building's self-consumption (0 when nothing was injected).
    public var selfConsumption: Double
    /// Euro saved on its bill: `shared × (energyPrice − networkCostsOnShared)`.
    public var savings: Double
    /// One entry per Brussels month the simulation touches, in order.
    public var months: [SharingMonth]
}

/// What a year of sharing gives for the building and each participant.
public struct SharingYearResult: Sendable, Hashable, Codable {
    public var participants: [ParticipantYear]
    /// kWh the installation injected.
    public var injection: Double
    /// kWh the participants received.
    public var shared: Double
    /// kWh nobody could take (settled as ordinary injection).
    public var returned: Double
    /// The building's self-consumption: `shared / injection` (0 when nothing was injected).
    public var selfConsumption: Double
    /// The building's self-sufficiency: `shared / offtake of all participants`.
    public var selfSufficiency: Double
    /// Building totals per Brussels month (`offtake` and `shared` summed over the participants).
    public var months: [SharingMonth]
    /// Euro the participants saved together.
    public var savings: Double
    /// Euro the returned kWh earned: `returned × injectionPrice`.
    public var injectionRevenue: Double
    /// The yearly benefit of the installation: `savings + injectionRevenue`.
    public var yearlyBenefit: Double
    /// Simple payback in years: `installationCost / yearlyBenefit`; nil when the benefit is not positive.
    public var paybackYears: Double?
}

/// Why a simulation was refused: the field, the index when it is one element, and the reason.
public typealias SharingInputError = AllocationError

/// Runs a building's year quarter by quarter with the grid operator's allocation rules.
public enum SharingSimulation {
    /// Checks the building and the tariffs, then simulates. The work is linear in participants × quarters; the inner
    /// loop touches only flat arrays.
    public static func run(_ building: SharingBuilding, tariffs: SharingTariffs) throws(SharingInputError) -> SharingYearResult {
        try validate(building, tariffs: tariffs)
        let n = building.participantCount
        let quarters = building.quarterCount
        let months = monthRanges(firstQuarter: building.firstQuarter, quarterCount: quarters)
        var monthOfftake = [Double](repeating: 0, count: months.count * n)
        var monthShared = [Double](repeating: 0, count: months.count * n)
        var returned = 0.0
        var out = [Double](repeating: 0, count: n)
        var scratch = [Bool](repeating: false, count: n)
        let shares = building.shares.isEmpty ? [Double](repeating: 0, count: n) : building.shares
        let injector = building.injectorIndex ?? -1

        building.offtake.withUnsafeBufferPointer { offtake in
            building.injection.withUnsafeBufferPointer { injection in
                shares.withUnsafeBufferPointer { shares in
                    out.withUnsafeMutableBufferPointer { out in
                        scratch.withUnsafeMutableBufferPointer { scratch in
                            monthOfftake.withUnsafeMutableBufferPointer { monthOfftake in
                                monthShared.withUnsafeMutableBufferPointer { monthShared in
                                    for (monthIndex, range) in months.enumerated() {
                                        let base = monthIndex * n
                                        for quarter in range.quarters {
                                            let row = UnsafeBufferPointer(rebasing: offtake[(quarter * n)..<(quarter * n + n)])
                                            returned += SharingAllocation.allocateUnchecked(
                                                key: building.key, shares: shares, offtake: row,
                                                injection: injection[quarter], injectorIndex: injector,
                                                into: out, scratch: scratch)
                                            for i in 0..<n {
                                                monthOfftake[base + i] += row[i]
                                                monthShared[base + i] += out[i]
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        let injected = building.injection.reduce(0, +)
        let saving = tariffs.energyPrice - tariffs.networkCostsOnShared
        var participants: [ParticipantYear] = []
        participants.reserveCapacity(n)
        var buildingMonths = months.map { SharingMonth(year: $0.year, month: $0.month, offtake: 0, shared: 0) }
        for i in 0..<n {
            var own: [SharingMonth] = []
            var offtake = 0.0
            var shared = 0.0
            for (m, range) in months.enumerated() {
                let o = monthOfftake[m * n + i]
                let s = monthShared[m * n + i]
                own.append(SharingMonth(year: range.year, month: range.month, offtake: o, shared: s))
                buildingMonths[m].offtake += o
                buildingMonths[m].shared += s
                offtake += o
                shared += s
            }
            participants.append(ParticipantYear(
                offtake: offtake, shared: shared,
                selfSufficiency: offtake > 0 ? shared / offtake : 0,
                selfConsumption: injected > 0 ? shared / injected : 0,
                savings: shared * saving, months: own))
        }
        let shared = participants.reduce(0) { $0 + $1.shared }
        let offtake = participants.reduce(0) { $0 + $1.offtake }
        let savings = shared * saving
        let revenue = returned * tariffs.injectionPrice
        let benefit = savings + revenue
        return SharingYearResult(
            participants: participants, injection: injected, shared: shared, returned: returned,
            selfConsumption: injected > 0 ? shared / injected : 0, selfSufficiency: offtake > 0 ? shared / offtake : 0,
            months: buildingMonths, savings: savings, injectionRevenue: revenue, yearlyBenefit: benefit,
            paybackYears: benefit > 0 ? tariffs.installationCost / benefit : nil)
    }

    /// The checks `run` makes; throws the first problem with its field and index.
    public static func validate(_ building: SharingBuilding, tariffs: SharingTariffs) throws(SharingInputError) {
        let n = building.participantCount
        guard n > 0 else { throw SharingInputError(field: "participantCount", reason: "needs at least one participant") }
        guard building.injection.count == building.quarterCount else {
            throw SharingInputError(field: "injection", reason: "needs one value per quarter hour (\(building.quarterCount)), has \(building.injection.count)")
        }
        guard building.offtake.count == n * building.quarterCount else {
            throw SharingInputError(field: "offtake", reason: "needs participants × quarter hours = \(n * building.quarterCount) values, has \(building.offtake.count)")
        }
        for (index, value) in building.offtake.enumerated() where !(value.isFinite && value >= 0) {
            throw SharingInputError(field: "offtake", index: index, reason: "quarter \(index / n), participant \(index % n): must be a finite number ≥ 0")
        }
        for (index, value) in building.injection.enumerated() where !(value.isFinite && value >= 0) {
            throw SharingInputError(field: "injection", index: index, reason: "must be a finite number ≥ 0")
        }
        // The shares follow the rules of one quarter's request.
        try SharingAllocation.validate(AllocationRequest(
            key: building.key, shares: building.shares, offtake: [Double](repeating: 0, count: n), injection: 0,
            injectorIndex: building.injectorIndex))
        for (field, value) in [("energyPrice", tariffs.energyPrice), ("injectionPrice", tariffs.injectionPrice),
                               ("networkCostsOnShared", tariffs.networkCostsOnShared), ("installationCost", tariffs.installationCost)]
        where !(value.isFinite && value >= 0) {
            throw SharingInputError(field: field, reason: "must be a finite number ≥ 0")
        }
    }

    /// A Brussels calendar month and the simulation's quarters that fall in it.
    struct MonthRange { var year: Int; var month: Int; var quarters: Range<Int> }

    /// Cuts the simulated quarters into Brussels months (local midnight of the first is never ambiguous).
    static func monthRanges(firstQuarter: Int, quarterCount: Int) -> [MonthRange] {
        guard quarterCount > 0 else { return [] }
        let start = EnergyClock.local(utcMinute: firstQuarter * 15)
        var day = EnergyClock.day(ofDayNumber: start.dayNumber)
        var ranges: [MonthRange] = []
        var lower = 0
        while lower < quarterCount {
            let nextMonth = day.month == 12 ? EnergyClock.Day(year: day.year + 1, month: 1, day: 1)
                : EnergyClock.Day(year: day.year, month: day.month + 1, day: 1)
            let upper = min(quarterCount, EnergyClock.firstQuarter(ofLocalDay: nextMonth) - firstQuarter)
            ranges.append(MonthRange(year: day.year, month: day.month, quarters: lower..<upper))
            lower = upper
            day = nextMonth
        }
        return ranges
    }
}
