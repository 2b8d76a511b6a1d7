import DienstenDomain
import Foundation
import Testing

/// Runs every case file of `Resources/leefloon/tests` against the shipped parameters: each case a named check.
@Suite("Leefloon test cases as data")
struct LeefloonCaseTests {
    static let parameters = try! LeefloonParameters.bundled()
    static let files = try! LeefloonTestCases.load(from: LeefloonTestCases.bundledFolder!)
    static let cases: [LeefloonCaseArgument] = files.flatMap { file in file.cases.map { LeefloonCaseArgument(file: file.file, testCase: $0) } }

    @Test("case", arguments: cases)
    func theRulesGiveWhatTheCaseExpects(_ argument: LeefloonCaseArgument) {
        let result = LeefloonTestCases.run(argument.testCase, file: argument.file, parameters: Self.parameters)
        #expect(result.failure == nil, "\(argument.file) – \(argument.testCase.name): \(result.failure ?? "")")
    }

    @Test func thereAreAtLeastThirtyCasesCoveringEveryCategoryAndBothErrors() {
        #expect(Self.cases.count >= 30)
        let categories = Set(Self.cases.compactMap(\.testCase.output.category))
        #expect(categories == Set(LeefloonCategory.allCases))
        let errors = Set(Self.cases.compactMap(\.testCase.output.error))
        #expect(errors == ["beforeFirstEntry", "unknownValue"])
        #expect(Self.cases.allSatisfy { !$0.testCase.description.isEmpty })
    }
}

struct LeefloonCaseArgument: Sendable, CustomTestStringConvertible {
    let file: String
    let testCase: LeefloonTestCase
    var testDescription: String { "\(file): \(testCase.name)" }
}
