import Foundation
import AccessDomain
import Plot
import Platform

extension AccountPageModel {
    func page() -> Page {
        let temporary = temporaryPasswordExpiresAt != nil
        return Page(
            title: "Mijn account",
            breadcrumbs: [("Cijfers", SitePath.home.path), ("Mijn account", nil)],
            content: .group(
                .notice(notice),
                .unwrap(temporaryPasswordExpiresAt) { until in
                    .p(.attr("class", "notice"), .attr("role", "status"),
                       .text("Je bent aangemeld met een tijdelijk wachtwoord (geldig tot \(DutchDate.dayAndTime(until))). "
                             + "Kies eerst een eigen wachtwoord; tot dan kun je niets anders doen op Stadsbeeld."))
                },
                .formErrors(problems),
                .dl(.attr("class", "facts"),
                    .dt(.text("Naam")), .dd(.text(principal.userName)),
                    .dt(.text("E-mailadres")), .dd(.text(email)),
                    .dt(.text("Organisatie")), .dd(.text(organisationName)),
                    .dt(.text("Rol")), .dd(.text(principal.role.label))),
                .postForm(action: AccessPath.signOut.path, csrf: csrf, class: "inline", .submitButton("Afmelden")),
                .section(
                    .attr("aria-labelledby", "wachtwoord-kop"),
                    .h2(.attr("id", "wachtwoord-kop"), .text("Wachtwoord wijzigen")),
                    .postForm(
                        action: AccessPath.accountPassword.path, csrf: csrf,
                        .field(id: "huidig", label: temporary ? "Tijdelijk wachtwoord" : "Huidig wachtwoord", name: "huidig", type: "password", autocomplete: "current-password"),
                        .field(id: "nieuw", label: "Nieuw wachtwoord", name: "nieuw", type: "password", autocomplete: "new-password",
                               hint: "Minstens 12 tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden."),
                        .field(id: "herhaling", label: "Nieuw wachtwoord, nog eens", name: "herhaling", type: "password", autocomplete: "new-password"),
                        .submitButton("Wachtwoord wijzigen"))
                ),
                .section(
                    .attr("aria-labelledby", "sleutels-kop"),
                    .h2(.attr("id", "sleutels-kop"), .text("API-sleutels")),
                    .p(.text("Een sleutel laat een script namens jou cijfers lezen (ook afgeschermde cijfers van je organisatie) of importeren. "
                             + "Je ziet hem één keer, bij het aanmaken. Trek een sleutel in zodra je hem niet meer nodig hebt.")),
                    tokensTable,
                    temporary ? .p(.text("Een sleutel maak je aan zodra je een eigen wachtwoord hebt gekozen.")) : .postForm(
                        action: AccessPath.accountTokens.path, csrf: csrf,
                        .field(id: "sleutel-naam", label: "Naam van de sleutel", name: "naam", hint: "Bijvoorbeeld: nachtelijke import"),
                        .selectField(id: "sleutel-bereik", label: "Wat mag de sleutel", name: "bereik",
                                     options: TokenScope.allCases.map { ($0.rawValue, $0.label) }, selected: TokenScope.read.rawValue),
                        .field(id: "sleutel-dagen", label: "Geldig (dagen)", name: "dagen", type: "number", value: "90", required: false,
                               hint: "Leeg laten: geldig tot je hem intrekt."),
                        .submitButton("Sleutel aanmaken"))
                )
            ))
    }

    private var tokensTable: Node<HTML.BodyContext> {
        guard !tokens.isEmpty else { return .p(.text("Je hebt nog geen sleutels.")) }
        return .table(
            .attr("class", "data"),
            .caption(.text("Jouw API-sleutels")),
            .thead(.tr(.th(.text("Naam")), .th(.text("Begint met")), .th(.text("Mag")), .th(.text("Aangemaakt")),
                       .th(.text("Laatst gebruikt")), .th(.text("Status")), .th(.text("Actie")))),
            .tbody(.forEach(tokens) { token in
                let usable = token.isUsable(at: Date())
                return .tr(
                    .td(.text(token.name)), .td(.code(.text(token.hint + "…"))), .td(.text(token.scope.label)),
                    .td(.text(DutchDate.dayAndTime(token.createdAt))),
                    .td(.text(token.lastUsedAt.map(DutchDate.dayAndTime) ?? "nooit")),
                    .td(.text(token.revokedAt != nil ? "ingetrokken" : (usable ? "geldig" : "verlopen"))),
                    .td(.if(token.revokedAt == nil && temporaryPasswordExpiresAt == nil,
                            .postForm(action: AccessPath.revokeToken(id: token.id ?? 0).path, csrf: csrf, class: "inline",
                                      .labelledButton("Intrekken", label: "Sleutel \(token.name) intrekken"))))
                )
            })
        )
    }
}

/// Shown once, right after a token is made: the only time its secret is visible.
struct TokenCreatedPage {
    let name: String
    let secret: String
    let scope: TokenScope

    func page() -> Page {
        Page(
            title: "Sleutel aangemaakt",
            breadcrumbs: [("Mijn account", AccessPath.account.path), ("Sleutel aangemaakt", nil)],
            content: .group(
                .p(.text("Kopieer de sleutel ‘\(name)’ (\(scope.label)) nu: hij wordt niet meer getoond. Bewaar hem zoals een wachtwoord.")),
                .element(named: "label", nodes: [.attr("for", "geheim"), .text("Sleutel")]),
                .element(Element<HTML.BodyContext>.selfClosed(named: "input", attributes: [
                    .attr("type", "text"), .attr("id", "geheim"), .attr("value", secret),
                    .attr("readonly", "readonly"), .attr("class", "secret"),
                    .attr("size", "60"),
                ])),
                .p(.text("Gebruik: "), .code(.text("curl -H \"Authorization: Bearer \(secret.prefix(10))…\" …/api/v1/data?…"))),
                .p(.a(.attr("href", AccessPath.account.path), .text("Terug naar mijn account")))
            ))
    }
    /// The same address without a secret: after a reload, or when the secret was already shown.
    static func shownBefore() -> Page {
        Page(
            title: "API-sleutels",
            breadcrumbs: [("Mijn account", AccessPath.account.path), ("API-sleutels", nil)],
            content: .group(
                .p(.text("Een nieuwe sleutel wordt één keer getoond, meteen nadat je hem aanmaakt, en daarna nooit meer.")),
                .p(.text("Heb je hem niet bewaard? Trek hem in op Mijn account en maak een nieuwe.")),
                .p(.a(.attr("href", AccessPath.account.path), .text("Naar mijn account")))
            ))
    }
}
