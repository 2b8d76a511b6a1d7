/// Colour schemes for choropleth classes. All four are readable with the common forms of colour
/// blindness: ColorBrewer's Blues, PuOr and BrBG and the viridis ramp were designed for that.
/// The hex values are the published definitions of those schemes.
public enum Palette: String, Sendable, CaseIterable {
    /// Sequential, light to dark blue.
    case blues
    /// Sequential, light yellow-green to dark purple (viridis, from light to dark).
    case viridis
    /// Diverging, orange (low) through near-white to purple (high): ColorBrewer PuOr in its own order.
    case purpleOrange
    /// Diverging, brown (low) through near-white to blue-green (high): ColorBrewer BrBG in its own order.
    case greenBrown

    public var isDiverging: Bool {
        switch self {
        case .blues, .viridis: false
        case .purpleOrange, .greenBrown: true
        }
    }

    /// The name shown to users in a palette picker.
    public var dutchName: String {
        switch self {
        case .blues: "blauw"
        case .viridis: "viridis (geel–paars)"
        case .purpleOrange: "oranje–paars (tweezijdig)"
        case .greenBrown: "bruin–groen (tweezijdig)"
        }
    }

    /// `count` colours as "#rrggbb", from the lowest class to the highest (light to dark for the
    /// sequential palettes). 3...9 are the schemes' own sets; 2 takes the ends of the 3-colour set;
    /// 1 gives a mid-tone; more than 9 is interpolated along the 9-colour set.
    public func colors(_ count: Int) -> [String] {
        guard count > 0 else { return [] }
        switch count {
        case 1:
            let three = colors(3)
            return [isDiverging ? three[2] : three[1]]
        case 2:
            let three = colors(3)
            return [three[0], three[2]]
        case 3...9:
            switch self {
            case .blues: return Self.bluesSets[count - 3]
            case .purpleOrange: return Self.purpleOrangeSets[count - 3]
            case .greenBrown: return Self.brownGreenSets[count - 3]
            case .viridis:
                // Sampling the 9 reference colours reproduces viridis(3), viridis(5) and viridis(9)
                // exactly and stays within a few units of the other official samples.
                return Self.interpolate(Self.viridisNine, count: count).reversed()
            }
        default:
            let nine = self == .viridis ? Array(Self.viridisNine.reversed()) : colors(9)
            return Self.interpolate(nine, count: count)
        }
    }

    // MARK: - Scheme definitions

    private static let bluesSets: [[String]] = [
        ["#deebf7", "#9ecae1", "#3182bd"],
        ["#eff3ff", "#bdd7e7", "#6baed6", "#2171b5"],
        ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"],
        ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"],
        ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"],
        ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"],
        ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"],
    ]

    private static let purpleOrangeSets: [[String]] = [
        ["#f1a340", "#f7f7f7", "#998ec3"],
        ["#e66101", "#fdb863", "#b2abd2", "#5e3c99"],
        ["#e66101", "#fdb863", "#f7f7f7", "#b2abd2", "#5e3c99"],
        ["#b35806", "#f1a340", "#fee0b6", "#d8daeb", "#998ec3", "#542788"],
        ["#b35806", "#f1a340", "#fee0b6", "#f7f7f7", "#d8daeb", "#998ec3", "#542788"],
        ["#b35806", "#e08214", "#fdb863", "#fee0b6", "#d8daeb", "#b2abd2", "#8073ac", "#542788"],
        ["#b35806", "#e08214", "#fdb863", "#fee0b6", "#f7f7f7", "#d8daeb", "#b2abd2", "#8073ac", "#542788"],
    ]

    private static let brownGreenSets: [[String]] = [
        ["#d8b365", "#f5f5f5", "#5ab4ac"],
        ["#a6611a", "#dfc27d", "#80cdc1", "#018571"],
        ["#a6611a", "#dfc27d", "#f5f5f5", "#80cdc1", "#018571"],
        ["#8c510a", "#d8b365", "#f6e8c3", "#c7eae5", "#5ab4ac", "#01665e"],
        ["#8c510a", "#d8b365", "#f6e8c3", "#f5f5f5", "#c7eae5", "#5ab4ac", "#01665e"],
        ["#8c510a", "#bf812d", "#dfc27d", "#f6e8c3", "#c7eae5", "#80cdc1", "#35978f", "#01665e"],
        ["#8c510a", "#bf812d", "#dfc27d", "#f6e8c3", "#f5f5f5", "#c7eae5", "#80cdc1", "#35978f", "#01665e"],
    ]

    /// viridis at 9 evenly spaced points, dark to light (the ramp's own direction).
    private static let viridisNine = [
        "#440154", "#472d7b", "#3b528b", "#2c728e", "#21908c", "#27ad81", "#5dc863", "#aadc32", "#fde725",
    ]

    /// `count` colours evenly spaced along the piecewise-linear ramp through `stops` (in sRGB).
    private static func interpolate(_ stops: [String], count: Int) -> [String] {
        let rgb = stops.map(components)
        guard count > 1, rgb.count > 1 else { return [stops[stops.count / 2]] }
        return (0..<count).map { index in
            let position = Double(index) * Double(rgb.count - 1) / Double(count - 1)
            let lower = min(Int(position), rgb.count - 2)
            let fraction = position - Double(lower)
            let a = rgb[lower]
            let b = rgb[lower + 1]
            return hex(
                a.0 + (b.0 - a.0) * fraction,
                a.1 + (b.1 - a.1) * fraction,
                a.2 + (b.2 - a.2) * fraction)
        }
    }

    private static func components(_ hex: String) -> (Double, Double, Double) {
        let digits = Array(hex.utf8.dropFirst())
        func byte(_ offset: Int) -> Double {
            func nibble(_ c: UInt8) -> Int {
                switch c {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(c - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(c - UInt8(ascii: "a")) + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(c - UInt8(ascii: "A")) + 10
                default: 0
                }
            }
            return Double(nibble(digits[offset]) * 16 + nibble(digits[offset + 1]))
        }
        return (byte(0), byte(2), byte(4))
    }

    private static func hex(_ r: Double, _ g: Double, _ b: Double) -> String {
        let digits = Array("0123456789abcdef")
        var result = "#"
        for channel in [r, g, b] {
            let value = min(max(Int(channel.rounded()), 0), 255)
            result.append(digits[value / 16])
            result.append(digits[value % 16])
        }
        return result
    }
}
