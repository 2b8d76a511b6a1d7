import Fluent
import Foundation
import KennisDomain
import Platform
import SearchText
import SQLKit
import Vapor

/// `stadsbeeld kennis benchmark [--value N]`: indexes N synthetic knowledge items (default 50,000, written from the
/// words of the seed content), then times a fixed mix of queries through `SearchIndex.search` plus the snippets of the
/// hits — the server time of the search page without the HTML. The items go in as their own source and are removed
/// afterwards. It writes `benchmark-queries.json` beside the database (the query terms the FTS peer uses).
enum SearchBenchmark {
    static let queries: [(text: String, kinds: [String], theme: String?)] = [
        ("klimaat", [], nil), ("fietsen", [], nil), ("renovaties", [], nil), ("werkgroep gdpr", [], nil),
        ("klimaat monitoring", [], nil), ("raamcontract", ["raamcontract"], nil), ("energie", [], "energie"),
        ("stad in cijfers", [], nil), ("verwerkersovereenkomst", [], nil), ("warmtenet", [], nil),
        ("leefloon", [], nil), ("subsidies", [], nil), ("datagedreven beleid", [], nil), ("zonnepanelen", [], nil),
        ("participatie burgers", [], nil), ("xyzzy", [], nil),
    ]

    static func run(app: Application, items: Int, queries runs: Int, console: any Console) async throws {
        let vocabulary = try words()
        console.print("zoekbenchmark: \(items) items uit \(vocabulary.count) woorden, \(runs) zoekvragen (\(databaseName(app)))")
        var generator = Generator(seed: 20261202)
        let kinds = KnowledgeKind.allCases.map(\.rawValue)
        let topics = KennisCatalog.topics.map(\.code)
        let cities = ["aalst", "antwerpen", "brugge", "genk", "gent", "hasselt", "kortrijk", "leuven", "mechelen", "oostende", "roeselare",
                      "sint-niklaas", "turnhout", "vgc"]
        var documents: [SearchDocument] = []
        documents.reserveCapacity(items)
        for index in 0..<items {
            func sentence(_ count: Int) -> String {
                (0..<count).map { _ in vocabulary[generator.next(vocabulary.count)] }.joined(separator: " ")
            }
            let title = sentence(4 + generator.next(5)).capitalized
            let body = (0..<(8 + generator.next(16))).map { _ in sentence(8 + generator.next(14)) + "." }.joined(separator: " ")
            documents.append(SearchDocument(
                key: "benchmark:\(index)", kind: kinds[generator.next(kinds.count)],
                title: LocalizedText(nl: title, en: title), summary: LocalizedText(nl: sentence(16), en: ""),
                path: "/kennis/benchmark-\(index)", body: body, year: 2015 + generator.next(12),
                themes: [topics[generator.next(topics.count)]], cities: [cities[generator.next(cities.count)]]))
        }
        let indexStart = Date()
        let finished = documents
        try await app.db.transaction { db in
            try await SearchIndex.replace(source: "benchmark", with: finished, on: db)
        }
        let indexSeconds = Date().timeIntervalSince(indexStart)
        console.print(String(format: "  indexeren: %.1f s (%.0f items/s)", indexSeconds, Double(items) / indexSeconds))
        var timings: [String: [Double]] = [:]
        var totals: [String: Int] = [:]
        // One untimed pass warms the caches, as a running server has them warm.
        for pass in 0...max(1, runs / queries.count) {
            for query in queries {
                let started = DispatchTime.now().uptimeNanoseconds
                let terms = SearchText.query(query.text)
                let result = try await SearchIndex.search(IndexQuery(
                    groups: IndexQuery.groups(for: terms), audiences: [.everyone], kinds: query.kinds, theme: query.theme, limit: 25), on: app.db)
                for hit in result.hits { _ = Snippet.make(text: hit.body, query: terms) }
                let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
                if pass > 0 { timings[query.text, default: []].append(milliseconds) }
                totals[query.text] = result.total
            }
        }
        var all: [Double] = []
        for query in queries {
            let t = (timings[query.text] ?? []).sorted()
            all += t
            console.print(String(format: "  %-26@ %6d gevonden  mediaan %6.2f ms  p95 %6.2f ms", query.text as NSString, totals[query.text] ?? 0,
                                 percentile(t, 0.5), percentile(t, 0.95)))
        }
        all.sort()
        console.print(String(format: "  alle zoekvragen: mediaan %.2f ms, p95 %.2f ms, max %.2f ms (%d metingen)",
                             percentile(all, 0.5), percentile(all, 0.95), all.last ?? 0, all.count))
        // The peer script reads the FTS terms of the same queries.
        if let path = ProcessInfo.processInfo.environment["DATABASE_PATH"], !path.isEmpty {
            let terms = queries.map { IndexQuery.groups(for: SearchText.query($0.text)).map { $0.map { ($0.prefix ? "\"\($0.text)\"*" : "\"\($0.text)\"") } } }
            let url = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("benchmark-queries.json")
            try JSONSerialization.data(withJSONObject: terms).write(to: url)
        }
        if ProcessInfo.processInfo.environment["STADSBEELD_BENCH_KEEP"] != "1" {
            try await app.db.transaction { db in try await SearchIndex.replace(source: "benchmark", with: [], on: db) }
        }
        try await newsletter(app: app, subscribers: 10_000, console: console)
    }

