@testable import Platform
@testable import Toegang
import AccessDomain
import Foundation
import Plot
import SnapshotTesting
import Testing

/// Every page of the Toegang module, built from hand-made models (fixed values, fixed dates; no database, no server),
/// rendered in Dutch and in English: whole-page snapshots of both, no missing key (`⟦key⟧`), no Dutch words of the
/// page left in the English one, and the Dutch page still under its Dutch title.
/// Record new snapshots with SNAPSHOT_RECORD=1.
@Suite("Toegang page snapshots")
struct ToegangPageSnapshotTests {
    // MARK: Fixed data

    /// 21 September 2026, 14:13:20 UTC (16:13 in Brussels).
    static let moment = Date(timeIntervalSince1970: 1_790_000_000)
    static let later = moment.addingTimeInterval(3 * 86_400)
    static let earlier = moment.addingTimeInterval(-30 * 86_400)

    static func organisation(_ id: Int, _ code: String, _ name: String, _ type: OrganisationType, active: Bool = true) -> OrganisationModel {
        let organisation = OrganisationModel()
        organisation.id = id
        organisation.code = code
        organisation.name = name
        organisation.typeCode = type.rawValue
        organisation.areaCode = type == .centrumstad ? "44021" : nil
        organisation.active = active
        organisation.createdAt = earlier
        return organisation
    }

    static func user(_ id: Int, _ name: String, _ email: String, organisation: Int, role: Role, disabled: Bool = false) -> UserModel {
        let user = UserModel()
        user.id = id
        user.name = name
        user.email = email
        user.organisationID = organisation
        user.roleCode = role.rawValue
        user.passwordHash = "-"
        user.disabledAt = disabled ? earlier : nil
        user.createdAt = earlier
        user.passwordChangedAt = moment
        user.temporaryPasswordExpiresAt = nil
        return user
    }

    static func token(_ id: Int, _ name: String, scope: TokenScope, lastUsed: Date?, expires: Date?, revoked: Date? = nil) -> APITokenModel {
        let token = APITokenModel()
        token.id = id
        token.userID = 1
        token.name = name
        token.tokenHash = "-"
        token.hint = "sb_\(id)abc"
        token.scopeCode = scope.rawValue
        token.createdAt = earlier
        token.expiresAt = expires
        token.lastUsedAt = lastUsed
        token.revokedAt = revoked
        return token
    }

    static let gent = organisation(1, "gent", "Stad Gent", .centrumstad)
    static let kenniscentrum = organisation(2, "kenniscentrum", "Kenniscentrum Vlaamse Steden", .kenniscentrum)
    static let partner = organisation(3, "partner-x", "Partner X", .partner, active: false)
    static let organisations = [gent, kenniscentrum, partner]

    static let an = user(1, "An Peeters", "an@gent.be", organisation: 1, role: .organisationAdmin)
    static let bart = user(2, "Bart Claes", "bart@gent.be", organisation: 1, role: .viewer, disabled: true)
    static let chris = user(3, "Chris Maes", "chris@kenniscentrum.be", organisation: 2, role: .platformAdmin)

    static let principal = Principal(userID: 1, userName: "An Peeters", organisationID: 1, organisationCode: "gent",
                                     organisationType: .centrumstad, role: .organisationAdmin, credential: .session)

    static let events = [
        AuditEvent(id: 2, occurredAt: moment, actor: AuditActor(userID: 3, userLabel: "Chris Maes", organisationID: 2, organisationLabel: "kenniscentrum"),
                   module: "toegang", action: .update, entityType: "gebruiker", entityID: "2", summary: "Bart Claes",
                   changes: [AuditChange(field: "rol", before: "lezer", after: "redacteur")]),
        AuditEvent(id: 1, occurredAt: earlier, actor: AuditActor(userID: 1, userLabel: "An Peeters", organisationID: 1, organisationLabel: "gent"),
                   module: "toegang", action: .signIn, entityType: "gebruiker", entityID: "1", summary: "An Peeters"),
    ]

    static let messages = [
        OutboxMessage(id: 1, createdAt: earlier, module: "plannen", key: "a", to: ["an@gent.be"], subject: "Herinnering",
                      text: "-", html: nil, status: .sent, attempts: 1, nextAttemptAt: earlier, lastError: nil, sentAt: earlier),
        OutboxMessage(id: 2, createdAt: moment, module: "plannen", key: "b", to: ["bart@gent.be", "an@gent.be"], subject: "Nieuwsbrief",
                      text: "-", html: nil, status: .queued, attempts: 2, nextAttemptAt: later, lastError: "421 try later", sentAt: nil),
    ]


    // MARK: Sign-in and account

    @Test func signIn() {
        check("login", title: "Aanmelden", notInEnglish: ["Meld je aan", "Wachtwoord vergeten", "E-mailadres"]) { language in
            LoginPage(returnPath: "/account", csrf: "csrf", language: language).page()
        }
    }

