import DienstenDomain
import Foundation
import Testing

/// The parameter files: the shipped ones load and hold what the sources gave; a broken file is refused with the
/// file, the entry and the field; the amounts in force on a day are those of the last entry on or before it.
@Suite("Leefloon parameters")
struct LeefloonParameterTests {
    static func parse(_ json: String, file: String = "amounts.json") throws -> LeefloonParameter {
        try LeefloonParameters.parse(
            Data(json.utf8), file: file, name: "amounts", required: ["cat1.monthly", "cat2.monthly", "cat3.monthly"],
            optional: ["cat1.yearly", "cat2.yearly", "cat3.yearly"])
    }

    static func entry(_ from: String, _ extra: String = "", values: String = #""cat1.monthly": "1.00", "cat2.monthly": "2.00", "cat3.monthly": "3.00""#) -> String {
        #"{"from": "\#(from)", "values": {\#(values)}, "reference": "KB", "source": {"url": "https://primabook.mi-is.be/x", "primary": true}\#(extra)}"#
    }

    static func file(_ entries: String...) -> String {
        #"{"parameter": "amounts", "rule": "art. 14 §1", "entries": [\#(entries.joined(separator: ","))]}"#
    }

    static func error(_ json: String) -> LeefloonParameterError? {
        do { _ = try parse(json) } catch let error as LeefloonParameterError { return error } catch { return nil }
        return nil
    }

    @Test func theShippedParametersLoadWithTheKnownAmounts() throws {
        let parameters = try LeefloonParameters.bundled()
        let june2017 = try parameters.amounts(on: LeefloonDate("2017-06-01")!)
        #expect(june2017.categories.map(\.monthly) == [Decimal(string: "589.82")!, Decimal(string: "884.74")!, Decimal(string: "1179.65")!])
        let january2020 = try parameters.amounts(on: LeefloonDate("2020-01-15")!)
        #expect(january2020.categories.map(\.monthly) == [Decimal(string: "626.74")!, Decimal(string: "940.11")!, Decimal(string: "1270.51")!])
        #expect(january2020.entry.source?.primary == true)
        #expect(january2020.amount(.single).yearly == Decimal(string: "11281.30")!)
        // every entry of every file has a reference, and a source or a note
        for parameter in parameters.all {
            for entry in parameter.entries {
                #expect(!entry.reference.isEmpty)
                #expect(entry.source != nil || entry.note != nil, "\(parameter.file) \(entry.from)")
            }
        }
        // the general exemption's amounts were not found: they are unknown, not invented
        #expect(parameters.generalExemption.entries.allSatisfy { $0.values.isEmpty && $0.source == nil })
    }

