import Foundation

/// What is wrong with an activity, at its field ("purposes.2.basis": the second purpose's basis, counted from 1).
public struct ProcessingProblem: Equatable, Sendable, CustomStringConvertible {
    public enum Reason: String, Sendable, CaseIterable {
        case nameMissing, nameTooLong, controllerMissing, purposesMissing, purposeEmpty, purposeWithoutBasis, basisDetailMissing,
             consentForPublicTask, legitimateInterestForPublicTask, subjectsMissing, dataMissing, categoryEmpty, specialWithoutGround,
             specialGroundNeedsLaw, criminalWithoutLaw, recipientEmpty, processorWithoutAgreement, transferWithoutCountry,
             transferWithoutSafeguard, derogationWithoutDetail, retentionMissing, securityMissing, dpoMissing, jointWithoutName,
             tooLong, tooManyLines
    }

    /// Errors are refused always; `incomplete` only when the activity is no longer a draft.
    public enum Severity: String, Sendable { case error, incomplete }

    public let field: String
    public let reason: Reason
    public let severity: Severity

    public init(_ field: String, _ reason: Reason, _ severity: Severity = .error) {
        self.field = field
        self.reason = reason
        self.severity = severity
    }

    public var description: String { "\(field): \(reason.rawValue)" }
}

/// The rules an entry of the register must meet before it is saved. Inconsistencies (a special category without an
/// art. 9.2 ground, a transfer without a safeguard, consent for a public task…) are refused in any status; what is
/// only missing may stay missing in a draft and is refused once the activity is active or ended.
public enum ProcessingValidation {
    public static let maximumText = 4_000
    public static let maximumLines = 60

    /// Every problem, errors and missing fields alike.
    public static func problems(_ activity: ProcessingActivity) -> [ProcessingProblem] {
        var problems: [ProcessingProblem] = []
        func missing(_ field: String, _ reason: ProcessingProblem.Reason) { problems.append(.init(field, reason, .incomplete)) }
        func blank(_ text: String) -> Bool { text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

        if blank(activity.name) { problems.append(.init("name", .nameMissing)) }
        if activity.name.count > 200 { problems.append(.init("name", .nameTooLong)) }
        if blank(activity.controller.name) { missing("controller.name", .controllerMissing) }
        if blank(activity.dpoContact) { missing("dpoContact", .dpoMissing) }
        for (index, joint) in activity.jointControllers.enumerated() where blank(joint.name) {
            problems.append(.init("jointControllers.\(index + 1)", .jointWithoutName))
        }

        if activity.purposes.isEmpty { missing("purposes.1.description", .purposesMissing) }
        for (index, purpose) in activity.purposes.enumerated() {
            let at = "purposes.\(index + 1)"
            if blank(purpose.description) { problems.append(.init("\(at).description", .purposeEmpty)) }
            guard let basis = purpose.basis else {
                problems.append(.init("\(at).basis", .purposeWithoutBasis))
                continue
            }
            if activity.publicTask && basis == .consent { problems.append(.init("\(at).basis", .consentForPublicTask)) }
            if activity.publicTask && basis == .legitimateInterests { problems.append(.init("\(at).basis", .legitimateInterestForPublicTask)) }
            if (basis == .legalObligation || basis == .publicTask) && blank(purpose.basisDetail) {
                missing("\(at).basisDetail", .basisDetailMissing)
            }
        }

        if activity.subjectCategories.isEmpty { missing("subjectCategories", .subjectsMissing) }
        if activity.dataCategories.isEmpty { missing("dataCategories.1.name", .dataMissing) }
        for (index, category) in activity.dataCategories.enumerated() {
            let at = "dataCategories.\(index + 1)"
            if blank(category.name) { problems.append(.init("\(at).name", .categoryEmpty)) }
            switch category.kind {
            case .ordinary: break
            case .special:
                guard let ground = category.ground else {
                    problems.append(.init("\(at).ground", .specialWithoutGround))
                    continue
                }
                // b, g, h, i and j rest on Union or member-state law: name it.
                if [.employmentSocialProtection, .substantialPublicInterest, .healthOrSocialCare, .publicHealth, .archivingResearch].contains(ground),
                   blank(category.lawReference) {
                    missing("\(at).lawReference", .specialGroundNeedsLaw)
                }
            case .criminal:
                if blank(category.lawReference) { problems.append(.init("\(at).lawReference", .criminalWithoutLaw)) }
            }
        }

        for (index, recipient) in activity.recipients.enumerated() {
            let at = "recipients.\(index + 1)"
            if blank(recipient.name) { problems.append(.init("\(at).name", .recipientEmpty)) }
            if recipient.kind == .processor && blank(recipient.agreement) { problems.append(.init("\(at).agreement", .processorWithoutAgreement)) }
        }

        for (index, transfer) in activity.transfers.enumerated() {
            let at = "transfers.\(index + 1)"
            if blank(transfer.country) { problems.append(.init("\(at).country", .transferWithoutCountry)) }
            guard let safeguard = transfer.safeguard else {
                problems.append(.init("\(at).safeguard", .transferWithoutSafeguard))
                continue
            }
            if safeguard == .derogation && blank(transfer.detail) { problems.append(.init("\(at).detail", .derogationWithoutDetail)) }
        }

        if blank(activity.retention) { missing("retention", .retentionMissing) }
        if activity.securityMeasures.isEmpty { missing("securityMeasures", .securityMissing) }

        let texts: [(String, String)] = [("reference", activity.reference), ("retention", activity.retention), ("source", activity.source),
                                        ("automatedDecision", activity.automatedDecision), ("dpoContact", activity.dpoContact),
                                        ("controller.contact", activity.controller.contact)]
        for (field, text) in texts where text.count > maximumText { problems.append(.init(field, .tooLong)) }
        let lists: [(String, Int)] = [("subjectCategories", activity.subjectCategories.count), ("securityMeasures", activity.securityMeasures.count),
                                      ("jointControllers", activity.jointControllers.count), ("purposes.1.description", activity.purposes.count),
                                      ("dataCategories.1.name", activity.dataCategories.count), ("recipients.1.name", activity.recipients.count),
                                      ("transfers.1.country", activity.transfers.count)]
        for (field, count) in lists where count > maximumLines { problems.append(.init(field, .tooManyLines)) }
        return problems
    }

    /// The problems that stop a save in the activity's status: errors always, missing fields unless it is a draft.
    public static func blocking(_ activity: ProcessingActivity) -> [ProcessingProblem] {
        problems(activity).filter { $0.severity == .error || activity.status != .draft }
    }
}
