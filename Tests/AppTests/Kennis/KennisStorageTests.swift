import AccessDomain
@testable import App
@testable import Kennis
@testable import Plannen
import PlannenDomain
import KennisDomain
@testable import Platform
import SQLKit
import SearchText
import Testing
import Vapor

/// The Kennis storage and the site-wide search index on SQLite and PostgreSQL: the seed goes in through the service,
/// every change writes its search document in its own transaction, the workflow's rules hold, and both databases
/// find the same documents.
@Suite("Kennis storage and search index")
struct KennisStorageTests {
    static func service(_ app: Application) async throws -> KnowledgeService {
        KnowledgeService(database: app.db, files: app.fileStore, rules: try await KennisCatalog.rules(on: app.db))
    }

    static func actor(_ app: Application, _ email: String, organisation: String, role: Role, editor: Bool) async throws -> KennisActor {
        let user = try await Accounts.create(app, email, organisation: organisation, role: role)
        let org = try await Accounts.organisation(app, organisation)
        return KennisActor(audit: AuditActor(userID: user.id, userLabel: email, organisationID: org.id, organisationLabel: organisation),
                           userID: user.id, organisationID: org.id, isEditor: editor)
    }

    /// The keys found for `text` by a visitor of `audiences`, best first.
    static func keys(_ app: Application, _ text: String, audiences: [SearchAudience] = [.everyone], kinds: [String] = []) async throws -> [String] {
        let query = SearchText.query(text)
        let result = try await SearchIndex.search(
            IndexQuery(groups: IndexQuery.groups(for: query), audiences: audiences, kinds: kinds, limit: 200), on: app.db)
        return result.hits.map(\.key)
    }

    static func practice(_ slug: String, title: String, body: String = "Een tekst.") -> KnowledgeContent {
        var details = KnowledgeDetails()
        details.city = "gent"
        return KnowledgeContent(kind: .praktijk, slug: slug, title: Bilingual(nl: title, en: ""), summary: Bilingual(nl: "Kort.", en: ""),
                                body: Bilingual(nl: body, en: ""), themes: ["klimaat"], cities: ["gent"], maturityThemes: ["monitoring"],
                                details: details)
    }

    /// What these queries find, per database; the test compares the two.
    static let queries = ["klimaat", "fietsen", "restwarmtebron", "werkgroep gdpr", "raamcontract", "energiedelen", "verwerkersovereenkomst"]

