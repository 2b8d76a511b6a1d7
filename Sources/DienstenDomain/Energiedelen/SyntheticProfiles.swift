import Foundation

/// A small seeded random number generator (SplitMix64): the same seed gives the same numbers on every machine.
public struct EnergyRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }
}

/// What to make up for a building without meter data.
public struct SyntheticBuildingRequest: Sendable, Hashable, Codable {
    /// The number of apartments (participants).
    public var apartments: Int
    /// The average yearly offtake of an apartment in kWh.
    public var annualConsumption: Double
    /// How much apartments differ: each one's yearly offtake is drawn evenly within ± this fraction of the average.
    public var spread: Double
    /// The peak power of the shared PV installation in kWp.
    public var pvKWp: Double
    /// kWh a kWp yields in a year at the site (about 900 in Flanders).
    public var specificYield: Double
    /// The calendar year (Brussels time) to fill, 1 January 00:00 to 1 January 00:00.
    public var year: Int
    /// The seed; the same request gives the same building.
    public var seed: UInt64

    public init(apartments: Int, annualConsumption: Double = 2_500, spread: Double = 0.3, pvKWp: Double,
                specificYield: Double = 900, year: Int, seed: UInt64 = 1) {
        self.apartments = apartments
        self.annualConsumption = annualConsumption
        self.spread = spread
        self.pvKWp = pvKWp
        self.specificYield = specificYield
        self.year = year
        self.seed = seed
    }
}

/// Makes up a building's year so it can be explored before the meters are in. Documented model:
///
/// - **Apartments.** A day shape per quarter hour in Brussels local time: a base load of 0.35, a morning peak
///   around 07:30 (weekends 09:30), a small midday bump and an evening peak around 19:30, each a bell curve;
///   times a season factor `1 + 0.2 · cos(2π (day − 15) / 365.25)` (most in mid-January); each apartment has its
///   evening habits shifted by −1 to +1 hour and every quarter multiplied by a random factor between 0.5 and 1.5.
///   Each apartment is then scaled to its yearly total, drawn within `annualConsumption · (1 ± spread)`.
/// - **PV.** A clear-sky curve for Brussels (50.85° N, 4.35° E): the sine of the sun's elevation from the
///   declination and the solar hour (no equation of time), to the power 1.2, times a season clearness
///   `0.55 + 0.15 · cos(2π (day − 172) / 365.25)` and a random daily weather factor between 0.3 and 1. The year is
///   scaled to `pvKWp × specificYield` kWh.
///
/// The numbers are not a forecast; they give the sharing arithmetic a plausible shape to work on.
public enum SyntheticProfiles {
    /// Latitude and longitude of Brussels in degrees.
    public static let latitude = 50.85
    public static let longitude = 4.35

    /// The quarters of a Brussels calendar year: the UTC quarter index of 1 January 00:00 and how many follow.
    public static func year(_ year: Int) -> (firstQuarter: Int, count: Int) {
        let first = EnergyClock.firstQuarter(ofLocalDay: .init(year: year, month: 1, day: 1))
        let next = EnergyClock.firstQuarter(ofLocalDay: .init(year: year + 1, month: 1, day: 1))
        return (first, next - first)
    }

    /// A building with made-up offtake and injection, shared with `key` and `shares` (equal shares when empty).
    public static func building(_ request: SyntheticBuildingRequest, key: SharingKey = .optimal,
                                shares: [Double] = []) throws(SharingInputError) -> SharingBuilding {
        try validate(request)
        let n = request.apartments
        let (firstQuarter, count) = year(request.year)
        var random = EnergyRandom(seed: request.seed)
        let offtake = apartmentLoads(request, firstQuarter: firstQuarter, count: count, random: &random)
        let injection = pvOutput(request, firstQuarter: firstQuarter, count: count, random: &random)
        let usedShares = shares.isEmpty ? [Double](repeating: 1 / Double(n), count: n) : shares
        return SharingBuilding(participantCount: n, quarterCount: count, firstQuarter: firstQuarter, offtake: offtake,
                               injection: injection, key: key, shares: usedShares)
    }

    static func validate(_ request: SyntheticBuildingRequest) throws(SharingInputError) {
        guard (1...2_000).contains(request.apartments) else {
            throw SharingInputError(field: "apartments", reason: "must be between 1 and 2000")
        }
        guard (1990...2200).contains(request.year) else { throw SharingInputError(field: "year", reason: "must be between 1990 and 2200") }
        for (field, value) in [("annualConsumption", request.annualConsumption), ("pvKWp", request.pvKWp),
                               ("specificYield", request.specificYield)] where !(value.isFinite && value >= 0) {
            throw SharingInputError(field: field, reason: "must be a finite number ≥ 0")
        }
        guard request.spread.isFinite, (0...1).contains(request.spread) else {
            throw SharingInputError(field: "spread", reason: "must be between 0 and 1")
        }
    }

