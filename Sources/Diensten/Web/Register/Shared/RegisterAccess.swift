import AccessDomain
import DienstenDomain
import Foundation
import Platform
import Tabular
import Vapor

/// Who may see and change the register pages: every page under `beheer` needs a signed-in member (a session, never
/// an API key) and shows only that member's organisation; editors and above may change it.
enum RegisterAccess {
    static func member(_ req: Request) throws -> Principal { try WriteGuard.requirePage(.signedIn, req) }

    static func mayEdit(_ principal: Principal?) -> Bool {
        guard let principal else { return false }
        return principal.isPlatformAdmin || principal.role >= .editor
    }

    static func mayMarkTemplate(_ principal: Principal?) -> Bool {
        guard let principal else { return false }
        return Authorization.decide(.kenniscentrum(.editor), principal: principal, targetOrganisation: nil) == .allowed
    }

    static func id(_ req: Request, _ name: String) throws -> Int {
        guard let id = req.parameters.get(name, as: Int.self), id > 0 else { throw Abort(.notFound, reason: "dat nummer bestaat niet") }
        return id
    }

    static func notFound() -> Abort { Abort(.notFound, reason: "dat staat niet in het register van je organisatie") }
}

/// The register as CSV: one row per activity with every art. 30.1 field (lists one item per line within the cell);
/// the internal export adds publication, version, DPIA verdict and the internal note.
enum RegisterCSV {
    static func build(_ records: [RegisterActivityRecord], isInternal: Bool, language: SiteLanguage) -> String {
        let w = RegisterWords(language)
        var header = ProcessingFields.names
        if isInternal { header += ["published", "version", "dpia", "internalNote"] }
        var lines = [CSVText.line(header)]
        for record in records {
            var fields = ProcessingFields.flatten(record.activity, word: w.word).map(\.text)
            if isInternal {
                fields += [record.summary.published ? "1" : "0", String(record.summary.currentVersion), record.summary.dpiaVerdict?.rawValue ?? "",
                           record.summary.internalNote]
            }
            lines.append(CSVText.line(fields))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