    @Test func signInRefused() {
        check("login-refused", title: "Aanmelden", notInEnglish: ["klopt niet", "Dit lukte niet", "Wachtwoord"]) { language in
            LoginPage(email: "an@gent.be", problems: [ToegangText.strings(language)["login.refused"]], csrf: "csrf", language: language).page()
        }
    }

    @Test func signInLocked() {
        check("login-locked", title: "Aanmelden", notInEnglish: ["mislukte pogingen", "probeer het opnieuw"]) { language in
            LoginPage(email: "an@gent.be", problems: [ToegangText.strings(language)("login.locked", DutchDate.time(Self.later))],
                      csrf: "csrf", language: language).page()
        }
    }

    @Test func account() {
        check("account", title: "Mijn account", notInEnglish: ["Mijn account", "Wachtwoord wijzigen", "API-sleutels", "Intrekken",
                                                              "ingetrokken", "september", "nooit", "verlopen", "Je wachtwoord is gewijzigd"]) { language in
            AccountPageModel(
                principal: Self.principal, email: "an@gent.be", organisationName: "Stad Gent",
                tokens: [
                    Self.token(1, "nachtelijke import", scope: .write, lastUsed: Self.moment, expires: Self.later),
                    Self.token(2, "oude sleutel", scope: .read, lastUsed: nil, expires: Self.earlier),
                    Self.token(3, "oud script", scope: .read, lastUsed: Self.earlier, expires: nil, revoked: Self.earlier),
                ],
                notice: "wachtwoord", csrf: "csrf", language: language, now: Self.moment
            ).page()
        }
    }

    @Test func accountWithTemporaryPasswordRefused() {
        check("account-temporary-refused", title: "Mijn account",
              notInEnglish: ["tijdelijk wachtwoord", "Tijdelijk wachtwoord", "Dit lukte niet", "Een sleutel maak je aan", "geen sleutels"]) { language in
            AccountPageModel(
                principal: Self.principal, email: "an@gent.be", organisationName: "Stad Gent", tokens: [],
                temporaryPasswordExpiresAt: Self.later, problems: ["de twee nieuwe wachtwoorden verschillen"],
                csrf: "csrf", language: language, now: Self.moment
            ).page()
        }
    }

    @Test func tokenCreated() {
        check("token-created", title: "Sleutel aangemaakt", notInEnglish: ["Kopieer de sleutel", "lezen en schrijven", "Terug naar mijn account"]) { language in
            TokenCreatedPage(name: "nachtelijke import", secret: "sb_0123456789abcdef", scope: .write, language: language).page()
        }
    }

    @Test func tokenShownBefore() {
        check("token-shown-before", title: "API-sleutels", notInEnglish: ["API-sleutels", "één keer getoond", "Naar mijn account"]) { language in
            TokenCreatedPage.shownBefore(language)
        }
    }

    // MARK: Administration

    @Test func adminHome() {
        check("admin-home", title: "Beheer", notInEnglish: ["Organisaties", "Gebruikers", "Toegangsgroepen", "Laatste wijzigingen", "Wanneer",
                                                            "september", "gewijzigd"]) { language in
            AdminHomeModel(organisations: 3, users: 3, groups: 1, events: Self.events, language: language).page()
        }
    }

    @Test func organisations() {
        check("organisations", title: "Organisaties", notInEnglish: ["Organisaties", "Alle organisaties", "niet actief", "Leden",
                                                                     "Organisatie toevoegen", "De wijziging is bewaard", "Beheer"]) { language in
            OrganisationsPageModel(organisations: Self.organisations, memberCounts: [1: 2, 2: 1], notice: "gewijzigd", csrf: "csrf",
                                   language: language).page()
        }
    }

    @Test func organisationsRefused() {
        check("organisations-refused", title: "Organisaties", notInEnglish: ["Dit lukte niet", "Organisatie toevoegen"]) { language in
            OrganisationsPageModel(organisations: Self.organisations, memberCounts: [:], problems: ["kies een type"], csrf: "csrf",
                                   language: language).page()
        }
    }

    @Test func organisationEdit() {
        check("organisation-edit", title: "Stad Gent", notInEnglish: ["blijft vast", "niet actief", "Leden van", "Bewaren", "Organisaties"]) { language in
            OrganisationEditModel(organisation: Self.gent, csrf: "csrf", language: language).page()
        }
    }

    @Test func organisationEditRefused() {
        check("organisation-edit-refused", title: "Partner X", notInEnglish: ["Dit lukte niet", "blijft vast"]) { language in
            OrganisationEditModel(organisation: Self.partner, problems: ["de naam is te lang", "de NIS-code is onbekend"], csrf: "csrf",
                                  language: language).page()
        }
    }

