import Platform
import AccessDomain
import Foundation

extension ImportJob {
    /// The audit entry of a landed import: files, checksum and counts, written in the import's own transaction.
    func auditEvent(run: ImportRunModel, actor: AuditActor) -> AuditEvent {
        let fields: [String: String] = [
            "bestanden": run.files, "controlesom (SHA-256)": run.checksum, "modus": run.mode, "rijen": String(run.rows),
            "waarden geladen": String(run.valuesWritten), "waarden berekend": String(run.valuesAggregated),
            "gebieden": String(summary.areas), "koppelingen": String(summary.links), "indicatoren": String(summary.indicators),
            "indicatoren met nieuwe data": summary.indicatorsWithData.sorted().joined(separator: ", "),
        ]
        return AuditEvent(
            occurredAt: run.finishedAt, actor: actor, module: ImportService.module, action: .importData, entityType: "import",
            entityID: run.id.map(String.init) ?? "", summary: "import van \(run.files): \(run.valuesWritten) waarden",
            changes: AuditChange.between(nil, fields))
    }
}
