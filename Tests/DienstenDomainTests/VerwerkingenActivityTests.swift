import DienstenDomain
import Foundation
import Testing

/// The register entry's rules: a complete, lawful activity passes; each inconsistency is refused at its field; what is
/// merely missing may stay missing in a draft only.
@Suite("Verwerkingen: activity validation")
struct VerwerkingenActivityTests {
    static func leefloon() -> ProcessingActivity {
        ProcessingActivity(
            name: "Leefloondossier", reference: "OCMW-01", status: .active,
            controller: Party(name: "OCMW Voorbeeldstad", contact: "Markt 1, 9999 Voorbeeldstad"),
            dpoContact: "dpo@voorbeeldstad.be",
            purposes: [Purpose("Recht op maatschappelijke integratie onderzoeken en toekennen", basis: .legalObligation,
                               basisDetail: "Wet 26 mei 2002")],
            publicTask: true,
            subjectCategories: ["Aanvragers", "Gezinsleden"],
            dataCategories: [DataCategory("Identiteit"), DataCategory("Gezondheid", kind: .special, ground: .employmentSocialProtection,
                                                                        lawReference: "Wet 26 mei 2002, art. 19")],
            recipients: [Recipient("POD Maatschappelijke Integratie", kind: .authority),
                         Recipient("Softwareleverancier", kind: .processor, agreement: "Verwerkersovereenkomst 2024-03")],
            transfers: [],
            retention: "10 jaar na het einde van de steun",
            securityMeasures: ["Toegang per rol", "Logging"],
            source: "De aanvrager, de Kruispuntbank")
    }

    @Test func aCompleteLawfulActivityHasNoProblems() {
        #expect(ProcessingValidation.problems(Self.leefloon()).isEmpty)
    }

    @Test func aSpecialCategoryWithoutAnArticle9GroundIsRefusedAtItsField() {
        var activity = Self.leefloon()
        activity.dataCategories[1].ground = nil
        #expect(ProcessingValidation.blocking(activity) == [ProcessingProblem("dataCategories.2.ground", .specialWithoutGround)])
    }

    @Test func aTransferWithoutSafeguardAndADerogationWithoutDetailAreRefused() {
        var activity = Self.leefloon()
        activity.transfers = [Transfer(country: "Verenigde Staten", recipient: "Cloud", safeguard: nil),
                              Transfer(country: "Marokko", recipient: "Consulaat", safeguard: .derogation)]
        #expect(ProcessingValidation.blocking(activity) == [
            ProcessingProblem("transfers.1.safeguard", .transferWithoutSafeguard),
            ProcessingProblem("transfers.2.detail", .derogationWithoutDetail),
        ])
    }

    @Test func aPurposeWithoutBasisAndConsentOrLegitimateInterestForAPublicTaskAreRefused() {
        var activity = Self.leefloon()
        activity.purposes += [Purpose("Tevredenheidsonderzoek", basis: nil), Purpose("Nieuwsbrief", basis: .consent),
                              Purpose("Fraude", basis: .legitimateInterests)]
        #expect(ProcessingValidation.blocking(activity) == [
            ProcessingProblem("purposes.2.basis", .purposeWithoutBasis),
            ProcessingProblem("purposes.3.basis", .consentForPublicTask),
            ProcessingProblem("purposes.4.basis", .legitimateInterestForPublicTask),
        ])
        // Outside a public task, consent is a ground like the others.
        activity.publicTask = false
        activity.purposes = [Purpose("Nieuwsbrief", basis: .consent)]
        #expect(ProcessingValidation.blocking(activity).isEmpty)
    }

    @Test func aProcessorWithoutAgreementAndCriminalDataWithoutLawAreRefused() {
        var activity = Self.leefloon()
        activity.recipients[1].agreement = " "
        activity.dataCategories.append(DataCategory("GAS-boetes", kind: .criminal))
        #expect(ProcessingValidation.blocking(activity) == [
            ProcessingProblem("dataCategories.3.lawReference", .criminalWithoutLaw),
            ProcessingProblem("recipients.2.agreement", .processorWithoutAgreement),
        ])
    }

    @Test func missingRetentionMayStayMissingInADraftOnly() {
        var activity = Self.leefloon()
        activity.retention = ""
        activity.securityMeasures = []
        let expected = [ProcessingProblem("retention", .retentionMissing, .incomplete), ProcessingProblem("securityMeasures", .securityMissing, .incomplete)]
        #expect(ProcessingValidation.blocking(activity) == expected)
        activity.status = .draft
        #expect(ProcessingValidation.blocking(activity).isEmpty)
        #expect(ProcessingValidation.problems(activity) == expected)
        // A name is needed even for a draft.
        activity.name = ""
        #expect(ProcessingValidation.blocking(activity) == [ProcessingProblem("name", .nameMissing)])
    }

    @Test func theDifferenceBetweenVersionsNamesTheChangedFieldsAndLines() {
        let old = Self.leefloon()
        var new = old
        new.retention = "5 jaar"
        new.securityMeasures = ["Toegang per rol", "Versleuteling"]
        let changes = ProcessingDiff.between(old, new) { $0 }
        #expect(changes.map(\.field) == ["retention", "securityMeasures"])
        #expect(changes[1].removed == ["Logging"] && changes[1].added == ["Versleuteling"])
        #expect(ProcessingDiff.between(old, old) { $0 }.isEmpty)
    }

    @Test func flatFieldsFollowArticle30AndMarkSpecialCategories() {
        let fields = ProcessingFields.flatten(Self.leefloon(), separator: "; ") { $0 }
        #expect(fields.map(\.name) == ProcessingFields.names)
        let categories = fields.first { $0.name == "dataCategories" }?.text
        #expect(categories == "Identiteit; Gezondheid [kind.special, art. 9.2 b — Wet 26 mei 2002, art. 19]")
        #expect(fields.first { $0.name == "purposes" }?.text
            == "Recht op maatschappelijke integratie onderzoeken en toekennen [art. 6.1 c basis.c — Wet 26 mei 2002]")
    }
}
