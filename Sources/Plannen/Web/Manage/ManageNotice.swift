import Platform
import PlannenDomain
import Vapor

/// The confirmation the manage page shows after a change (post/redirect/get): the change's code in `gelukt` and its
/// figures in a few more parameters, so the page says it in the visitor's language. Unknown codes show nothing;
/// figures that are not numbers are left out.
enum ManageNotice {
    /// The query of the redirect after an import.
    static func imported(_ outcome: PlanService.ImportOutcome) -> [(String, String?)] {
        [("gelukt", "ingelezen"),
         ("soort", outcome.createdPlan ? "nieuw" : outcome.startedVersion ? "aanpassing" : "ontwerp"),
         ("nr", String(outcome.versionNumber)), ("items", String(outcome.items)), ("budget", String(outcome.budgetLines)),
         ("plus", String(outcome.diff.added.count)), ("min", String(outcome.diff.removed.count)),
         ("gewijzigd", String(outcome.diff.changed.count)), ("budgetlijnen", String(outcome.diff.budget.count))]
    }

    static func reminders(_ outcome: PlanReminders.Outcome, period: String) -> [(String, String?)] {
        [("gelukt", "herinneringen"), ("periode", period), ("aantal", String(outcome.queued)),
         ("al", String(outcome.alreadyQueued)), ("uitgeschakeld", String(outcome.disabled)),
         ("onbereikbaar", String(outcome.unreachable))]
    }

    static func text(_ request: Request, _ t: Strings) -> String? {
        func number(_ key: String) -> String { request.query[String.self, at: key].flatMap(Int.init).map(String.init) ?? "?" }
        func count(_ key: String) -> Int { request.query[String.self, at: key].flatMap(Int.init) ?? 0 }
        let period = request.query[String.self, at: "periode"].map { String($0.prefix(20)) } ?? "?"
        switch request.query[String.self, at: "gelukt"] {
        case "ingelezen":
            let kind: String
            switch request.query[String.self, at: "soort"] {
            case "nieuw": kind = t("manage.notice.importNew", number("nr"))
            case "aanpassing": kind = t("manage.notice.importAmendment", number("nr"))
            default: kind = t("manage.notice.importDraft", number("nr"))
            }
            return kind + " " + t("manage.notice.importCounts", number("items"), number("budget"), number("plus"),
                                  number("min"), number("gewijzigd"), number("budgetlijnen"))
        case "vastgesteld": return t("manage.notice.adopted", number("nr"))
        case "gepubliceerd": return t["manage.notice.published"]
        case "ingetrokken": return t["manage.notice.unpublished"]
        case "geopend": return t("manage.notice.periodOpened", period)
        case "afgesloten": return t("manage.notice.periodClosed", period)
        case "heropend": return t("manage.notice.periodReopened", period)
        case "herinneringen":
            var parts = [count("aantal") == 1 ? t("manage.notice.remindersOne", period)
                                              : t("manage.notice.remindersMany", String(count("aantal")), period)]
            for (key, text) in [("al", "Already"), ("uitgeschakeld", "Disabled"), ("onbereikbaar", "Unreachable")] where count(key) > 0 {
                parts.append(count(key) == 1 ? t["manage.notice.reminders\(text)One"] : t("manage.notice.reminders\(text)", String(count(key))))
            }
            return parts.joined(separator: " ")
        default: return nil
        }
    }
}