    /// The relative load of an apartment at a local hour of the day (fractional), weekday or weekend.
    public static func dayShape(hour: Double, weekend: Bool, eveningShift: Double = 0) -> Double {
        func bell(_ centre: Double, _ width: Double) -> Double {
            let x = (hour - centre) / width
            return exp(-0.5 * x * x)
        }
        return 0.35 + 0.45 * bell(weekend ? 9.5 : 7.5, 1.0) + (weekend ? 0.55 : 0.35) * bell(12.5, 1.5)
            + 0.9 * bell(19.5 + eveningShift, 2.0)
    }

    /// Quarter-major offtake (`[quarter * apartments + apartment]`), each apartment scaled to its yearly total.
    static func apartmentLoads(_ request: SyntheticBuildingRequest, firstQuarter: Int, count: Int,
                               random: inout EnergyRandom) -> [Double] {
        let n = request.apartments
        // Shapes per evening shift (−4…+4 quarters) × day type × local quarter of the day, computed once.
        var table = [Double](repeating: 0, count: 9 * 2 * 96)
        for shift in 0..<9 {
            for weekend in 0..<2 {
                for q in 0..<96 {
                    table[(shift * 2 + weekend) * 96 + q] = dayShape(
                        hour: (Double(q) + 0.5) / 4, weekend: weekend == 1, eveningShift: Double(shift - 4) / 4)
                }
            }
        }
        let shifts = (0..<n).map { _ in Int(random.next() % 9) }
        let targets = (0..<n).map { _ in request.annualConsumption * (1 + request.spread * (2 * random.unit() - 1)) }
        var loads = [Double](repeating: 0, count: n * count)
        var sums = [Double](repeating: 0, count: n)
        for quarter in 0..<count {
            let local = EnergyClock.local(utcMinute: (firstQuarter + quarter) * 15)
            let weekday = ((local.dayNumber + 4) % 7 + 7) % 7  // 0 = Sunday
            let weekend = weekday == 0 || weekday == 6 ? 1 : 0
            let dayOfYear = Double(local.dayNumber - EnergyClock.dayNumber(year: request.year, month: 1, day: 1))
            let season = 1 + 0.2 * cos(2 * Double.pi * (dayOfYear - 15) / 365.25)
            let quarterOfDay = local.minuteOfDay / 15
            for i in 0..<n {
                let value = table[(shifts[i] * 2 + weekend) * 96 + quarterOfDay] * season * (0.5 + random.unit())
                loads[quarter * n + i] = value
                sums[i] += value
            }
        }
        let scale = (0..<n).map { sums[$0] > 0 ? targets[$0] / sums[$0] : 0 }
        for quarter in 0..<count {
            for i in 0..<n { loads[quarter * n + i] *= scale[i] }
        }
        return loads
    }

    /// The relative clear-sky output at a UTC minute: sin(elevation)^1.2, 0 when the sun is down.
    public static func clearSky(utcMinute: Int) -> Double {
        let dayNumber = EnergyClock.floorDivide(utcMinute, 1440)
        let day = EnergyClock.day(ofDayNumber: dayNumber)
        let dayOfYear = Double(dayNumber - EnergyClock.dayNumber(year: day.year, month: 1, day: 1) + 1)
        let declination = 23.44 * Double.pi / 180 * sin(2 * Double.pi * (284 + dayOfYear) / 365)
        let solarHour = Double(utcMinute - dayNumber * 1440) / 60 + longitude / 15
        let hourAngle = (solarHour - 12) * 15 * Double.pi / 180
        let phi = latitude * Double.pi / 180
        let sinElevation = sin(phi) * sin(declination) + cos(phi) * cos(declination) * cos(hourAngle)
        return sinElevation > 0 ? pow(sinElevation, 1.2) : 0
    }

    /// kWh injected per quarter hour, scaled to `pvKWp × specificYield` over the year.
    static func pvOutput(_ request: SyntheticBuildingRequest, firstQuarter: Int, count: Int,
                         random: inout EnergyRandom) -> [Double] {
        var output = [Double](repeating: 0, count: count)
        var weatherDay = Int.min
        var weather = 1.0
        var total = 0.0
        for quarter in 0..<count {
            let utcMinute = (firstQuarter + quarter) * 15 + 7  // the middle of the quarter hour
            let local = EnergyClock.local(utcMinute: utcMinute)
            if local.dayNumber != weatherDay {
                weatherDay = local.dayNumber
                weather = 0.3 + 0.7 * random.unit()
            }
            let dayOfYear = Double(local.dayNumber - EnergyClock.dayNumber(year: request.year, month: 1, day: 1))
            let clearness = 0.55 + 0.15 * cos(2 * Double.pi * (dayOfYear - 172) / 365.25)
            let value = clearSky(utcMinute: utcMinute) * clearness * weather
            output[quarter] = value
            total += value
        }
        let target = request.pvKWp * request.specificYield
        let scale = total > 0 ? target / total : 0
        for quarter in 0..<count { output[quarter] *= scale }
        return output
    }
}
