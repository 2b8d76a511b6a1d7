import DienstenDomain
import Foundation
import Platform
import Vapor

/// The caseworker's form: the values as typed, the problems of a refused reading, and the CSRF token.
struct LeefloonFormPage {
    var values: LeefloonFormValues
    var problems: [LeefloonFormValues.Problem] = []
    /// A problem of the month that is not a typing error (before the first known amount, an unknown amount).
    var monthProblem: String?
    var csrf: String
    var language: SiteLanguage
    /// A signed-in member sees the link to the organisation's decisions.
    var signedIn = false

    static func blank(_ request: Request, csrf: String) -> LeefloonFormPage {
        var values = LeefloonFormValues()
        values.month = LeefloonDate(Self.today()).map(\.monthText)
        values.household = LeefloonSituation.Household.alone.rawValue
        return LeefloonFormPage(values: values, csrf: csrf, language: request.language, signedIn: request.principal != nil)
    }

    static func today() -> String {
        let components = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Europe/Brussels")!, from: Date())
        return String(format: "%04d-%02d-%02d", components.year ?? 2026, components.month ?? 1, components.day ?? 1)
    }
}