    @Test(arguments: TestDatabase.available)
    func theSeedIsLoadedIndexedAndFoundByStemsAlsoInsidePDFs(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let report = try await KennisSeed.load(into: app)
            #expect(report.contains("31 items"))
            // Loading again adds nothing.
            #expect(try await KennisSeed.load(into: app).contains("0 items"))
            let store = KnowledgeStore(database: app.db)
            #expect(try await store.count(statuses: [.gepubliceerd]) == 31)
            #expect(try await SearchIndex.count(source: "kennis", on: app.db) == 31)
            let practice = try #require(try await store.item(slug: "warmtezoneringsplan-kortrijk"))
            #expect(practice.files.count == 1 && practice.files[0].mediaType == "application/pdf")
            if PDFText.tool != nil {
                // The word is only in the PDF: pdftotext read it, the stemmer made 'restwarmtebron' of the plural.
                #expect(practice.files[0].extractedText.contains("restwarmtebronnen"))
                #expect(try await Self.keys(app, "restwarmtebron") == ["kennis:warmtezoneringsplan-kortrijk"])
                #expect(try await Self.keys(app, "RESTWARMTEBRONNEN") == ["kennis:warmtezoneringsplan-kortrijk"])
            }
            // Titles weigh more than bodies: a practice with 'klimaat' in its title comes before one that only mentions it.
            let klimaat = try await Self.keys(app, "klimaat", kinds: ["praktijk"])
            #expect(klimaat.count >= 5)
            // Facets count within the query.
            let result = try await SearchIndex.search(IndexQuery(groups: IndexQuery.groups(for: SearchText.query("klimaat")),
                                                                 audiences: [.everyone], limit: 5), on: app.db)
            #expect(result.total == result.kinds.reduce(0) { $0 + $1.count })
            #expect(result.kinds.contains { $0.value == "praktijk" && $0.count == klimaat.count })
            #expect(result.hits.count == 5)
            #expect(result.themes.contains { $0.value == "klimaat" })
            // Filtering on a facet narrows the hits to it.
            let inGent = try await SearchIndex.search(IndexQuery(groups: IndexQuery.groups(for: SearchText.query("klimaat")),
                                                                 audiences: [.everyone], city: "gent", limit: 200), on: app.db)
            #expect(!inGent.hits.isEmpty && inGent.hits.count < result.total)
            #expect(inGent.cities.first { $0.value == "gent" }?.count == inGent.total)
        }
    }

    @Test func bothDatabasesFindTheSameDocuments() async throws {
        guard TestDatabase.available.contains(.postgres) else { return }
        var found: [TestDatabase: [String: Set<String>]] = [:]
        for database in TestDatabase.available {
            try await withTestApp(database) { app in
                try await KennisSeed.load(into: app)
                var perQuery: [String: Set<String>] = [:]
                for query in Self.queries { perQuery[query] = Set(try await Self.keys(app, query)) }
                found[database] = perQuery
            }
        }
        for query in Self.queries {
            #expect(found[.sqlite]?[query] == found[.postgres]?[query], "\(query)")
        }
        #expect((found[.sqlite]?["klimaat"]?.count ?? 0) > 5)
    }

    @Test(arguments: TestDatabase.available)
    func theWorkflowHoldsAndTheIndexFollowsEachStepInItsTransaction(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let service = try await Self.service(app)
            let member = try await Self.actor(app, "lid@gent.be", organisation: "gent", role: .viewer, editor: false)
            let editor = try await Self.actor(app, "redactie@kenniscentrum.be", organisation: "kenniscentrum", role: .editor, editor: true)
            let store = KnowledgeStore(database: app.db)

            // A member proposes a practice: a concept, found by its author and editors only.
            try await service.create(Self.practice("fietsbibliotheek-gent", title: "Fietsbibliotheek voor gezinnen",
                                                   body: "Gezinnen lenen fietsen voor hun kinderen."), by: member)
            #expect(try await Self.keys(app, "fiets").isEmpty)
            #expect(try await Self.keys(app, "fiets", audiences: SearchAudience.of(nil) + [.user(member.userID!)]) == ["kennis:fietsbibliotheek-gent"])
            #expect(try await Self.keys(app, "fietsen", audiences: [.editors]) == ["kennis:fietsbibliotheek-gent"])

            // A member may not write a framework contract, nor publish.
            var contract = Self.practice("contract-x", title: "Contract")
            contract.kind = .raamcontract
            contract.details.authority = "Stad Gent"
            await #expect(throws: KennisRefused.self) { try await service.create(contract, by: member) }
            var item = try #require(try await store.item(slug: "fietsbibliotheek-gent"))
            await #expect(throws: KennisRefused.self) { try await service.take(.publish, on: item, by: member) }

            // Submit, send back with a note, submit again, publish: now everyone finds it.
            try await service.take(.submit, on: item, by: member)
            item = try #require(try await store.item(slug: "fietsbibliotheek-gent"))
            #expect(item.status == .review)
            // In review the author may no longer edit.
            await #expect(throws: KennisRefused.self) { try await service.update(item, to: item.content, revision: item.revision, by: member) }
            await #expect(throws: KennisRefused.self) { try await service.take(.sendBack, on: item, note: "  ", by: editor) }
            try await service.take(.sendBack, on: item, note: "Voeg de kosten toe.", by: editor)
            item = try #require(try await store.item(slug: "fietsbibliotheek-gent"))
            #expect(item.status == .concept && item.reviewNote == "Voeg de kosten toe.")
            var content = item.content
            content.details.costs = Bilingual(nl: "Ongeveer 20.000 euro per jaar voor onderhoud.", en: "")
            try await service.update(item, to: content, revision: item.revision, by: member)
            // A stale revision is refused rather than overwriting.
            await #expect(throws: KennisRefused.self) { try await service.update(item, to: content, revision: item.revision, by: member) }
            item = try #require(try await store.item(slug: "fietsbibliotheek-gent"))
            try await service.take(.submit, on: item, by: member)
            item = try #require(try await store.item(slug: "fietsbibliotheek-gent"))
            try await service.take(.publish, on: item, by: editor)
            #expect(try await Self.keys(app, "fietsbibliotheek") == ["kennis:fietsbibliotheek-gent"])
            // The costs written during review are searchable: the index follows each change.
            #expect(try await Self.keys(app, "onderhoud") == ["kennis:fietsbibliotheek-gent"])

            // Withdrawn: gone from the public search.
            item = try #require(try await store.item(slug: "fietsbibliotheek-gent"))
            try await service.take(.withdraw, on: item, by: editor)
            #expect(try await Self.keys(app, "fietsbibliotheek").isEmpty)

            // A refused change leaves neither a row nor a search document behind.
            await #expect(throws: KennisRefused.self) { try await service.create(Self.practice("fietsbibliotheek-gent", title: "Dubbel"), by: editor) }
            #expect(try await SearchIndex.count(source: "kennis", on: app.db) == 1)

            // Every step is in the audit trail.
            let events = try await AuditLog.events(.init(module: "kennis"), limit: 50, on: app.db)
            // create, submit, send back, update, submit, publish, withdraw
            #expect(events.count == 7)
            #expect(events.contains { $0.summary.contains("publiceren") })
            #expect(events.contains { $0.summary.contains("terugsturen naar de auteur — Voeg de kosten toe.") })
        }
    }

    @Test(arguments: TestDatabase.available)
    func otherPillarsDocumentsAreIndexedAndPlansFollowPublication(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // Maturity themes come from the seeded models at start.
            #expect(try await SearchIndex.count(source: "maturiteit", on: app.db) > 0)
            // A refresh with unchanged documents writes nothing.
            let pillar = try #require(app.pillars.all.first { $0.code == "maturiteit" })
            let documents = try #require(try await pillar.searchDocuments(app, on: app.db))
            #expect(try await SearchIndex.refresh(source: "maturiteit", with: documents, on: app.db) == false)

            // Plan items: found by everyone while the plan is published, by its city only once it is not.
            _ = try await PlannenDemo.load(into: app.db)
            let plans = PlanStore(database: app.db)
            let plan = try #require(try await plans.plan(organisation: "voorbeeldstad", code: "mjp-2026-2031"))
            let followUp = try #require(try await plans.followUp(plan))
            let item = try #require(followUp.base.items.first { $0.level == .actie })
            let word = try #require(item.title.split(separator: " ").map(String.init).max { $0.count < $1.count })
            #expect(try await Self.keys(app, word).contains("plannen:voorbeeldstad/mjp-2026-2031/\(item.code)"))
            try await PlanService(database: app.db).setPublished(plan, false, by: .commandLine)
            #expect(!(try await Self.keys(app, word).contains("plannen:voorbeeldstad/mjp-2026-2031/\(item.code)")))
            #expect(try await Self.keys(app, word, audiences: [.organisation(plan.organisation.id)])
                .contains("plannen:voorbeeldstad/mjp-2026-2031/\(item.code)"))
        }
    }
}
