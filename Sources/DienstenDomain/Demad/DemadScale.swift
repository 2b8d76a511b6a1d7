import Foundation

/// A text in Dutch and English, as the DEMaD data file gives it.
public struct DemadText: Codable, Sendable, Hashable {
    public let nl: String
    public let en: String

    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    /// The text in a language code ("nl" or "en"); Dutch for anything else.
    public func text(_ language: String) -> String { language == "en" ? en : nl }
}

/// The DEMaD measuring frame as data (`Resources/demad/schaal.json`): the 1–5 self-reliance scale, the life domains,
/// how long an improvement must hold to count as lasting, how a case's complexity turns into a weight, the smallest
/// number of cases a benchmark cell may show, and how long a closed case is kept. Versioned: a change of scale or
/// weights is a new version with its own note.
public struct DemadScale: Codable, Sendable, Hashable {
    public struct Level: Codable, Sendable, Hashable {
        public let score: Int
        public let code: String
        public let label: DemadText
        public let meaning: DemadText
    }

    public struct Domain: Codable, Sendable, Hashable {
        public let code: String
        public let label: DemadText

        public init(code: String, label: DemadText) {
            self.code = code
            self.label = label
        }
    }

    /// The weighting of a case (see `DemadWeight`).
    public struct Weighting: Codable, Sendable, Hashable {
        public let base: Double
        /// A domain scored at or below this counts as a low domain.
        public let lowScore: Int
        public let perLowDomain: Double
        /// A domain scored at or below this counts as urgent as well (on top of being low).
        public let urgentScore: Int
        public let perUrgentDomain: Double
        public let languageSupport: Double
        public let maximum: Double

        public init(base: Double, lowScore: Int, perLowDomain: Double, urgentScore: Int, perUrgentDomain: Double, languageSupport: Double,
                    maximum: Double) {
            self.base = base
            self.lowScore = lowScore
            self.perLowDomain = perLowDomain
            self.urgentScore = urgentScore
            self.perUrgentDomain = perUrgentDomain
            self.languageSupport = languageSupport
            self.maximum = maximum
        }
    }

    public struct Benchmark: Codable, Sendable, Hashable {
        /// K: a cell with fewer cases is not shown.
        public let minimumCases: Int
    }

    public let version: Int
    public let validFrom: String
    public let note: String
    public let scale: [Level]
    public let domains: [Domain]
    /// N: an improvement is lasting when it still holds at a measurement at least this many months later.
    public let lastingMonths: Int
    public let caseWeight: Weighting
    public let benchmark: Benchmark
    /// A case closed longer ago than this is deleted.
    public let retentionYears: Int

    public var lowestScore: Int { scale.map(\.score).min() ?? 1 }
    public var highestScore: Int { scale.map(\.score).max() ?? 5 }
    public var domainCodes: [String] { domains.map(\.code) }

    public func domain(_ code: String) -> Domain? { domains.first { $0.code == code } }
    public func level(_ score: Int) -> Level? { scale.first { $0.score == score } }

    /// The problems of a frame that cannot be used, each with its path ("domains[2].code: …"); empty when fine.
    public func problems() -> [String] {
        var problems: [String] = []
        if version < 1 { problems.append("version: moet 1 of meer zijn") }
        let scores = scale.map(\.score)
        if scores.isEmpty || scores != Array((scores.first ?? 1)...(scores.last ?? 1)) {
            problems.append("scale: de scores moeten oplopen zonder gaten")
        }
        if domains.isEmpty { problems.append("domains: er is geen enkel domein") }
        var seen = Set<String>()
        for (index, domain) in domains.enumerated() {
            if domain.code.isEmpty || domain.code.contains(where: { !($0.isLetter || $0.isNumber || $0 == "-") }) || domain.code != domain.code.lowercased() {
                problems.append("domains[\(index)].code: '\(domain.code)' is geen code (kleine letters, cijfers, '-')")
            }
            if !seen.insert(domain.code).inserted { problems.append("domains[\(index)].code: '\(domain.code)' staat er twee keer") }
        }
        if lastingMonths < 1 { problems.append("lastingMonths: moet 1 of meer zijn") }
        if benchmark.minimumCases < 2 { problems.append("benchmark.minimumCases: moet 2 of meer zijn") }
        if retentionYears < 1 { problems.append("retentionYears: moet 1 of meer zijn") }
        let weight = caseWeight
        if weight.base <= 0 || weight.maximum < weight.base || weight.perLowDomain < 0 || weight.perUrgentDomain < 0 || weight.languageSupport < 0 {
            problems.append("caseWeight: gewichten moeten positief zijn en het maximum minstens de basis")
        }
        if !scores.contains(weight.lowScore) || !scores.contains(weight.urgentScore) || weight.urgentScore > weight.lowScore {
            problems.append("caseWeight: lowScore en urgentScore moeten scores van de schaal zijn, urgentScore ≤ lowScore")
        }
        return problems
    }

    /// Reads and checks a frame file.
    public static func load(from url: URL) throws -> DemadScale {
        let data = try Data(contentsOf: url)
        let scale: DemadScale
        do {
            scale = try JSONDecoder().decode(DemadScale.self, from: data)
        } catch {
            throw DemadScaleError(problems: ["\(url.lastPathComponent): onleesbaar (\(error))"])
        }
        let problems = scale.problems()
        guard problems.isEmpty else { throw DemadScaleError(problems: problems.map { "\(url.lastPathComponent): \($0)" }) }
        return scale
    }

    /// The frame shipped in `Resources/demad/schaal.json`.
    public static func bundled() throws -> DemadScale {
        guard let url = Bundle.module.url(forResource: "Resources", withExtension: nil)?.appendingPathComponent("demad/schaal.json") else {
            throw DemadScaleError(problems: ["demad/schaal.json ontbreekt in de bundel"])
        }
        return try load(from: url)
    }

    /// The bundled frame, read once.
    public static let standard: DemadScale = {
        do { return try bundled() } catch { fatalError("the bundled DEMaD scale does not load: \(error)") }
    }()
}

/// A frame file that cannot be used, with every problem.
public struct DemadScaleError: Error, Sendable, CustomStringConvertible {
    public let problems: [String]
    public var description: String { problems.joined(separator: "; ") }
}
