import AccessDomain
import DienstenDomain
import Foundation
import Platform
import SQLKit
import Vapor

/// The commands of the parking part: `stadsbeeld parking import|rules|purge|benchmark`.
enum ParkingCommands {
    static var all: [(name: String, command: any AnyAsyncCommand)] { [("parking", ParkingCommand())] }
}

struct ParkingCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "import, rules, purge or benchmark")
        var action: String
        @Option(name: "city", help: "import/rules: the organisation code of the city")
        var city: String?
        @Option(name: "geojson", help: "import: a GeoJSON FeatureCollection of zones (or, with the RDW files, their shapes)")
        var geojson: String?
        @Option(name: "gebied", help: "import: the RDW GEBIED table (CSV)")
        var gebied: String?
        @Option(name: "regeling", help: "import: the RDW GEBIED REGELING table (CSV)")
        var regeling: String?
        @Option(name: "tijdvak", help: "import: the RDW TIJDVAK table (CSV)")
        var tijdvak: String?
        @Option(name: "file", help: "rules: the city's rule file (JSON)")
        var file: String?
        @Option(name: "plates", help: "benchmark: how many plates with rights (default 200000)")
        var plates: Int?
        @Option(name: "checks", help: "benchmark: how many checks to time (default 1000000)")
        var checks: Int?
        @Option(name: "keep", help: "benchmark: keep the SQLite database at this path (for scripts/bench-parking)")
        var keep: String?
        @Option(name: "token-file", help: "benchmark with --keep: write an API token of the benchmark city to this file")
        var tokenFile: String?
        @Option(name: "plates-file", help: "benchmark with --keep: write the plates and zones to check to this file")
        var platesFile: String?
    }

    var help: String {
        "het parkeerregister: import --city C (--geojson F | --gebied F --regeling F --tijdvak F [--geojson F]) (zones, alles of niets), "
            + "rules --city C --file F (nieuwe versie van de uitreikingsregels), purge (wist het controlelog na zijn bewaartermijn), "
            + "benchmark [--plates N] [--checks N] [--keep PAD --token-file F --plates-file F]"
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        switch signature.action {
        case "import":
            try await app.prepareData()
            let city = try await Self.city(signature.city, app)
            func input(_ path: String?) throws -> ParkingZoneFiles.Input? {
                guard let path else { return nil }
                let url = URL(fileURLWithPath: path)
                guard let data = FileManager.default.contents(atPath: url.path) else {
                    throw CommandArguments.UsageError(description: "\(path): het bestand is niet leesbaar")
                }
                guard data.count <= 8 << 20 else { throw CommandArguments.UsageError(description: "\(path): groter dan 8 MB") }
                return ParkingZoneFiles.Input(name: url.lastPathComponent, data: data)
            }
            let outcome = ParkingZoneFiles.read(geojson: try input(signature.geojson), areas: try input(signature.gebied),
                                                links: try input(signature.regeling), timeframes: try input(signature.tijdvak))
            switch outcome {
            case .failure(let error):
                for problem in error.problems { context.console.error(problem.description) }
                throw CommandArguments.UsageError(description: "parkeren: \(error.problems.count) probleem/problemen, niets ingelezen")
            case .success(let drafts):
                let source = [signature.geojson, signature.gebied].compactMap { $0.map { URL(fileURLWithPath: $0).lastPathComponent } }.joined(separator: ", ")
                let result = try await ParkingStore(database: app.db).importZones(drafts, organisationID: city, source: source, actor: .commandLine)
                context.console.print("parkeren: \(result.created.count) zones nieuw, \(result.replaced.count) vervangen"
                    + (result.replaced.isEmpty ? "" : " (\(result.replaced.joined(separator: ", ")))"))
            }
        case "rules":
            try await app.prepareData()
            let city = try await Self.city(signature.city, app)
            guard let path = signature.file, let data = FileManager.default.contents(atPath: path) else {
                throw CommandArguments.UsageError(description: "geef een leesbaar regelbestand met --file")
            }
            let rules: ParkingCityRules
            do { rules = try ParkingCityRules.parse(data, file: URL(fileURLWithPath: path).lastPathComponent) } catch {
                throw CommandArguments.UsageError(description: error.description)
            }
            let version = try await ParkingStore(database: app.db).saveRuleSet(String(decoding: data, as: UTF8.self), rules: rules, organisationID: city,
                                                                            actor: .commandLine)
            context.console.print("parkeren: uitreikingsregels versie \(version) (\(rules.ruleSet.rules.count) regels, controlelog \(rules.checkLogDays) dagen)")
        case "purge":
            try await app.prepareData()
            let removed = try await ParkingStore(database: app.db).purgeExpired()
            context.console.print("parkeren: \(removed) controles uit het log gewist (bewaartermijn voorbij)")
        case "benchmark":
            try await ParkingBenchmark.run(plates: signature.plates ?? 200_000, checks: signature.checks ?? 1_000_000, keep: signature.keep,
                                           tokenFile: signature.tokenFile, platesFile: signature.platesFile,
                                           pillars: app.pillars.all, console: context.console)
        default:
            throw CommandArguments.UsageError(description: "onbekende actie '\(signature.action)': kies import, rules, purge of benchmark")
        }
    }

    static func city(_ code: String?, _ app: Application) async throws -> Int {
        guard let code, !code.isEmpty else { throw CommandArguments.UsageError(description: "geef de stad met --city CODE") }
        guard let id = try await OrganisationService(database: app.db).find(code: code)?.id else {
            throw CommandArguments.UsageError(description: "'\(code)' is geen organisatie (zie stadsbeeld organisations)")
        }
        return id
    }
}

