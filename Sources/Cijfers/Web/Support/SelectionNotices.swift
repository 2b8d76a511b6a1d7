import CijfersDomain
import Platform
import Charts
import Plot
import Vapor

/// The query parameters each explorer page accepts, besides `lang` (the page frame's own). A parameter a page does
/// not know is said at the top of the page ("Deze keuze kon niet gevolgd worden"), never silently ignored.
/// A page that reads a new parameter adds it here.
enum PageParameters {
    static let always = ["lang"]
    static let indicator = ["level", "parent", "period", "classification", "classes", "palette", DashboardAppend.parameter]
    static let benchmark = ["i", "indicators"]
    static let evolution = ["level", "i", "indicators", "g", "areas", "view", "group"]
    static let area: [String] = []
    static let table = ["i", "indicators", "level", "parent", "g", "areas", "p", "periods", "group"]
    static let dashboard = [DashboardSpec.parameterTitle, DashboardSpec.parameterTile, DashboardEdit.parameterEdit,
                            DashboardEdit.parameterAction] + DashboardEdit.chooserParameters

    /// The page's words for each parameter it does not know, in the query's order.
    static func unknown(_ request: Request, accepted: [String], _ t: Strings) -> [String] {
        let known = accepted + always
        let names = APIParameters.names(request.url.query).filter { !known.contains($0) }
        return names.prefix(5).map { t("honest.notice.unknownParameter", String($0.prefix(40)), known.joined(separator: ", ")) }
    }
}

/// What a page could not follow of the selection asked, and what it shows instead: a box at the top of the page.
enum SelectionNotices {
    static func node(_ notices: [String], _ t: Strings) -> Node<HTML.BodyContext> {
        .if(!notices.isEmpty, .div(
            .attr("class", "notice selection-notices"), .attr("role", "status"),
            .p(.strong(.text(t["honest.notice.title"] + ":"))),
            .ul(.forEach(notices) { .li(.text($0)) })
        ))
    }
}

extension IndicatorPageModel {
    /// What of the indicator page's query could not be followed, compared with what the page shows.
    static func notices(query: [String: String], request: Request, catalog: Catalog, shown: IndicatorSelection,
                        levelName: String, language: SiteLanguage, parameters: Bool = true) -> [String] {
        let t = CijfersText.strings(language)
        var notices = parameters ? PageParameters.unknown(request, accepted: PageParameters.indicator, t) : []
        func asked(_ key: String) -> String? {
            query[key].map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        if let level = asked("level"), catalog.level(level)?.code != shown.level {
            notices.append(t("honest.notice.level", String(level.prefix(40)), levelName))
        }
        if let parent = asked("parent"), shown.parent == nil {
            do {
                _ = try DataQuery(database: request.db, catalog: catalog).resolveParent(parent, below: shown.level)
            } catch let error as QueryError {
                if case .unknownArea = error {
                    notices.append(t("honest.notice.parentUnknown", String(parent.prefix(40))))
                } else {
                    notices.append(t("honest.notice.parent", error.text(language)))
                }
            } catch {}
        }
        if let period = asked("period"), period != shown.period {
            notices.append(t("honest.notice.period", String(period.prefix(40)), shown.period ?? t["indicator.noPeriod"]))
        }
        if let classification = asked("classification"), Classification(rawValue: classification) == nil {
            notices.append(t("honest.notice.classification", String(classification.prefix(40)), t["indicator.classification.\(shown.classification.rawValue)"]))
        }
        if let classes = asked("classes"), Int(classes) != shown.classes {
            notices.append(t("honest.notice.classes", String(classes.prefix(40)), String(shown.classes)))
        }
        if let palette = asked("palette"), Palette(rawValue: palette) == nil {
            notices.append(t("honest.notice.palette", String(palette.prefix(40)), t["indicator.palette.\(shown.palette.rawValue)"]))
        }
        return notices
    }
}