    /// Times sending one newsletter to `subscribers` confirmed addresses: what the editor's request waits for (the
    /// messages written to the outbox; the mail worker delivers them afterwards). Everything is rolled back.
    static func newsletter(app: Application, subscribers: Int, console: any Console) async throws {
        struct RolledBack: Error {
            let written: Int
            let seconds: Double
        }
        var seconds = 0.0
        var written = 0
        do {
            try await app.db.transaction { db in
                let now = Date()
                var start = 0
                while start < subscribers {
                    let end = min(start + 500, subscribers)
                    let rows: [[any SQLExpression]] = (start..<end).map { index in
                        [SQLBind("abonnee\(index)@benchmark.example"), SQLBind(SubscriberStatus.confirmed.rawValue), SQLBind(now), SQLBind(now)]
                    }
                    try await db.sql.insert(into: "newsletter_subscribers").columns("email", "status", "created_at", "changed_at").rows(rows).run()
                    start = end
                }
                let service = KnowledgeService(database: db, files: app.fileStore, rules: try await KennisCatalog.rules(on: db))
                var details = KnowledgeDetails()
                details.city = "gent"
                let item = KnowledgeContent(kind: .praktijk, slug: "benchmark-nieuwsbrief", title: Bilingual(nl: "Een praktijk"),
                                            summary: Bilingual(nl: "Kort."), body: Bilingual(nl: "Tekst."), details: details)
                try await service.create(item, by: .commandLine, publish: true)
                let number = try await service.saveNewsletter(number: nil, subject: "Benchmark", intro: "Een **inleiding**.",
                                                              slugs: ["benchmark-nieuwsbrief"], by: .commandLine)
                let started = Date()
                let count = try await service.send(newsletter: number, baseURL: "https://stadsbeeld.example", by: .commandLine)
                throw RolledBack(written: count, seconds: Date().timeIntervalSince(started))
            }
        } catch let rolledBack as RolledBack {
            written = rolledBack.written
            seconds = rolledBack.seconds
        }
        console.print(String(format: "  nieuwsbrief naar %d abonnees: %.2f s om de berichten in de wachtrij te zetten (%.0f/s), teruggedraaid",
                             written, seconds, Double(written) / max(seconds, 0.001)))
    }

    static func databaseName(_ app: Application) -> String {
        (app.db as? any SQLDatabase)?.dialect.name ?? "?"
    }

    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }

    /// The words of the seed content (letters only, 3+ characters), each once.
    static func words() throws -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for file in try KennisSeed.files() {
            let text = [file.content.body.nl, file.content.summary.nl, file.content.details.problem.nl, file.content.details.approach.nl,
                        file.pdf?.text ?? ""].joined(separator: " ")
            for word in text.split(whereSeparator: { !$0.isLetter }) where word.count >= 3 {
                let w = word.lowercased()
                if seen.insert(w).inserted { out.append(w) }
            }
        }
        return out
    }

    /// A small deterministic generator: the same items every run.
    struct Generator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(1, bound)))
        }
    }
}