    @Test func theAmountsInForceAreThoseOfTheLastEntryOnOrBeforeTheDay() throws {
        let parameters = try LeefloonParameters.bundled()
        #expect(try parameters.amounts(on: LeefloonDate("2017-05-31")!).entry.from == LeefloonDate("2016-06-01")!)
        #expect(try parameters.amounts(on: LeefloonDate("2017-06-01")!).entry.from == LeefloonDate("2017-06-01")!)
        #expect(throws: LeefloonAdviceError.beforeFirstEntry(parameter: "amounts", date: LeefloonDate("2005-07-31")!, first: LeefloonDate("2005-08-01")!)) {
            try parameters.amounts(on: LeefloonDate("2005-07-31")!)
        }
        // a month whose amounts changed but were not found gives an error, never the older amounts
        #expect(throws: LeefloonAdviceError.self) { try parameters.amounts(on: LeefloonDate("2021-06-01")!) }
        // a secondary entry without a yearly amount: twelve times the monthly one, marked as derived
        let may2024 = try parameters.amounts(on: LeefloonDate("2024-05-01")!)
        #expect(may2024.amount(.single).yearlyDerived)
        #expect(may2024.amount(.single).yearly == Decimal(string: "1288.46")! * 12)
        #expect(may2024.entry.source?.primary == false)
    }

    @Test func aCityCanLoadItsOwnCopyOfTheFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leefloon-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: try #require(LeefloonParameters.bundledFolder), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try LeefloonParameters.load(from: folder) == LeefloonParameters.bundled())
        // a broken copy names the file
        try Data("{".utf8).write(to: folder.appendingPathComponent("student-exemption.json"))
        #expect(throws: LeefloonParameterError(file: "student-exemption.json", "not valid JSON")) { try LeefloonParameters.load(from: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("student-exemption.json"))
        #expect(throws: LeefloonParameterError.self) { try LeefloonParameters.load(from: folder) }
    }

    @Test func aBrokenFileIsRefusedWithTheFileTheEntryAndTheField() {
        #expect(Self.error(Self.file(Self.entry("2020-01-01"), Self.entry("2019-01-01")))
            == LeefloonParameterError(file: "amounts.json", entry: 1, field: "from", "2019-01-01 is not after the previous entry's 2020-01-01: entries go in date order"))
        #expect(Self.error(Self.file(Self.entry("2020-01-01"), Self.entry("2020-01-01")))?.field == "from")
        #expect(Self.error(Self.file(Self.entry("2020-02-30")))?.field == "from")
        let noReference = #"{"from": "2020-01-01", "values": {"cat1.monthly": "1.00", "cat2.monthly": "2.00", "cat3.monthly": "3.00"}, "source": null, "note": "x"}"#
        #expect(Self.error(Self.file(noReference)) == LeefloonParameterError(file: "amounts.json", entry: 0, field: "reference", "every entry names its legal reference"))
        #expect(Self.error(Self.file(Self.entry("2020-01-01", values: #""cat1.monthly": "-1.00", "cat2.monthly": "2.00", "cat3.monthly": "3.00""#)))?.field == "values.cat1.monthly")
        #expect(Self.error(Self.file(Self.entry("2020-01-01", values: #""cat1.monthly": "0", "cat2.monthly": "2.00", "cat3.monthly": "3.00""#)))?.field == "values.cat1.monthly")
        #expect(Self.error(Self.file(Self.entry("2020-01-01", values: #""cat1.monthly": 1.5, "cat2.monthly": "2.00", "cat3.monthly": "3.00""#)))?.field == "values.cat1.monthly")
        #expect(Self.error(Self.file(Self.entry("2020-01-01", values: #""cat1.monthly": "1.00", "cat2.monthly": "2.00""#)))?.field == "values.cat3.monthly")
        #expect(Self.error(Self.file(Self.entry("2020-01-01", values: #""cat1.monthly": "1.00", "cat2.monthly": "2.00", "cat3.monthly": "3.00", "cat4.monthly": "4.00""#)))?.field == "values.cat4.monthly")
        // a null value needs a note; with one it is unknown
        #expect(Self.error(Self.file(Self.entry("2020-01-01", values: #""cat1.monthly": null, "cat2.monthly": "2.00", "cat3.monthly": "3.00""#)))?.field == "values.cat1.monthly")
        #expect(Self.error(Self.file(Self.entry("2020-01-01", #", "note": "niet gevonden""#, values: #""cat1.monthly": null, "cat2.monthly": "2.00", "cat3.monthly": "3.00""#))) == nil)
        // the source: an address and whether it is primary; or null with a note
        let noPrimary = Self.entry("2020-01-01").replacingOccurrences(of: #", "primary": true"#, with: "")
        #expect(Self.error(Self.file(noPrimary))?.field == "source.primary")
        let noSource = Self.entry("2020-01-01").replacingOccurrences(of: #"{"url": "https://primabook.mi-is.be/x", "primary": true}"#, with: "null")
        #expect(Self.error(Self.file(noSource))?.field == "source")
        // a monthly amount that is not the yearly one / 12 is a typing error
        #expect(Self.error(Self.file(Self.entry("2020-01-01", values: #""cat1.monthly": "626.73", "cat1.yearly": "7520.85", "cat2.monthly": "2.00", "cat3.monthly": "3.00""#)))?.field == "values.cat1.monthly")
        // the file's own frame
        #expect(Self.error(#"{"parameter": "other", "rule": "x", "entries": []}"#)?.field == "parameter")
        #expect(Self.error(#"{"parameter": "amounts", "rule": "x", "entries": []}"#)?.field == "entries")
        #expect(Self.error("[1]")?.message == "the file must hold one JSON object")
        #expect(Self.error(Self.file(Self.entry("2020-01-01")))?.description == nil)
        #expect(LeefloonParameterError(file: "a.json", entry: 3, field: "from", "x").description == "a.json, entries[3], from: x")
    }

    @Test func moneyIsReadExactlyAndRoundedHalfAwayFromZero() {
        #expect(LeefloonMoney.parse("626.74") == Decimal(string: "626.74"))
        #expect(LeefloonMoney.parse("626.745") == nil)
        #expect(LeefloonMoney.parse("1.234,56") == nil)
        #expect(LeefloonMoney.parseForm("1.234,56") == Decimal(string: "1234.56"))
        #expect(LeefloonMoney.parseForm("€ 300") == 300)
        #expect(LeefloonMoney.parseForm("") == 0)
        #expect(LeefloonMoney.parseForm("-5") == nil)
        #expect(LeefloonMoney.cent(Decimal(string: "253.475")!) == Decimal(string: "253.48"))
        #expect(LeefloonMoney.cent(Decimal(string: "1254.8208")!) == Decimal(string: "1254.82"))
        #expect(LeefloonMoney.text(Decimal(string: "892.7")!) == "892.70")
        #expect(LeefloonMoney.display(Decimal(string: "15246.08")!, language: "nl") == "15.246,08")
        #expect(LeefloonMoney.display(Decimal(string: "15246.08")!, language: "en") == "15,246.08")
    }
}

