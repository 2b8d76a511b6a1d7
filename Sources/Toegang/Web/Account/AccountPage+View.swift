import Foundation
import AccessDomain
import Plot
import Platform

extension AccountPageModel {
    func page() -> Page {
        let t = ToegangText.strings(language)
        let site = SiteStrings(language)
        let temporary = temporaryPasswordExpiresAt != nil
        return Page(
            title: t["account.title"],
            breadcrumbs: [(site.home, SitePath.home.path), (t["account.title"], nil)],
            content: .group(
                .notice(notice.map { t["account.notice.\($0)"] }),
                .unwrap(temporaryPasswordExpiresAt) { until in
                    .p(.attr("class", "notice"), .attr("role", "status"),
                       .text(t("account.temporaryNotice", ToegangText.dayAndTime(until, language))))
                },
                .formErrors(problems, strings: site),
                .dl(.attr("class", "facts"),
                    .dt(.text(t["common.name"])), .dd(.text(principal.userName)),
                    .dt(.text(t["common.email"])), .dd(.text(email)),
                    .dt(.text(t["common.organisation"])), .dd(.text(organisationName)),
                    .dt(.text(t["common.role"])), .dd(.text(principal.role.label))),
                .postForm(action: AccessPath.signOut.path, csrf: csrf, class: "inline", .submitButton(t["account.signOut"])),
                .section(
                    .attr("aria-labelledby", "wachtwoord-kop"),
                    .h2(.attr("id", "wachtwoord-kop"), .text(t["account.passwordHeading"])),
                    .postForm(
                        action: AccessPath.accountPassword.path, csrf: csrf,
                        .field(id: "huidig", label: t[temporary ? "account.temporaryPassword" : "account.currentPassword"], name: "huidig",
                               type: "password", autocomplete: "current-password"),
                        .field(id: "nieuw", label: t["account.newPassword"], name: "nieuw", type: "password", autocomplete: "new-password",
                               hint: t["account.newPasswordHint"]),
                        .field(id: "herhaling", label: t["account.repeatPassword"], name: "herhaling", type: "password", autocomplete: "new-password"),
                        .submitButton(t["account.changePassword"]))
                ),
                .section(
                    .attr("aria-labelledby", "sleutels-kop"),
                    .h2(.attr("id", "sleutels-kop"), .text(t["account.tokensHeading"])),
                    .p(.text(t["account.tokensIntro"])),
                    tokensTable(t),
                    temporary ? .p(.text(t["account.tokensAfterPassword"])) : .postForm(
                        action: AccessPath.accountTokens.path, csrf: csrf,
                        .field(id: "sleutel-naam", label: t["account.tokenName"], name: "naam", hint: t["account.tokenNameHint"]),
                        .selectField(id: "sleutel-bereik", label: t["account.tokenScope"], name: "bereik",
                                     options: TokenScope.allCases.map { ($0.rawValue, t.scope($0)) }, selected: TokenScope.read.rawValue),
                        .field(id: "sleutel-dagen", label: t["account.tokenDays"], name: "dagen", type: "number", value: "90", required: false,
                               hint: t["account.tokenDaysHint"]),
                        .submitButton(t["account.createToken"]))
                )
            ),
            strings: site)
    }

    private func tokensTable(_ t: Strings) -> Node<HTML.BodyContext> {
        guard !tokens.isEmpty else { return .p(.text(t["account.tokens.none"])) }
        return .table(
            .attr("class", "data"),
            .caption(.text(t["account.tokens.caption"])),
            .thead(.tr(.th(.text(t["common.name"])), .th(.text(t["account.tokens.startsWith"])), .th(.text(t["account.tokens.scope"])),
                       .th(.text(t["account.tokens.created"])), .th(.text(t["account.tokens.lastUsed"])), .th(.text(t["common.status"])),
                       .th(.text(t["account.tokens.action"])))),
            .tbody(.forEach(tokens) { token in
                let usable = token.isUsable(at: now)
                return .tr(
                    .td(.text(token.name)), .td(.code(.text(token.hint + "…"))), .td(.text(t.scope(token.scope))),
                    .td(.text(ToegangText.dayAndTime(token.createdAt, language))),
                    .td(.text(token.lastUsedAt.map { ToegangText.dayAndTime($0, language) } ?? t["account.tokens.never"])),
                    .td(.text(t[token.revokedAt != nil ? "account.tokens.revoked" : (usable ? "account.tokens.valid" : "account.tokens.expired")])),
                    .td(.if(token.revokedAt == nil && temporaryPasswordExpiresAt == nil,
                            .postForm(action: AccessPath.revokeToken(id: token.id ?? 0).path, csrf: csrf, class: "inline",
                                      .labelledButton(t["account.tokens.revoke"], label: t("account.tokens.revokeLabel", token.name)))))
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
    let language: SiteLanguage

    func page() -> Page {
        let t = ToegangText.strings(language)
        return Page(
            title: t["tokenCreated.title"],
            breadcrumbs: [(t["account.title"], AccessPath.account.path), (t["tokenCreated.title"], nil)],
            content: .group(
                .p(.text(t("tokenCreated.copy", name, t.scope(scope)))),
                .element(named: "label", nodes: [.attr("for", "geheim"), .text(t["tokenCreated.key"])]),
                .element(Element<HTML.BodyContext>.selfClosed(named: "input", attributes: [
                    .attr("type", "text"), .attr("id", "geheim"), .attr("value", secret),
                    .attr("readonly", "readonly"), .attr("class", "secret"),
                    .attr("size", "60"),
                ])),
                .p(.text(t["tokenCreated.usage"]), .code(.text("curl -H \"Authorization: Bearer \(secret.prefix(10))…\" …/api/v1/data?…"))),
                .p(.a(.attr("href", AccessPath.account.path), .text(t["tokenCreated.back"])))
            ),
            strings: SiteStrings(language))
    }

    /// The same address without a secret: after a reload, or when the secret was already shown.
    static func shownBefore(_ language: SiteLanguage) -> Page {
        let t = ToegangText.strings(language)
        return Page(
            title: t["tokenShown.title"],
            breadcrumbs: [(t["account.title"], AccessPath.account.path), (t["tokenShown.title"], nil)],
            content: .group(
                .p(.text(t["tokenShown.once"])),
                .p(.text(t["tokenShown.lost"])),
                .p(.a(.attr("href", AccessPath.account.path), .text(t["tokenShown.toAccount"])))
            ),
            strings: SiteStrings(language))
    }
}
