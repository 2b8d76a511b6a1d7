import DienstenDomain
import Foundation
import Platform
import Vapor

/// The advice for a situation and a month, and — for a signed-in member — the form to confirm or override it.
struct LeefloonAdvicePage {
    /// What the worker typed in the decision form, to show it again with its problems.
    struct DecisionValues: Sendable {
        var reference = ""
        var decision = "confirmed"
        var amount = ""
        var reason = ""
    }

    let advice: LeefloonAdvice
    let situation: LeefloonSituation
    let month: LeefloonDate
    /// The situation as JSON, carried in the decision form (the server computes the advice again from it).
    let situationJSON: String
    var mayDecide: Bool
    var decision = DecisionValues()
    var decisionProblems: [(field: String, key: String)] = []
    var csrf: String
    var language: SiteLanguage

    init(advice: LeefloonAdvice, situation: LeefloonSituation, month: LeefloonDate, mayDecide: Bool, csrf: String, language: SiteLanguage) {
        self.advice = advice
        self.situation = situation
        self.month = month
        self.situationJSON = (try? String(decoding: JSONEncoder.leefloon.encode(situation), as: UTF8.self)) ?? "{}"
        self.mayDecide = mayDecide
        self.csrf = csrf
        self.language = language
    }
}

extension JSONEncoder {
    /// Sorted keys, so stored JSON is stable and readable.
    static var leefloon: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
