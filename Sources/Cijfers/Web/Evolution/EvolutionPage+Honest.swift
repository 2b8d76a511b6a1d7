import CijfersDomain
import Platform
import Vapor

/// What the evolution could not follow of its indicators and parameters (its areas and level: EvolutionPage+Paths).
extension EvolutionPageModel {
    static let maximumIndicators = 6

    func honestNotices(request: Request, catalog: Catalog) -> [String] {
        let t = CijfersText.strings(language)
        var notices = PageParameters.unknown(request, accepted: PageParameters.evolution, t)
        let asked = ListParameter.values(request, repeated: "i", listed: "indicators")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.uniqued()
        let unknown = asked.filter { catalog.indicators[$0]?.visible != true }
        if !unknown.isEmpty {
            notices.append(t("honest.notice.indicators", unknown.prefix(10).map { String($0.prefix(50)) }.joined(separator: ", ")))
            if unknown.count == asked.count { notices.append(t["honest.notice.indicatorsDefault"]) }
        }
        let known = asked.count - unknown.count
        if known > Self.maximumIndicators { notices.append(t("honest.notice.tooMany", String(known), String(Self.maximumIndicators))) }
        return notices
    }
}
