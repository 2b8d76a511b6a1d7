import DienstenDomain
import Foundation
import Platform

/// The long form of an activity, read into an activity and written back. Fields are named by their domain path with
/// dashes ("purposes-2-basis"); lists of lines are text areas, one item per line; repeatable groups are numbered rows
/// (the form always shows two empty rows more, so it works without JavaScript).
struct RegisterActivityForm {
    var activity: ProcessingActivity
    var internalNote: String
    var expectedVersion: Int?

    static let maximumRows = 40
    static let extraRows = 2

    static func lines(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func text(_ fields: [String: String], _ path: String) -> String {
        (fields[RegisterWords.id(path)] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The rows of a group that hold any text, in order (blank rows are dropped).
    static func rows(_ fields: [String: String], _ group: String, textFields: [String]) -> [Int] {
        (1...maximumRows).filter { row in textFields.contains { !text(fields, "\(group).\(row).\($0)").isEmpty } }
    }

    /// Reads the posted fields. Unknown select values read as "not chosen", so the rules name them.
    static func read(_ fields: [String: String]) -> RegisterActivityForm {
        var a = ProcessingActivity(name: text(fields, "name"))
        a.reference = text(fields, "reference")
        a.status = ProcessingActivity.Status(rawValue: text(fields, "status")) ?? .draft
        a.publicTask = fields["publicTask"] == "on"
        a.controller = Party(name: text(fields, "controller.name"), contact: text(fields, "controller.contact"))
        a.jointControllers = lines(fields["jointControllers"]).map { line in
            let parts = line.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            return Party(name: parts.first ?? "", contact: parts.count > 1 ? parts[1] : "")
        }
        let representative = Party(name: text(fields, "representative.name"), contact: text(fields, "representative.contact"))
        a.representative = representative.isEmpty ? nil : representative
        a.dpoContact = text(fields, "dpoContact")
        a.purposes = rows(fields, "purposes", textFields: ["description", "basisDetail"]).map { row in
            Purpose(text(fields, "purposes.\(row).description"), basis: LegalBasis(rawValue: text(fields, "purposes.\(row).basis")),
                    basisDetail: text(fields, "purposes.\(row).basisDetail"))
        }
        a.subjectCategories = lines(fields["subjectCategories"])
        a.dataCategories = rows(fields, "dataCategories", textFields: ["name", "lawReference"]).map { row in
            DataCategory(text(fields, "dataCategories.\(row).name"),
                         kind: DataCategory.Kind(rawValue: text(fields, "dataCategories.\(row).kind")) ?? .ordinary,
                         ground: SpecialGround(rawValue: text(fields, "dataCategories.\(row).ground")),
                         lawReference: text(fields, "dataCategories.\(row).lawReference"))
        }
        a.recipients = rows(fields, "recipients", textFields: ["name", "agreement"]).map { row in
            Recipient(text(fields, "recipients.\(row).name"), kind: Recipient.Kind(rawValue: text(fields, "recipients.\(row).kind")) ?? .internal,
                      agreement: text(fields, "recipients.\(row).agreement"))
        }
        a.transfers = rows(fields, "transfers", textFields: ["country", "recipient", "detail"]).map { row in
            Transfer(country: text(fields, "transfers.\(row).country"), recipient: text(fields, "transfers.\(row).recipient"),
                     safeguard: Transfer.Safeguard(rawValue: text(fields, "transfers.\(row).safeguard")), detail: text(fields, "transfers.\(row).detail"))
        }
        a.retention = text(fields, "retention")
        a.securityMeasures = lines(fields["securityMeasures"])
        a.source = text(fields, "source")
        a.automatedDecision = text(fields, "automatedDecision")
        return RegisterActivityForm(activity: a, internalNote: text(fields, "internalNote"), expectedVersion: Int(text(fields, "version")))
    }
}
