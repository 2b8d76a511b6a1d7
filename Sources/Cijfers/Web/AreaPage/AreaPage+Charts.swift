import CijfersDomain
import Platform
import Plot

/// The steekkaart's small map (where the area lies) as an SVG file, a PNG (site.js) and an embed code.
extension AreaPageModel {
    static let locatorID = "ligging"

    private var chartQuery: [(String, String?)] { [("lang", language == .en ? "en" : nil)] }

    private var chartTitle: String { CijfersText.strings(language)("area.locatorTitle", area.name) }

    private var chartFileName: DownloadFileName {
        DownloadFileName(subjects: [area.name], level: levelName, periods: [], suffix: Self.locatorID)
    }

    var chartLinks: ChartFileLinks {
        ChartFileLinks(
            key: Self.locatorID, chartWords: CijfersText.strings(language)["export.locatorWords"], title: chartTitle,
            fileName: chartFileName, svgURL: ChartPath.areaSVG(level: area.levelCode, code: area.code).url(chartQuery),
            embedURL: siteBase + ChartPath.areaEmbed(level: area.levelCode, code: area.code).url(chartQuery), height: 420)
    }

    /// The small map as the steekkaart draws it; nil when its level has no shapes.
    func export() -> ChartExport? {
        guard !locator.isEmpty else { return nil }
        return ChartExport(
            title: chartTitle, pageURL: siteBase + CijfersPath.area(level: area.levelCode, code: area.code).url(chartQuery),
            source: CijfersText.strings(language)["export.locatorSource"], fileName: chartFileName,
            drawings: ChartMarkup.drawings(of: Self.locatorID, in: page().document().render()), table: nil, language: language)
    }
}
