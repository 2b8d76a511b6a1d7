import DienstenDomain
import Testing

/// The DPIA screening: two of the nine criteria make it required, one recommends it, a listed processing always
/// requires it, unanswered criteria that could tip it are named.
@Suite("Verwerkingen: DPIA check")
struct VerwerkingenDPIATests {
    static func answers(yes: [DPIAQuestion], unknown: [DPIAQuestion] = []) -> DPIAAnswers {
        var answers = DPIAAnswers()
        for question in DPIAQuestion.allCases { answers[question] = .no }
        for question in yes { answers[question] = .yes }
        for question in unknown { answers[question] = .unknown }
        return answers
    }

    @Test func thereAreNineCriteria() {
        #expect(DPIAQuestion.questions(in: .criteria).count == 9)
        #expect(DPIAQuestion.questions(in: .article35).count == 3)
    }

    @Test func twoCriteriaMakeADPIARequired() {
        // Camera surveillance of a square: systematic monitoring and large scale.
        let outcome = DPIACheck.assess(Self.answers(yes: [.systematicMonitoring, .largeScale]))
        #expect(outcome.verdict == .required)
        #expect(outcome.reasons == [.criteriaMet(2)])
        #expect(outcome.tipping == [.systematicMonitoring, .largeScale])
    }

    @Test func oneCriterionRecommendsIt() {
        let outcome = DPIACheck.assess(Self.answers(yes: [.vulnerableSubjects]))
        #expect(outcome.verdict == .recommended)
        #expect(outcome.reasons == [.oneCriterion])
    }

    @Test func aListedProcessingIsAlwaysRequired() {
        let outcome = DPIACheck.assess(Self.answers(yes: [.listBiometricPublicPlace]))
        #expect(outcome.verdict == .required)
        #expect(outcome.reasons == [.mandatory(.listBiometricPublicPlace)])
    }

    @Test func noCriterionNeedsNoDPIA() {
        let outcome = DPIACheck.assess(Self.answers(yes: []))
        #expect(outcome.verdict == .notRequired)
        #expect(outcome.reasons == [.noCriteria])
    }

    @Test func unknownAnswersThatCouldTipItAreNamed() {
        // One criterion met and one unknown: it could become two.
        let outcome = DPIACheck.assess(Self.answers(yes: [.sensitiveData], unknown: [.largeScale]))
        #expect(outcome.verdict == .recommended)
        #expect(outcome.reasons == [.oneCriterion, .unknownsCouldTip(1)])
        #expect(outcome.unknown == [.largeScale])
        // Nothing answered at all: recommended until answered, never "not required".
        #expect(DPIACheck.assess(DPIAAnswers()).verdict == .recommended)
    }
}