    @Test func users() {
        check("users", title: "Gebruikers", notInEnglish: ["Gebruikers", "Alle gebruikers", "uitgeschakeld", "Gebruiker toevoegen",
                                                           "Tijdelijk wachtwoord voor", "Aangemaakt."]) { language in
            UsersPageModel(users: [Self.an, Self.bart, Self.chris], organisations: Self.organisations, notice: "aangemaakt",
                           oneTimePassword: ("chris@kenniscentrum.be", "tijdelijk-123"), csrf: "csrf", language: language).page()
        }
    }

    @Test func usersRefused() {
        check("users-refused", title: "Gebruikers", notInEnglish: ["Dit lukte niet", "Gebruiker toevoegen"]) { language in
            UsersPageModel(users: [Self.an], organisations: Self.organisations, problems: ["kies een rol"], csrf: "csrf", language: language).page()
        }
    }

    @Test func userEdit() {
        check("user-edit", title: "Bart Claes", notInEnglish: ["Wachtwoord gewijzigd", ">uitgeschakeld<", "Nieuw wachtwoord", "Uitschakelen",
                                                               "augustus", "Bewaren"]) { language in
            UserEditModel(user: Self.bart, organisation: Self.gent, csrf: "csrf", language: language).page()
        }
    }

    @Test func userEditRefused() {
        check("user-edit-refused", title: "Chris Maes", notInEnglish: ["Dit lukte niet", "Nieuw tijdelijk wachtwoord"]) { language in
            UserEditModel(user: Self.chris, organisation: Self.kenniscentrum,
                          problems: ["je eigen rol of status wijzigt een andere platformbeheerder"], csrf: "csrf", language: language).page()
        }
    }

    // MARK: Audit trail, members, mail

    @Test func audit() {
        check("audit", title: "Audittrail", notInEnglish: ["Audittrail", "Elke wijziging", "Soort wijziging", "Tot en met", "Download deze selectie",
                                                           "Nieuwere", "Oudere", "aanmelding mislukt", "Toegang en accounts"]) { language in
            AuditPageModel(
                events: Self.events, organisations: Self.organisations,
                query: .init(organisation: "gent", module: "toegang", from: "2026-09-01", until: "2026-09-30", page: 2),
                hasNextPage: true,
                modules: [("toegang", language == .nl ? "Toegang en accounts" : "Access and accounts"), ("plannen", "plannen")],
                language: language
            ).page()
        }
    }

    @Test func auditEmpty() {
        check("audit-empty", title: "Audittrail", notInEnglish: ["Geen wijzigingen gevonden"]) { language in
            AuditPageModel(events: [], organisations: Self.organisations, query: .init(action: "delete"), hasNextPage: false,
                           modules: [], language: language).page()
        }
    }

    @Test func members() {
        check("members", title: "Leden van Stad Gent", notInEnglish: ["Leden", "Lid toevoegen", "Rol en status", "Bewaar ", "Nieuw wachtwoord",
                                                                      "De wijziging is bewaard", "Uitschakelen"]) { language in
            MembersPageModel(organisation: Self.gent, members: [Self.an, Self.bart], assignableRoles: [.viewer, .editor, .organisationAdmin],
                             notice: "gewijzigd", oneTimePassword: ("bart@gent.be", "tijdelijk-456"), csrf: "csrf", language: language).page()
        }
    }

    @Test func membersRefused() {
        check("members-refused", title: "Leden van Stad Gent", notInEnglish: ["Dit lukte niet", "Lid toevoegen"]) { language in
            MembersPageModel(organisation: Self.gent, members: [Self.an], assignableRoles: [.viewer, .editor],
                             problems: ["kies een rol die je mag toekennen"],
                             form: .init(email: "nieuw@gent.be", naam: "Nieuw Lid", rol: "editor"), csrf: "csrf", language: language).page()
        }
    }

    @Test func mail() {
        check("mail", title: "Mail", notInEnglish: ["Berichten", "Verzonden via", "wachtrij", "Pogingen", "Volgende poging", "verstuurd",
                                                    "Oudere"]) { language in
            MailPageModel(messages: Self.messages, counts: [.queued: 1, .sent: 1], status: nil, pageNumber: 1, hasNextPage: true,
                          server: "smtp.example.be:587", language: language).page()
        }
    }

    @Test func mailEmpty() {
        check("mail-empty", title: "Mail", notInEnglish: ["Geen berichten gevonden", "geen SMTP-server", "mislukt"]) { language in
            MailPageModel(messages: [], counts: [:], status: .failed, pageNumber: 2, hasNextPage: false, server: nil, language: language).page()
        }
    }

    // MARK: The catalogue

    @Test func catalogueIsComplete() {
        #expect(ToegangText.catalogue.problems.isEmpty, "\(ToegangText.catalogue.problems)")
        #expect(ToegangText.dayAndTime(Self.moment, .nl) == DutchDate.dayAndTime(Self.moment))
        #expect(ToegangText.dayAndTime(Self.moment, .en) == "21 September 2026 at 16:13")
    }
}