/// `stadsbeeld parking benchmark`: a city with the demo zones and `plates` plates with rights, written to a fresh
/// temporary SQLite file (and a temporary PostgreSQL schema when DATABASE_URL is set); then timed: building the
/// register from the database, building it from values, and `checks` pure checks (spread over the plates, one in
/// ten unknown, over the zones and the hours of a week). `--keep` keeps the SQLite file with an API token and a
/// plate list, for `scripts/bench-parking` (the server under `wrk`).
enum ParkingBenchmark {
    static let city = "benchstad"

    static func run(plates: Int, checks: Int, keep: String?, tokenFile: String?, platesFile: String?, pillars: [any Pillar],
                    console: any Console, environment: [String: String] = ProcessInfo.processInfo.environment) async throws {
        guard plates > 0, plates <= 2_000_000, checks > 0 else { throw CommandArguments.UsageError(description: "--plates 1…2000000 en --checks > 0") }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stadsbeeld-parking-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = keep ?? directory.appendingPathComponent("bench.sqlite").path
        if keep != nil {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        console.print("Parkeren benchmark: \(plates) kentekens met rechten, \(checks) controles.")
        try await measure(.sqlite(path: path), name: "SQLite", plates: plates, checks: checks, keep: keep != nil, tokenFile: tokenFile,
                          platesFile: platesFile, pillars: pillars, console: console)
        if case .postgres(let url) = DatabaseSettings.fromEnvironment(environment) {
            let schema = "parking_bench_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(12)
            try await statement("CREATE SCHEMA \(schema)", url: url)
            do {
                let separator = url.contains("?") ? "&" : "?"
                try await measure(.postgres(url: url + separator + "search_path=\(schema)"), name: "PostgreSQL", plates: plates, checks: checks,
                                  keep: false, tokenFile: nil, platesFile: nil, pillars: pillars, console: console)
            } catch {
                try? await statement("DROP SCHEMA IF EXISTS \(schema) CASCADE", url: url)
                throw error
            }
            try await statement("DROP SCHEMA IF EXISTS \(schema) CASCADE", url: url)
        }
    }

    /// The n-th benchmark plate: 1-AAA-000 … (three letters from n / 1000, three digits n % 1000).
    static func plateText(_ n: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let block = n / 1000
        return "\(1 + block / 17_576 % 9)-\(letters[block / 676 % 26])\(letters[block / 26 % 26])\(letters[block % 26])-" + String(format: "%03d", n % 1000)
    }

    static func measure(_ settings: DatabaseSettings, name: String, plates: Int, checks: Int, keep: Bool, tokenFile: String?, platesFile: String?,
                        pillars: [any Pillar], console: any Console) async throws {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        do {
            try app.configurePlatform(PlatformSettings(database: settings))
            try app.install(pillars)
            try await app.prepareData()
            let organisations = OrganisationService(database: app.db)
            let model = if let existing = try await organisations.find(code: city) { existing } else {
                try await organisations.create(code: city, name: "Benchstad", type: .partner, areaCode: nil, by: .commandLine)
            }
            let organisationID = model.id!
            let store = ParkingStore(database: app.db)
            guard let zonesFile = ParkingDemo.file("voorbeeldstad-zones.geojson"),
                  case .success(let drafts) = ZoneImportReader.geoJSON(try Data(contentsOf: zonesFile), file: zonesFile.lastPathComponent) else {
                throw Abort(.internalServerError, reason: "de demozones ontbreken")
            }
            _ = try await store.importZones(drafts, organisationID: organisationID, source: "benchmark", actor: .commandLine)
            if let rules = ParkingDemo.file("voorbeeldstad-regels.json") {
                let content = try String(contentsOf: rules, encoding: .utf8)
                _ = try await store.saveRuleSet(content, rules: try ParkingCityRules.parse(Data(content.utf8), file: "regels"), organisationID: organisationID,
                                                actor: .commandLine)
            }
            // Rights: a resident permit in a residents' zone for most plates, an LEZ exemption for one in ten, a
            // professional permit over three zones for one in twenty, a disability card for one in fifty.
            let residentZones = ["VS-C1", "VS-N"]
            let start = ContinuousClock.now
            let from = Int(BrusselsClock().date(2026, 1, 1)!.timeIntervalSince1970)
            let until = Int(BrusselsClock().date(2027, 1, 1)!.timeIntervalSince1970)
            let now = Date()
            var index = 0
            while index < plates {
                let end = min(index + 400, plates)
                var insert = app.db.sql.insert(into: "parking_rights")
                    .columns("organisation_id", "kind", "holder_id", "plates", "zones", "valid_from", "valid_until", "time_restrictions", "status",
                             "legal_basis", "created_at")
                var vehicles = app.db.sql.insert(into: "parking_vehicles").columns("organisation_id", "plate_key", "fuel", "euro_norm", "category")
                for n in index..<end {
                    let key = try LicencePlate(plateText(n)).key
                    let (kind, zones): (RightKind, String) = switch n % 50 {
                    case 0: (.disabilityCard, "")
                    case 5, 15, 25, 35, 45: (.lezExemption, "VS-LEZ")
                    case 10, 30: (.professionalPermit, "VS-C1 VS-BL VS-N")
                    default: (.residentPermit, residentZones[n % 2])
                    }
                    insert = insert.values(SQLBind(organisationID), SQLBind(kind.rawValue), SQLBind(Int?.none), SQLBind(key), SQLBind(zones), SQLBind(from),
                                           SQLBind(until), SQLBind(""), SQLBind(n % 97 == 0 ? "suspended" : "active"),
                                           SQLBind("Parkeerreglement Benchstad, art. 8"), SQLBind(now))
                    vehicles = vehicles.values(SQLBind(organisationID), SQLBind(key), SQLBind(n % 3 == 0 ? "diesel" : "petrol"), SQLBind(3 + n % 4),
                                               SQLBind("car"))
                }
                try await insert.run()
                try await vehicles.run()
                index = end
            }
            try await app.db.sql.raw("""
                INSERT INTO parking_right_plates (right_id, organisation_id, plate_key)
                SELECT id, organisation_id, plates FROM parking_rights WHERE organisation_id = \(bind: organisationID)
                """).run()
            try await app.db.transaction { db in try await ParkingStore.bump(organisationID, on: db) }
            let written = ContinuousClock.now
            let register = try await store.register(organisationID)
            let loaded = ContinuousClock.now
            let rights = try await store.allRights(organisationID)
            let vehicles = try await store.vehicles(organisationID)
            let zones = try await store.zones(organisationID).map(\.zone)
            let valuesStart = ContinuousClock.now
            let rebuilt = ParkingRegister(zones: zones, rights: rights, vehicles: vehicles)
            let valuesBuilt = ContinuousClock.now
            // The checks: plates spread with a fixed step, one in ten not in the register, moments over a week.
            var random = ParkingRandom(seed: 16)
            let zoneCodes = zones.map(\.id).sorted()
            let week = BrusselsClock().date(2026, 3, 2)!.timeIntervalSince1970
            var queries: [(LicencePlate, String, Date)] = []
            queries.reserveCapacity(min(checks, 100_000))
            for _ in 0..<min(checks, 100_000) {
                let n = Int(random.next() % UInt64(plates * 10 / 9 + 1))
                let plate = try LicencePlate(plateText(n))
                queries.append((plate, zoneCodes[Int(random.next() % UInt64(zoneCodes.count))], Date(timeIntervalSince1970: week + Double(random.next() % 604_800))))
            }
            var allowed = 0
            let checkStart = ContinuousClock.now
            for i in 0..<checks {
                let query = queries[i % queries.count]
                if try rebuilt.check(plate: query.0, zone: query.1, at: query.2).allowed { allowed += 1 }
            }
            let checkEnd = ContinuousClock.now
            let seconds = ParkingSeconds.of(checkEnd - checkStart)
            console.print("\(name): rechten wegschrijven \(ms(written - start)) ms; register uit de databank \(ms(loaded - written)) ms "
                + "(\(register.rightsByPlate.count) kentekens); register uit waarden \(ms(valuesBuilt - valuesStart)) ms")
            console.print("\(name): \(checks) zuivere controles in \(String(format: "%.3f", seconds)) s = \(Int(Double(checks) / max(seconds, 1e-9))) controles/s "
                + "(\(allowed) toegelaten)")
            if keep {
                let email = "bench-parking@benchstad.invalid"
                let user = if let existing = try await AccountService(database: app.db).user(email: email) { existing } else {
                    try await AccountService(database: app.db).createUser(
                        .init(email: email, name: "Benchmark parkeren", organisationID: organisationID, role: .viewer,
                              password: UUID().uuidString + UUID().uuidString), by: .commandLine)
                }
                let token = try await TokenService(database: app.db).create(userID: user.id!, name: "bench-parking", scope: .read, by: .commandLine).secret
                if let tokenFile { try token.write(toFile: tokenFile, atomically: true, encoding: .utf8) }
                if let platesFile {
                    var lines: [String] = []
                    for i in 0..<min(queries.count, 20_000) {
                        let (plate, zone, _) = queries[i]
                        lines.append("\(plate.display) \(zone)")
                    }
                    try (lines.joined(separator: "\n") + "\n").write(toFile: platesFile, atomically: true, encoding: .utf8)
                }
                console.print("\(name): databank bewaard voor scripts/bench-parking")
            }
            try await app.asyncShutdown()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    static func ms(_ duration: Duration) -> String { String(format: "%.0f", ParkingSeconds.of(duration) * 1000) }

    private static func statement(_ sql: String, url: String) async throws {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        do {
            try DatabaseSettings.postgres(url: url).configure(app)
            try await app.db.sql.raw(SQLQueryString(sql)).run()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}

enum ParkingSeconds {
    static func of(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// A small seeded generator (the SplitMix64 steps), so benchmark runs check the same plates.
struct ParkingRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
