import CijfersDomain
import Platform
import Plot
import Vapor

/// The benchmark says what it could not follow, and its centrumsteden row is the same figure as on the steekkaart
/// and the indicator page: the group area `centrumsteden`, aggregated by the indicator's own rule.
extension BenchmarkPageModel {
    static let maximumColumns = 12

    /// The value of the 13 together for the period shown; nil where the catalog has no centrumsteden group.
    static func centrumsteden(_ code: String, period: String?, catalog: Catalog, query: DataQuery) async throws -> DataTable.Cell? {
        guard let period, catalog.area(level: Centrumsteden.level, code: Centrumsteden.area) != nil,
              catalog.indicatorsReadable(atLevel: Centrumsteden.level)[code] != nil
        else { return nil }
        return try await query.run(DataSelection(indicators: [code], level: Centrumsteden.level, areas: [Centrumsteden.area],
                                                 periods: .list([period]))).cells.first
    }

    static func notices(request: Request, catalog: Catalog, asked: [String], shown: Int) -> [String] {
        let t = CijfersText.strings(request.language)
        var notices = PageParameters.unknown(request, accepted: PageParameters.benchmark, t)
        let askedCodes = asked.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.uniqued()
        let unknown = askedCodes.filter { catalog.indicators[$0]?.visible != true }
        if !unknown.isEmpty {
            notices.append(t("honest.notice.indicators", unknown.prefix(10).map { String($0.prefix(50)) }.joined(separator: ", ")))
            if unknown.count == askedCodes.count { notices.append(t["honest.notice.indicatorsDefault"]) }
        }
        let known = askedCodes.count - unknown.count
        if known > maximumColumns { notices.append(t("honest.notice.tooMany", String(known), String(maximumColumns))) }
        return notices
    }

    func groupCell(_ column: Column) -> Node<HTML.TableRowContext> {
        .td(.attr("class", "num"),
                   surveyCell(column, column.group, column.groupEstimate),
                   .unwrap(column.groupStatistic) { .span(.attr("class", "muted group-statistic"), .text(" (\($0))")) })
    }
}
