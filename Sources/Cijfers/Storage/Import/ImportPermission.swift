import Platform
import AccessDomain
import CijfersImport
import Fluent
import Foundation
import SQLKit
import Tabular

/// Who may import what. The command line and platform admins may load anything. An organisation's editors may load
/// indicator sheets and data only, for indicators their organisation owns or that the import creates (which it then owns):
/// geography, links, themes and maps are shared by everyone and stay with the platform admins.
public enum ImportPermission: Sendable, Equatable {
    case everything
    case organisation(Int)

    static let organisationFormats: Set<SwingFormat> = [.indicatorDefinitions, .dataWide, .dataLong]

    /// Refuses files an organisation may not load, before anything is read further.
    func checkFiles(_ job: ImportJob) {
        guard case .organisation = self else { return }
        for sheet in job.sheets where !Self.organisationFormats.contains(sheet.format) {
            job.problems.add(.notPermitted, at: sheet.reader.location(row: sheet.header.row.number),
                             "gebiedsindelingen, koppeltabellen en thema's laadt alleen een platformbeheerder")
        }
        for file in job.geometries {
            job.problems.add(.notPermitted, at: TabularLocation(file: file.name), "kaarten laadt alleen een platformbeheerder")
        }
    }

    /// Indicators that exist and belong to someone else (or to everyone): an organisation may not load them.
    func forbidden(_ owners: [String: Int?]) -> Set<String> {
        guard case .organisation(let organisation) = self else { return [] }
        return Set(owners.filter { $0.value != organisation }.keys)
    }

    /// Refuses data sheets whose header names an indicator the organisation may not load, before any of their rows
    /// is read: the check that matters most for a large upload. Indicator codes in rows (format 2, indicator sheets)
    /// are checked as they are read and again, in the transaction, by `checkOwnership`.
    func checkHeaders(_ job: ImportJob, owners: [String: Int?]) {
        let forbidden = forbidden(owners)
        guard !forbidden.isEmpty else { return }
        for sheet in job.sheets where sheet.format == .dataWide {
            for (column, code) in sheet.header.indicatorColumns {
                if forbidden.contains(code) {
                    job.problems.add(.notPermitted, at: sheet.reader.location(row: sheet.header.row.number, column: column),
                                     DataSheetParser.notPermitted(code))
                }
            }
        }
    }

    /// The owner of every indicator, before the import changes anything.
    static func owners(on db: any Database) async throws -> [String: Int?] {
        let rows = try await db.sql.select().columns("code", "owner_organisation_id").from("indicators").all()
        var owners: [String: Int?] = [:]
        for row in rows {
            owners[try row.decode(column: "code", as: String.self)] = try row.decode(column: "owner_organisation_id", as: Int?.self)
        }
        return owners
    }

    /// After the import ran inside its transaction: refuses it when it touched another owner's indicators, and
    /// gives the indicators it created to the importing organisation.
    func checkOwnership(_ job: ImportJob, ownersBefore: [String: Int?], on db: any Database) async throws {
        guard case .organisation(let organisation) = self else { return }
        let touched = job.summary.indicatorsWithData.union(job.definedIndicators)
        var created: [String] = []
        for code in touched.sorted() {
            if let owner = ownersBefore[code] {
                if owner != organisation {
                    job.problems.add(.notPermitted, at: TabularLocation(file: "import"),
                                     "indicator '\(code)' hoort bij een andere organisatie of is gedeeld; alleen die organisatie of een platformbeheerder wijzigt ze")
                }
            } else {
                created.append(code)
            }
        }
        guard job.problems.isEmpty, !created.isEmpty else { return }
        try await db.sql.update("indicators")
            .set("owner_organisation_id", to: SQLBind(organisation))
            .where("code", .in, created)
            .run()
    }
}
