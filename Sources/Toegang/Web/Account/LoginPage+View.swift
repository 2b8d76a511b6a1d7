import Platform
import Plot

/// The login form. The same words answer a wrong password and an unknown address.
struct LoginPage {
    var email = ""
    var returnPath: String?
    var problems: [String] = []
    var notice: String?
    let csrf: String
    let language: SiteLanguage

    func page() -> Page {
        let t = ToegangText.strings(language)
        let site = SiteStrings(language)
        return Page(
            title: t["login.title"],
            breadcrumbs: [(site.home, SitePath.home.path), (t["login.title"], nil)],
            content: .group(
                .notice(notice),
                .p(.text(t["login.intro"])),
                .formErrors(problems, strings: site),
                .postForm(
                    action: AccessPath.signIn.path, csrf: csrf,
                    .unwrap(returnPath) { .hidden(name: "terug", value: $0) },
                    .field(id: "email", label: t["common.email"], name: "email", type: "email", value: email, autocomplete: "email"),
                    .field(id: "wachtwoord", label: t["login.password"], name: "wachtwoord", type: "password", autocomplete: "current-password"),
                    .submitButton(t["login.submit"])
                ),
                .p(.attr("class", "muted"), .text(t["login.forgotten"]))
            ),
            strings: site)
    }
}
