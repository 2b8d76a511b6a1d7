import Platform
import Plot

/// The login form. The same words answer a wrong password and an unknown address.
struct LoginPage {
    var email = ""
    var returnPath: String?
    var problems: [String] = []
    var notice: String?
    let csrf: String

    func page() -> Page {
        Page(
            title: "Aanmelden",
            breadcrumbs: [("Cijfers", SitePath.home.path), ("Aanmelden", nil)],
            content: .group(
                .notice(notice),
                .p(.text("Meld je aan met het account dat je organisatie voor je aanmaakte. De gepubliceerde cijfers zie je ook zonder account.")),
                .formErrors(problems),
                .postForm(
                    action: AccessPath.signIn.path, csrf: csrf,
                    .unwrap(returnPath) { .hidden(name: "terug", value: $0) },
                    .field(id: "email", label: "E-mailadres", name: "email", type: "email", value: email, autocomplete: "email"),
                    .field(id: "wachtwoord", label: "Wachtwoord", name: "wachtwoord", type: "password", autocomplete: "current-password"),
                    .submitButton("Aanmelden")
                ),
                .p(.attr("class", "muted"), .text("Wachtwoord vergeten? Vraag de beheerder van je organisatie om een nieuw."))
            ))
    }
}
