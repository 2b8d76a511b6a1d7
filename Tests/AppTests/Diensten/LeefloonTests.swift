import AccessDomain
@testable import App
@testable import Diensten
import DienstenDomain
import Foundation
@testable import Platform
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The leefloon advice through the application: the form and its advice with the trail in both languages, bad
/// input answered with the form and located problems (never a 500), decisions confirmed or overridden, audited and
/// seen only by the own organisation, and the JSON API's shapes and errors.
@Suite("Leefloon advice")
struct LeefloonTests {
    /// Alone, benefits of 300 a month, January 2020: (11.281,30 − 3.600) / 12 = 640,11.
    static let form: [(String, String)] = [("month", "2020-01"), ("household", "alone"), ("benefits", "300,00")]

    static func decisionCount(_ app: Application) async throws -> Int {
        try await app.db.sql.raw("SELECT COUNT(*) AS n FROM leefloon_decisions").first()?.decode(column: "n", as: Int.self) ?? -1
    }

    static func situationJSON(_ situation: LeefloonSituation) throws -> String {
        String(decoding: try JSONEncoder().encode(situation), as: UTF8.self)
    }

    @Test func theFormAndTheAdviceWithItsTrailInDutchAndEnglish() async throws {
        try await withTestApp(.sqlite) { app in
            // setup
            let visitor = Browser(app)
            let page = try await visitor.get("/leefloon")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("name=\"csrf\""))
            #expect(page.body.string.contains("id=\"household-children\""))
            // act
            let advice = try await visitor.post("/leefloon", Self.form)
            // check: the amount, the category, the trail with its rules and sources, the checks, nothing stored
            #expect(advice.status == .ok)
            let html = advice.body.string
            #expect(html.contains("€ 640,11 per maand"))
            #expect(html.contains("Categorie 2 — alleenstaand"))
            #expect(html.contains("art. 14 §1 wet 26 mei 2002"))
            #expect(html.contains("primabook.mi-is.be"))
            #expect(html.contains("(primaire bron: POD MI)"))
            #expect(html.contains("Algemene vrijstelling niet toegepast"))
            #expect(html.contains("De aanvrager is bereid te werken"))
            #expect(html.contains("Meld je aan als lid"))
            #expect(!html.contains("⟦"))
            #expect(try await Self.decisionCount(app) == 0)
            // English
            try await visitor.get("/leefloon?lang=en")
            let english = try await visitor.post("/leefloon", Self.form)
            #expect(english.body.string.contains("€640.11 a month"))
            #expect(english.body.string.contains("Category 2 — living alone"))
            #expect(!english.body.string.contains("⟦"))
        }
    }

    @Test func badInputShowsTheFormAgainWithEachProblemAtItsField() async throws {
        try await withTestApp(.sqlite) { app in
            let visitor = Browser(app)
            try await visitor.get("/leefloon")
            // a month that does not exist and an amount that is not one
            let bad = try await visitor.post("/leefloon", [("month", "2020-13"), ("household", "alone"), ("work", "veel")])
            #expect(bad.status == .badRequest)
            #expect(bad.body.string.contains("href=\"#month\""))
            #expect(bad.body.string.contains("href=\"#work\""))
            #expect(bad.body.string.contains("value=\"veel\""))
            // a share with a partly counted parent, missing
            let share = try await visitor.post("/leefloon", [("month", "2020-01"), ("household", "others"), ("relative1Relation", "parent"),
                                                             ("relative1Income", "1000"), ("relative1Counting", "partial")])
            #expect(share.status == .badRequest)
            #expect(share.body.string.contains("href=\"#relative1Share\""))
            // a partner's income without a partner
            let partner = try await visitor.post("/leefloon", [("month", "2020-01"), ("household", "alone"), ("partnerIncome", "500")])
            #expect(partner.status == .badRequest)
            #expect(partner.body.string.contains("href=\"#partnerIncome\""))
            // before the first amount, and a month whose amount is not known: refused, never guessed
            let early = try await visitor.post("/leefloon", [("month", "2005-07"), ("household", "alone")])
            #expect(early.status == .unprocessableEntity)
            #expect(early.body.string.contains("01-08-2005"))
            let unknown = try await visitor.post("/leefloon", [("month", "2021-06"), ("household", "alone")])
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.body.string.contains("01-01-2021"))
            // a forged CSRF token is refused
            let forged = try await visitor.post("/leefloon", Self.form, csrf: "vals")
            #expect(forged.status == .forbidden)
        }
    }

    @Test(arguments: TestDatabase.available)
    func decisionsAreConfirmedOrOverriddenAuditedAndSeenOnlyByTheOwnOrganisation(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup: a worker of Gent asks an advice
            let gent = try await Accounts.signedIn(app, "werker@gent.be", organisation: "gent", role: .viewer)
            let page = try await gent.post("/leefloon", Self.form)
            #expect(page.body.string.contains("Beslissing vastleggen"))
            let situation = try Self.situationJSON(LeefloonSituation(household: .alone, income: .init(benefits: 300)))
            // act: confirm
            let confirmed = try await gent.post("/leefloon/beslissingen", [
                ("situation", situation), ("month", "2020-01"), ("reference", "GENT-2020-17"), ("decision", "confirmed"),
            ])
            // check
            #expect(confirmed.status == .seeOther)
            let location = try #require(confirmed.headers.first(name: .location))
            let shown = try await gent.get(location)
            #expect(shown.status == .ok)
            #expect(shown.body.string.contains("GENT-2020-17"))
            #expect(shown.body.string.contains("€ 640,11"))
            #expect(shown.body.string.contains("De beslissing is vastgelegd."))
            // an override without a reason is refused at its field; with one it is stored and audited with the reason
            try await gent.post("/leefloon", Self.form)
            let noReason = try await gent.post("/leefloon/beslissingen", [
                ("situation", situation), ("month", "2020-01"), ("reference", "GENT-2020-18"), ("decision", "overridden"), ("amount", "700"),
            ])
            #expect(noReason.status == .badRequest)
            #expect(noReason.body.string.contains("href=\"#reason\""))
            let overridden = try await gent.post("/leefloon/beslissingen", [
                ("situation", situation), ("month", "2020-01"), ("reference", "GENT-2020-18"), ("decision", "overridden"),
                ("amount", "700,00"), ("reason", "Huurachterstal, tijdelijk hoger bedrag"),
            ])
            #expect(overridden.status == .seeOther)
            #expect(try await Self.decisionCount(app) == 2)
            let events = try await AuditLog.events(.init(module: "diensten"), limit: 10, on: app.db)
            #expect(events.count == 2)
            #expect(events.contains { $0.summary.contains("bevestigd") && $0.summary.contains("640.11") })
            #expect(events.contains { $0.summary.contains("afgeweken") && $0.summary.contains("Huurachterstal") && $0.summary.contains("700.00") })
            // a posted advice is never trusted: the stored advice is computed again
            let list = try await gent.get("/leefloon/beslissingen")
            #expect(list.status == .ok)
            #expect(list.body.string.contains("GENT-2020-17"))
            #expect(list.body.string.contains("GENT-2020-18"))
            // another organisation sees neither the list entries nor the decision
            let leuven = try await Accounts.signedIn(app, "werker@leuven.be", organisation: "leuven", role: .organisationAdmin)
            let theirs = try await leuven.get("/leefloon/beslissingen")
            #expect(theirs.status == .ok)
            #expect(!theirs.body.string.contains("GENT-2020-17"))
            let other = try await leuven.get(String(location.split(separator: "?")[0]))
            #expect(other.status == .notFound)
            // a visitor cannot record nor list
            let visitor = Browser(app)
            try await visitor.get("/leefloon")
            let anonymous = try await visitor.post("/leefloon/beslissingen", [("situation", situation), ("month", "2020-01"),
                                                                              ("reference", "X"), ("decision", "confirmed")])
            #expect(anonymous.status == .unauthorized)
            let listed = try await visitor.send(.GET, "/leefloon/beslissingen")
            #expect(listed.status != .ok)
            #expect(try await Self.decisionCount(app) == 2)
        }
    }

    @Test func expiredDecisionsAreDeleted() async throws {
        try await withTestApp(.sqlite) { app in
            let gent = try await Accounts.signedIn(app, "werker@gent.be", organisation: "gent", role: .viewer)
            let situation = try Self.situationJSON(LeefloonSituation(household: .alone))
            try await gent.post("/leefloon", Self.form)
            try await gent.post("/leefloon/beslissingen", [("situation", situation), ("month", "2020-01"), ("reference", "R1"), ("decision", "confirmed")])
            #expect(try await Self.decisionCount(app) == 1)
            let later = Date().addingTimeInterval(366 * 86_400)
            #expect(try await LeefloonDecisionStore(database: app.db).purgeExpired(now: later) == 1)
            #expect(try await Self.decisionCount(app) == 0)
        }
    }

    @Test func theAmountsAPIAnswersTheAmountsInForceOrALocatedError() async throws {
        try await withTestApp(.sqlite) { app in
            let visitor = Browser(app)
            let response = try await visitor.get("/api/v1/leefloon/amounts?date=2020-01-15")
            #expect(response.status == .ok)
            let body = try #require(try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any])
            #expect(body["date"] as? String == "2020-01-15")
            let categories = try #require(body["categories"] as? [[String: Any]])
            #expect(categories.map { $0["category"] as? Int } == [1, 2, 3])
            #expect(categories.map { $0["monthly"] as? Double } == [626.74, 940.11, 1270.51])
            #expect(categories.first?["name"] as? String == "samenwonend")
            #expect(categories.first?["from"] as? String == "2020-01-01")
            #expect((categories.first?["source"] as? [String: Any])?["primary"] as? Bool == true)
            // the day before an indexation still has the old amounts
            let before = try await visitor.get("/api/v1/leefloon/amounts?date=2017-05-31")
            #expect(before.body.string.contains("589.82") == false)
            #expect(before.body.string.contains("578.27"))
            // errors
            for (query, status, field) in [("", HTTPStatus.badRequest, "date"), ("?date=2020-02-30", .badRequest, "date"),
                                           ("?date=gisteren", .badRequest, "date"), ("?date=2005-07-31", .unprocessableEntity, "date"),
                                           ("?date=2021-06-01", .unprocessableEntity, "date")] {
                let error = try await visitor.get("/api/v1/leefloon/amounts\(query)")
                #expect(error.status == status, "\(query)")
                let json = try JSONSerialization.jsonObject(with: Data(error.body.string.utf8)) as? [String: Any]
                #expect(json?["field"] as? String == field)
                #expect((json?["message"] as? String)?.isEmpty == false)
            }
        }
    }

    @Test func theAdviceAPIGivesTheAdviceWithItsTrailAndLocatesBadJSON() async throws {
        try await withTestApp(.sqlite) { app in
            let client = Browser(app)
            func post(_ json: String) async throws -> (HTTPStatus, [String: Any]) {
                let response = try await client.send(.POST, "/api/v1/leefloon/advice", contentType: "application/json", body: ByteBuffer(string: json))
                let body = (try? JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any]) ?? [:]
                return (response.status, body)
            }
            let (status, advice) = try await post(#"{"month": "2020-01", "situation": {"household": "partner", "partnerIncome": 1000}}"#)
            #expect(status == .ok)
            #expect(advice["monthlyLeefloon"] as? Double == 253.48)
            #expect(advice["category"] as? Int == 1)
            let trail = try #require(advice["trail"] as? [[String: Any]])
            #expect(trail.contains { $0["step"] as? String == "partner.above" && $0["rule"] as? String == "art. 34 §1 KB 11 juli 2002" })
            #expect((advice["checks"] as? [String])?.contains("willingnessToWork") == true)
            #expect(try await Self.decisionCount(app) == 0)
            // located errors
            let cases: [(String, String)] = [
                ("{", "$"),
                (#"{"month": "2020-01"}"#, "situation"),
                (#"{"month": "2020-01", "situation": {"household": "castle"}}"#, "situation.household"),
                (#"{"month": "2020-01", "situation": {"household": "alone", "income": {"work": "veel"}}}"#, "situation.income.work"),
                (#"{"month": "2020-01", "situation": {"household": "alone", "income": {"work": -5}}}"#, "situation.income.work"),
                (#"{"month": "2020-01", "situation": {"household": "others", "relatives": [{"relation": "parent", "income": 900, "counting": "partial"}]}}"#,
                 "situation.relatives[0].share"),
                (#"{"month": "januari", "situation": {"household": "alone"}}"#, "month"),
            ]
            for (json, field) in cases {
                let (status, body) = try await post(json)
                #expect(status == .badRequest, "\(json)")
                #expect(body["field"] as? String == field, "\(json): \(body)")
            }
            let (early, body) = try await post(#"{"month": "2005-01", "situation": {"household": "alone"}}"#)
            #expect(early == .unprocessableEntity)
            #expect(body["field"] as? String == "month")
        }
    }

    @Test func theAmountsPageShowsEveryEntryWithItsSourceInBothLanguages() async throws {
        try await withTestApp(.sqlite) { app in
            let visitor = Browser(app)
            let dutch = try await visitor.get("/leefloon/bedragen")
            #expect(dutch.status == .ok)
            #expect(dutch.body.string.contains("€ 626,74 per maand (€ 7.520,85 per jaar)"))
            #expect(dutch.body.string.contains("(secundaire bron)"))
            #expect(dutch.body.string.contains("(primaire bron: POD MI)"))
            #expect(dutch.body.string.contains("niet gekend"))
            #expect(dutch.body.string.contains("<svg"))
            #expect(dutch.body.string.contains("Leefloon per maand per categorie"))
            #expect(!dutch.body.string.contains("⟦"))
            let english = try await visitor.get("/leefloon/bedragen?lang=en")
            #expect(english.body.string.contains("€626.74 a month (€7,520.85 a year)"))
            #expect(!english.body.string.contains("⟦"))
        }
    }
}
