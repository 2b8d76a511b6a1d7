import Platform
import AccessDomain
import Foundation
import MaturiteitDomain
import SQLKit
import Tabular

/// A campaign to and from a spreadsheet (CSV, one row per organisation and theme).
extension MaturityService {
    public struct SheetResult: Sendable, Equatable {
        public let organisations: Int
        public let answers: Int
        /// Organisations the sheet added to the participants.
        public let added: [String]
    }

    /// Reads a CSV file into a campaign. Every row is checked first; with any problem nothing is written and every
    /// problem is returned with file, row and column. The organisations in the file join the campaign if they had not.
    public func importSheet(path: String, fileName: String, into campaign: StoredCampaign,
                            by actor: AuditActor) async throws -> SheetResult {
        let store = MaturityStore(database: database)
        let data = try await store.data(for: campaign)
        let (header, rows) = try Self.readCSV(path: path, fileName: fileName)
        let resolver = OrganisationNames(data.organisations)
        let read = CampaignSheet.read(file: fileName, header: header, rows: rows, scale: data.model.model.scale,
                                      themes: data.model.model.themes.map(\.code), organisation: resolver.code(for:))
        guard read.problems.isEmpty else { throw RefusedAction(read.problems.map(\.description)) }
        guard !read.entries.isEmpty else { throw RefusedAction("\(fileName): het bestand bevat geen scores") }

        let byOrganisation = Dictionary(grouping: read.entries, by: \.organisation)
        let added = byOrganisation.keys.sorted().filter { !campaign.participants.contains(data.organisation(code: $0)!.id) }
        try await database.transaction { db in
            let sql = db.sql
            for code in byOrganisation.keys.sorted() {
                let organisation = data.organisation(code: code)!
                if added.contains(code) {
                    try await sql.insert(into: "maturity_participants").columns("campaign_id", "organisation_id")
                        .values(SQLBind(campaign.id), SQLBind(organisation.id)).run()
                }
                let existing = data.evaluation(of: organisation.id)
                var answers = existing?.answers ?? [:]
                for theme in data.model.model.themes where answers[theme.code] == nil {
                    answers[theme.code] = StoredAnswer(answer: ThemeAnswer(score: .none(reason: Self.notYetAnswered)))
                }
                var status = existing?.status ?? .submitted
                for entry in byOrganisation[code]! {
                    let earlier = answers[entry.theme]
                    answers[entry.theme] = StoredAnswer(answer: entry.answer, validated: entry.validated ?? earlier?.validated,
                                                        validationNote: entry.validationNote.isEmpty ? earlier?.validationNote ?? "" : entry.validationNote)
                    if let given = entry.status { status = given }
                }
                let id = try await Self.writeEvaluation(data, organisationID: organisation.id, status: status, answers: answers,
                                                        submitted: status != .draft, validated: status == .validated, on: db)
                try await AuditLog.record(AuditEvent(
                    actor: actor, module: Self.module, action: .importData, entityType: "zelfevaluatie", entityID: String(id),
                    summary: "zelfevaluatie \(code) in \(campaign.code) ingelezen uit \(fileName)",
                    changes: AuditChange.between(Self.snapshot(existing), Self.snapshot(status, answers))), on: db)
            }
        }
        return SheetResult(organisations: byOrganisation.count, answers: read.entries.count, added: added)
    }

    /// The campaign as CSV in the columns the import reads, organisations by name and themes in model order.
    public static func sheet(_ data: CampaignData) -> String {
        var lines = [CSVText.line(CampaignSheet.header)]
        for organisation in data.participants {
            guard let evaluation = data.evaluation(of: organisation.id) else { continue }
            for theme in data.model.model.themes {
                guard let stored = evaluation.answers[theme.code] else { continue }
                lines.append(CSVText.line(CampaignSheet.row(
                    organisation: organisation.code, theme: theme.code, answer: stored.answer, validated: stored.validated,
                    validationNote: stored.validationNote, status: evaluation.status)))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func readCSV(path: String, fileName: String) throws -> (header: [String], rows: [(number: Int, cells: [String])]) {
        do {
            let reader = try CSVReader(path: path)
            var header: [String]?
            var rows: [(number: Int, cells: [String])] = []
            while let row = try reader.next() {
                let cells = row.cells.map { CSVText.restore($0.text ?? "") }
                if header == nil {
                    if row.isBlank { continue }
                    header = cells
                } else {
                    rows.append((row.number, cells))
                }
                if rows.count > 100_000 { throw RefusedAction("\(fileName): meer dan 100.000 rijen; dit is geen meting") }
            }
            guard let header else { throw RefusedAction("\(fileName): het bestand is leeg") }
            return (header, rows)
        } catch let error as TabularError {
            throw RefusedAction("\(fileName): \(error.reason) (\(error.location))")
        }
    }
}

/// Finds an organisation from what a spreadsheet calls it: its code, its name, or its name without "Stad "
/// (and "St-Niklaas" for Sint-Niklaas, as in the 2024 table).
struct OrganisationNames {
    private var codes: [String: String] = [:]

    init(_ organisations: [MaturityOrganisation]) {
        for organisation in organisations {
            for name in [organisation.code, organisation.name, organisation.shortName] {
                codes[Self.key(name)] = organisation.code
            }
        }
    }

    func code(for text: String) -> String? {
        var key = Self.key(text)
        if key.hasPrefix("st-") { key = "sint-" + key.dropFirst(3) }
        return codes[key]
    }

    static func key(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).lowercased().folding(options: .diacriticInsensitive, locale: nil)
    }
}
