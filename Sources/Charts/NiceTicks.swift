import Foundation

/// Axis ticks at "nice numbers" (1, 2, 2.5 or 5 times a power of ten), after Heckbert's
/// Graphics Gems method: round steps are what readers can interpolate between.
public enum NiceTicks {
    /// 4 to 6 ticks covering `lower...upper` (the range is widened to whole steps).
    /// A zero-width range is widened around its value first, so a flat series still gets an axis.
    public static func ticks(lower: Double, upper: Double) -> [Double] {
        var low = lower.isFinite ? lower : 0
        var high = upper.isFinite ? upper : 1
        if low > high { swap(&low, &high) }
        if high == low {
            let pad = low == 0 ? 1 : abs(low) * 0.1
            low -= pad
            high += pad
        }
        var fallback: [Double] = []
        // Aim for 5 ticks; some ranges only come out right aiming a little higher or lower.
        for target in [5, 6, 4, 7, 3] {
            let candidate = ticks(lower: low, upper: high, target: target)
            if (4...6).contains(candidate.count) { return candidate }
            if fallback.isEmpty || abs(candidate.count - 5) < abs(fallback.count - 5) { fallback = candidate }
        }
        return fallback
    }

    static func ticks(lower: Double, upper: Double, target: Int) -> [Double] {
        let step = niceStep((upper - lower) / Double(target - 1))
        let first = (lower / step).rounded(.down) * step
        let last = (upper / step).rounded(.up) * step
        let count = Int(((last - first) / step).rounded()) + 1
        let places = decimals(forStep: step)
        return (0..<count).map { index in
            // Rounding to the step's precision removes 0.30000000000000004-style noise.
            let value = first + Double(index) * step
            let factor = pow(10, Double(places))
            let cleaned = (value * factor).rounded() / factor
            return cleaned == 0 ? 0 : cleaned
        }
    }

    static func niceStep(_ rough: Double) -> Double {
        guard rough > 0, rough.isFinite else { return 1 }
        let magnitude = pow(10, (log10(rough)).rounded(.down))
        let fraction = rough / magnitude
        let nice: Double =
            switch fraction {
            case ...1: 1
            case ...2: 2
            case ...2.5: 2.5
            case ...5: 5
            default: 10
            }
        return nice * magnitude
    }

    /// Decimals needed to write every multiple of `step` exactly: 0.25 → 2, 5 → 0.
    public static func decimals(forStep step: Double) -> Int {
        for places in 0...10 {
            let scaled = step * pow(10, Double(places))
            if abs(scaled - scaled.rounded()) < 1e-9 * max(1, abs(scaled)) { return places }
        }
        return 10
    }
}
