import Platform
import AccessDomain
import Foundation
import MaturiteitDomain
import Fluent
import SQLKit
import Tabular

/// The models and the 2024 climate-governance campaign Stadsbeeld starts with, read from the CSV files in
/// Resources/maturiteit (see ATTRIBUTION.md there). Written by migrations, as part of installing, so without
/// audit-trail entries: nobody made these changes.
enum MaturitySeed {
    static var directory: URL {
        Bundle.module.url(forResource: "maturiteit", withExtension: nil, subdirectory: "Resources")
            ?? Bundle.module.bundleURL.appendingPathComponent("Resources/maturiteit")
    }

    /// The rows of a seed file as dictionaries keyed by the header.
    static func rows(_ file: String) throws -> [[String: String]] {
        let (header, rows) = try MaturityService.readCSV(path: directory.appendingPathComponent(file).path, fileName: file)
        return rows.map { row in
            Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0 < row.cells.count ? row.cells[$0] : "") })
        }
    }

    static func scale() throws -> MaturityScale {
        MaturityScale(levels: try rows("maturiteitsschaal.csv").map { row in
            MaturityScale.Level(value: Int(row["score"]!)!, label: row["label"]!, colour: row["kleur"]!, meaning: row["omschrijving"] ?? "")
        })
    }

    struct ModelSeed {
        let code: String
        let name: String
        let description: String
        let file: String
    }

    static let models = [
        ModelSeed(code: "klimaatgovernance", name: "Klimaatgovernance",
                  description: "Hoe een stad haar klimaatbeleid organiseert: van plan en uitvoering tot meting, mensen, regels, geld, risico's en participatie.",
                  file: "klimaatgovernance_themas.csv"),
        ModelSeed(code: "datamaturiteit", name: "Datamaturiteit",
                  description: "Hoe goed een organisatie met haar gegevens omgaat, gemeten op de elf kennisdomeinen van DAMA-DMBOK.",
                  file: "datamaturiteit_domeinen.csv"),
        ModelSeed(code: "digitale-transitie", name: "Digitale transitie",
                  description: "Hoe ver een organisatie staat in haar digitale omvorming, gemeten op tien bouwstenen van visie tot mensen.",
                  file: "digitale_transitie_bouwstenen.csv"),
    ]

    /// Inserts the three models (version 1) and the look-alike groups.
    static func models(on sql: any SQLDatabase) async throws {
        let scale = String(decoding: try JSONEncoder.sorted.encode(try scale()), as: UTF8.self)
        for seed in models {
            try await sql.insert(into: "maturity_models").columns("code", "version", "name", "description", "scale", "created_at")
                .values(SQLBind(seed.code), SQLBind(1), SQLBind(seed.name), SQLBind(seed.description), SQLBind(scale), SQLBind(Date())).run()
            let id = try await modelID(seed.code, sql)
            for row in try rows(seed.file) {
                try await sql.insert(into: "maturity_themes").columns("model_id", "sequence", "code", "name", "description")
                    .values(SQLBind(id), SQLBind(Int(row["volgorde"]!)!), SQLBind(row["code"]!), SQLBind(row["thema"]!),
                            SQLBind(row["omschrijving"] ?? "")).run()
            }
        }
        let cities = MemberOrganisation.founding.filter { $0.type == .centrumstad }
        var groups = PeerGroup.provinces(of: cities.map { ($0.code, $0.areaCode) })
        // Statbel, bevolking op 1 januari 2024: only these four centrumsteden count more than 100.000 inhabitants.
        groups.append(PeerGroup(code: "grootste-steden", name: "Centrumsteden met meer dan 100.000 inwoners",
                                members: ["antwerpen", "gent", "brugge", "leuven"]))
        for group in groups {
            try await sql.insert(into: "maturity_peer_groups").columns("code", "name", "members")
                .values(SQLBind(group.code), SQLBind(group.name), SQLBind(group.members.joined(separator: "; "))).run()
        }
    }

    static let climateCampaign = "klimaatgovernance-2024"

    /// The autumn-2024 self-evaluations of the 13 centrumsteden, closed and published, with the top-10
    /// recommendations and the seven work packages.
    static func climateCampaign2024(on database: any Database) async throws {
        let sql = database.sql
        let modelID = try await modelID("klimaatgovernance", sql)
        try await sql.insert(into: "maturity_campaigns")
            .columns("model_id", "code", "name", "moment", "status", "published", "published_at", "created_at")
            .values(SQLBind(modelID), SQLBind(climateCampaign), SQLBind("Klimaatgovernance 2024"), SQLBind("najaar 2024"),
                    SQLBind(Campaign.Status.closed.rawValue), SQLBind(true), SQLBind(Date(timeIntervalSince1970: 1_748_736_000)),
                    SQLBind(Date(timeIntervalSince1970: 1_730_419_200))).run()
        let store = MaturityStore(database: database)
        let organisations = try await store.organisations()
        let names = OrganisationNames(organisations)
        let campaignID = try await MaturityService.campaignID(climateCampaign, sql)
        let sheet = try MaturityService.readCSV(path: directory.appendingPathComponent("klimaatgovernance_zelfevaluatie_2024.csv").path,
                                                fileName: "klimaatgovernance_zelfevaluatie_2024.csv")
        let stored = try await store.models().first { $0.id == modelID }!
        let read = CampaignSheet.read(file: "klimaatgovernance_zelfevaluatie_2024.csv", header: sheet.header, rows: sheet.rows,
                                      scale: stored.model.scale, themes: stored.model.themes.map(\.code), organisation: names.code(for:))
        guard read.problems.isEmpty else { throw RefusedAction(read.problems.map(\.description)) }
        for code in Set(read.entries.map(\.organisation)).sorted() {
            let organisation = organisations.first { $0.code == code }!
            try await sql.insert(into: "maturity_participants").columns("campaign_id", "organisation_id")
                .values(SQLBind(campaignID), SQLBind(organisation.id)).run()
        }
        let campaign = try await store.campaign(code: climateCampaign)!
        let data = try await store.data(for: campaign)
        for (code, entries) in Dictionary(grouping: read.entries, by: \.organisation) {
            let answers = Dictionary(uniqueKeysWithValues: entries.map { ($0.theme, StoredAnswer(answer: $0.answer)) })
            _ = try await MaturityService.writeEvaluation(data, organisationID: data.organisation(code: code)!.id, status: .submitted,
                                                          answers: answers, submitted: true, validated: false, on: database)
        }
        for row in try rows("klimaat_aanbevelingen.csv") {
            try await MaturityService.insert(Recommendation(number: Int(row["nr"]!)!, theme: row["thema"]!, text: row["aanbeveling"]!,
                                                            selected: row["top"] == "ja"), campaignID: campaignID, sql)
        }
        for row in try rows("klimaat_werkpakketten.csv") {
            let start = row["start"] ?? ""
            let package = WorkPackage(number: Int(row["nr"]!)!, title: row["werkpakket"]!, themes: WorkPackage.list(row["thema"]!),
                                      leads: WorkPackage.list(row["trekkers"] ?? ""), priority: Int(row["prioriteit_timing"]!) ?? 4,
                                      start: start, status: start == "reeds opgestart" ? .started : .planned)
            try await MaturityService.insert(package, campaignID: campaignID, sql)
        }
    }

    static func modelID(_ code: String, _ sql: any SQLDatabase) async throws -> Int {
        try await sql.select().column("id").from("maturity_models").where("code", .equal, SQLBind(code)).orderBy("version")
            .first()!.decode(column: "id", as: Int.self)
    }
}
