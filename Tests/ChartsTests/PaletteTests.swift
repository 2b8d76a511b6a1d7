import Foundation
import Testing

@testable import Charts

@Suite struct PaletteTests {
    /// Relative luminance (WCAG), to check "light to dark" without trusting the tables by eye.
    func luminance(_ hex: String) -> Double {
        let digits = Array(hex.dropFirst())
        let channels = stride(from: 0, to: 6, by: 2).map { index -> Double in
            let value = Double(Int(String(digits[index...index + 1]), radix: 16)!) / 255
            return value <= 0.03928 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }

    @Test(arguments: Palette.allCases)
    func everySizeHasThatManyHexColours(palette: Palette) {
        #expect(palette.colors(0).isEmpty)
        #expect(palette.colors(-3).isEmpty)
        for count in 1...12 {
            let colors = palette.colors(count)
            #expect(colors.count == count)
            #expect(colors.allSatisfy { $0.count == 7 && $0.hasPrefix("#") && Int($0.dropFirst(), radix: 16) != nil })
            #expect(Set(colors).count == count, "colours must differ: \(colors)")
        }
    }

    @Test(arguments: [Palette.blues, .viridis])
    func sequentialPalettesRunLightToDark(palette: Palette) {
        #expect(!palette.isDiverging)
        for count in 2...12 {
            let levels = palette.colors(count).map(luminance)
            #expect(levels == levels.sorted(by: >), "\(palette) \(count)")
        }
    }

    @Test(arguments: [Palette.purpleOrange, .greenBrown])
    func divergingPalettesAreLightestInTheMiddle(palette: Palette) {
        #expect(palette.isDiverging)
        for count in [3, 5, 7, 9] {
            let levels = palette.colors(count).map(luminance)
            #expect(levels.firstIndex(of: levels.max()!) == count / 2, "\(palette) \(count)")
        }
    }

    @Test func publishedValuesAreUsed() {
        #expect(Palette.blues.colors(5) == ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"])
        #expect(Palette.viridis.colors(3) == ["#fde725", "#21908c", "#440154"])
        #expect(Palette.purpleOrange.colors(3) == ["#f1a340", "#f7f7f7", "#998ec3"])
        #expect(Palette.greenBrown.colors(3) == ["#d8b365", "#f5f5f5", "#5ab4ac"])
        #expect(Palette.blues.colors(2) == ["#deebf7", "#3182bd"])
    }
}
