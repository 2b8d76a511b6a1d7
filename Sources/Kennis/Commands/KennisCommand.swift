import Foundation
import Platform
import Vapor

/// `stadsbeeld kennis seed|reindex|bounce EMAIL|purge-registrations|benchmark`
struct KennisCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "seed, reindex, bounce, purge-registrations or benchmark")
        var action: String
        @Option(name: "value", help: "the e-mail address for bounce; the number of items for benchmark")
        var value: String?
        @Option(name: "queries", help: "benchmark: number of queries to time (default 400)")
        var queries: Int?
    }

    var help: String { "de kennisbank: seed (eerste inhoud laden), reindex, bounce --value ADRES, purge-registrations, benchmark [AANTAL]" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.prepareData()
        let service = KnowledgeService(database: app.db, files: app.fileStore, rules: try await KennisCatalog.rules(on: app.db))
        switch signature.action {
        case "seed":
            context.console.print(try await KennisSeed.load(into: app))
        case "reindex":
            let count = try await service.reindexAll()
            try await SearchIndex.forgetFingerprints(on: app.db)
            try await app.refreshSearch()
            context.console.print("kennis: \(count) items opnieuw geïndexeerd; de andere pijlers ook")
        case "bounce":
            guard let email = signature.value else { throw Abort(.badRequest, reason: "geef het e-mailadres: stadsbeeld kennis bounce --value ADRES") }
            let marked = try await service.markBounced(email: email)
            context.console.print(marked ? "\(email) is als onbestelbaar gemarkeerd" : "\(email) is geen actieve abonnee")
        case "purge-registrations":
            let removed = try await service.purgeRegistrations()
            context.console.print("kennis: \(removed) inschrijvingen van afgelopen evenementen verwijderd")
        case "benchmark":
            let count = signature.value.flatMap(Int.init) ?? 50_000
            try await SearchBenchmark.run(app: app, items: count, queries: signature.queries ?? 400, console: context.console)
        default:
            throw Abort(.badRequest, reason: "onbekende actie '\(signature.action)'; kies seed, reindex, bounce, purge-registrations of benchmark")
        }
    }
}
