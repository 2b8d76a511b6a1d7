import Foundation

/// An activity as a list of named texts in the order of art. 30.1, for the difference between versions, the CSV
/// export and the public register. `word` turns a code ("recipient.processor", "status.active", "yes") into the
/// reader's language; lines of a list are joined with `separator`.
public enum ProcessingFields {
    /// The field names, in order (the CSV header codes).
    public static let names = [
        "name", "reference", "status", "controller", "jointControllers", "representative", "dpoContact", "purposes", "publicTask",
        "subjectCategories", "dataCategories", "recipients", "transfers", "retention", "securityMeasures", "source", "automatedDecision",
    ]

    public static func flatten(_ a: ProcessingActivity, separator: String = "\n", word: (String) -> String) -> [(name: String, text: String)] {
        func party(_ p: Party) -> String { p.contact.isEmpty ? p.name : "\(p.name) (\(p.contact))" }
        func join(_ lines: [String]) -> String { lines.joined(separator: separator) }
        let purposes = a.purposes.map { purpose -> String in
            guard let basis = purpose.basis else { return "\(purpose.description) [\(word("basis.none"))]" }
            let detail = purpose.basisDetail.isEmpty ? "" : " — \(purpose.basisDetail)"
            return "\(purpose.description) [\(basis.article) \(word("basis.\(basis.rawValue)"))\(detail)]"
        }
        let categories = a.dataCategories.map { category -> String in
            switch category.kind {
            case .ordinary: return category.name
            case .special:
                let ground = category.ground.map { $0.article } ?? word("ground.none")
                let law = category.lawReference.isEmpty ? "" : " — \(category.lawReference)"
                return "\(category.name) [\(word("kind.special")), \(ground)\(law)]"
            case .criminal:
                let law = category.lawReference.isEmpty ? "" : ", \(category.lawReference)"
                return "\(category.name) [\(word("kind.criminal"))\(law)]"
            }
        }
        let recipients = a.recipients.map { recipient -> String in
            let agreement = recipient.agreement.isEmpty ? "" : ", \(recipient.agreement)"
            return "\(recipient.name) [\(word("recipient.\(recipient.kind.rawValue)"))\(agreement)]"
        }
        let transfers = a.transfers.map { transfer -> String in
            let safeguard = transfer.safeguard.map { "\($0.article) \(word("safeguard.\($0.rawValue)"))" } ?? word("safeguard.none")
            let detail = transfer.detail.isEmpty ? "" : " — \(transfer.detail)"
            return "\(transfer.country): \(transfer.recipient) [\(safeguard)\(detail)]"
        }
        return [
            ("name", a.name), ("reference", a.reference), ("status", word("status.\(a.status.rawValue)")), ("controller", party(a.controller)),
            ("jointControllers", join(a.jointControllers.map(party))), ("representative", a.representative.map(party) ?? ""),
            ("dpoContact", a.dpoContact), ("purposes", join(purposes)), ("publicTask", word(a.publicTask ? "yes" : "no")),
            ("subjectCategories", join(a.subjectCategories)), ("dataCategories", join(categories)), ("recipients", join(recipients)),
            ("transfers", join(transfers)), ("retention", a.retention), ("securityMeasures", join(a.securityMeasures)), ("source", a.source),
            ("automatedDecision", a.automatedDecision),
        ]
    }
}

/// What changed between two versions of an activity, field by field.
public struct ProcessingChange: Equatable, Sendable {
    public let field: String
    public let before: String
    public let after: String
    /// Lines only in the old version and lines only in the new one (for list fields).
    public let removed: [String]
    public let added: [String]
}

public enum ProcessingDiff {
    public static func between(_ old: ProcessingActivity, _ new: ProcessingActivity, word: (String) -> String) -> [ProcessingChange] {
        let before = ProcessingFields.flatten(old, word: word)
        let after = ProcessingFields.flatten(new, word: word)
        return zip(before, after).compactMap { old, new in
            guard old.text != new.text else { return nil }
            let oldLines = old.text.split(separator: "\n").map(String.init)
            let newLines = new.text.split(separator: "\n").map(String.init)
            return ProcessingChange(field: old.name, before: old.text, after: new.text,
                                    removed: oldLines.filter { !newLines.contains($0) }, added: newLines.filter { !oldLines.contains($0) })
        }
    }
}