/// The rules beside the case files: the category, the trail's steps with their rules and sources, the checks.
@Suite("Leefloon rules")
struct LeefloonRuleTests {
    static let parameters = try! LeefloonParameters.bundled()
    static let january2020 = LeefloonDate(month: "2020-01")!

    @Test func theCategoryFollowsTheHousehold() {
        #expect(LeefloonCategory.decide(LeefloonSituation(household: .alone)) == .single)
        #expect(LeefloonCategory.decide(LeefloonSituation(household: .partner)) == .cohabiting)
        #expect(LeefloonCategory.decide(LeefloonSituation(household: .others)) == .cohabiting)
        #expect(LeefloonCategory.decide(LeefloonSituation(household: .children)) == .family)
        #expect(LeefloonCategory.decide(LeefloonSituation(household: .alone, otherCategory3Case: true)) == .family)
    }

    @Test func everyStepNamesItsRuleAndEveryParameterItsDateAndSource() throws {
        let situation = LeefloonSituation(household: .others, income: .init(work: 400, studentJob: 300), student: true,
                                          relatives: [.init(relation: .parent, income: 1000, counting: .partial, share: 50)])
        let advice = try LeefloonAdvice.compute(situation, month: Self.january2020, parameters: Self.parameters)
        #expect(advice.trail.map(\.step) == ["category.others", "amount", "income.work", "income.studentJob", "relative.partial",
                                             "exemption.general.notWithArticle35", "resources.total", "leefloon.none"])
        #expect(advice.trail.allSatisfy { !$0.rule.isEmpty })
        for step in advice.trail where step.parameter != nil {
            #expect(step.from != nil && step.source != nil && step.reference != nil, "\(step.step)")
        }
        let student = try #require(advice.trail.first { $0.step == "income.studentJob" })
        #expect(student.parameterValue == Decimal(string: "248.90"))
        #expect(student.from == LeefloonDate("2018-09-01"))
        #expect(advice.checks.contains(.studentProject))
        #expect(advice.checks.starts(with: [.residence, .age, .nationality, .willingnessToWork, .otherRights, .otherResources]))
        // 400 × 12 = 4.800; (300 − 248,90) × 12 = 613,20; (12.000 − 7.520,85) × 50 % = 2.239,575 → 2.239,58
        #expect(advice.resourcesYearly == Decimal(string: "7652.78"))
        #expect(advice.monthlyLeefloon == 0)
        #expect(!advice.entitled)
    }

    @Test func aSecondarySourceAndAnUnknownAmountBecomeChecks() throws {
        let may2024 = try LeefloonAdvice.compute(LeefloonSituation(household: .alone), month: LeefloonDate(month: "2024-05")!, parameters: Self.parameters)
        #expect(may2024.checks.contains(.secondarySource))
        #expect(may2024.trail[1].step == "amount.derived")
        let general = try LeefloonAdvice.compute(
            LeefloonSituation(household: .alone, income: .init(benefits: 100)), month: Self.january2020, parameters: Self.parameters)
        #expect(general.checks.contains(.unknownParameter))
        #expect(general.trail.contains { $0.step == "exemption.general.unknown" })
    }

    @Test func aKnownGeneralExemptionIsSubtractedOnce() throws {
        // A city's own copy with a general exemption amount (the shipped file has none): 120 a year for category 2.
        let own = LeefloonParameter(name: "general_exemption", rule: "art. 22 §2", file: "general-exemption.json", entries: [
            LeefloonParameterEntry(index: 0, from: LeefloonDate("2002-10-01")!, values: ["cat2.yearly": 120], reference: "eigen", source: nil, note: "test"),
        ])
        let parameters = LeefloonParameters(amounts: Self.parameters.amounts, generalExemption: own, studentExemption: Self.parameters.studentExemption,
                                            socioProfessionalExemption: Self.parameters.socioProfessionalExemption)
        let advice = try LeefloonAdvice.compute(LeefloonSituation(household: .alone, income: .init(benefits: 300)), month: Self.january2020, parameters: parameters)
        // (3.600 − 120) = 3.480; (11.281,30 − 3.480) / 12 = 650,108 → 650,11
        #expect(advice.resourcesYearly == 3480)
        #expect(advice.monthlyLeefloon == Decimal(string: "650.11"))
        // never more than the resources
        let small = try LeefloonAdvice.compute(LeefloonSituation(household: .alone, income: .init(other: 5)), month: Self.january2020, parameters: parameters)
        #expect(small.resourcesYearly == 0)
    }

    @Test func badSituationsAreLocatedByTheirFieldPath() {
        func field(_ situation: LeefloonSituation) -> String? {
            do { try situation.validate() } catch { return error.field }
            return nil
        }
        #expect(field(LeefloonSituation(household: .alone, income: .init(work: -1))) == "income.work")
        #expect(field(LeefloonSituation(household: .alone, income: .init(other: Decimal(string: "1.005")!))) == "income.other")
        #expect(field(LeefloonSituation(household: .alone, income: .init(studentJob: 10))) == "income.studentJob")
        #expect(field(LeefloonSituation(household: .alone, partnerIncome: 10)) == "partnerIncome")
        #expect(field(LeefloonSituation(household: .others, relatives: [.init(relation: .child, income: 5, counting: .partial, share: 100)])) == "relatives[0].share")
        #expect(field(LeefloonSituation(household: .others, relatives: [.init(relation: .child, income: 5, counting: .full, share: 10)])) == "relatives[0].share")
        #expect(field(LeefloonSituation(household: .alone, relatives: [.init(relation: .child, income: 5, counting: .none)])) == "relatives")
        #expect(field(LeefloonSituation(household: .children, withPartner: true, partnerIncome: 100)) == nil)
    }

    @Test func jsonAmountsAreReadAsNumbersOrTextAndBadOnesLocated() throws {
        let decoded = try JSONDecoder().decode(LeefloonSituation.self, from: Data(#"{"household": "partner", "partnerIncome": 1000.5, "income": {"work": "250.25"}}"#.utf8))
        #expect(decoded.partnerIncome == Decimal(string: "1000.5"))
        #expect(decoded.income.work == Decimal(string: "250.25"))
        do {
            _ = try JSONDecoder().decode(LeefloonSituation.self, from: Data(#"{"household": "alone", "relatives": [{"relation": "parent", "income": 0.001, "counting": "full"}]}"#.utf8))
            Issue.record("a third decimal was accepted")
        } catch let error as DecodingError {
            #expect(LeefloonDecoding.path(of: error) == "relatives[0].income")
        }
    }
}
