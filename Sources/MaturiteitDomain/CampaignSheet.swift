import Foundation

/// A campaign as a spreadsheet: one row per organisation and theme, so the Kenniscentrum can start from Excel and
/// take the results back out. The same columns are written by the export and read by the import; the 2024 study's
/// layout (stad, thema, score, oorspronkelijke_aanduiding) is read too.
public enum CampaignSheet {
    public enum Column: String, CaseIterable, Sendable {
        case organisation = "organisatie"
        case theme = "thema"
        case score
        case reason = "reden_geen_score"
        case evidence = "toelichting"
        case links
        case strengths = "sterke_punten"
        case improvements = "verbeterpunten"
        case practices = "goede_praktijken"
        case validated = "gevalideerde_score"
        case validationNote = "opmerking_validatie"
        case status

        /// Other names a column goes by: the 2024 file calls the organisation "stad".
        var aliases: [String] {
            switch self {
            case .organisation: ["stad", "organisation", "gemeente"]
            case .reason: ["oorspronkelijke_aanduiding", "reden"]
            case .validated: ["validated_score"]
            default: []
            }
        }
    }

    /// One row as read, with its place in the file for messages.
    public struct Entry: Sendable, Hashable {
        public let row: Int
        public let organisation: String
        public let theme: String
        public let answer: ThemeAnswer
        public let validated: Double?
        public let validationNote: String
        public let status: EvaluationStatus?
    }

    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        public let file: String
        public let row: Int
        public let column: String?
        public let reason: String

        public var description: String {
            "\(file), rij \(row)\(column.map { ", kolom \($0)" } ?? ""): \(reason)"
        }
    }

    /// Reads the rows of a campaign sheet. `organisation` turns what the sheet says (code or name) into an
    /// organisation code, or nil when unknown. Every problem is reported with its row and column; the caller writes
    /// nothing unless the list of problems is empty.
    public static func read(file: String, header: [String], rows: [(number: Int, cells: [String])],
                            scale: MaturityScale, themes: [String],
                            organisation: (String) -> String?) -> (entries: [Entry], problems: [Problem]) {
        var problems: [Problem] = []
        let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var index: [Column: Int] = [:]
        for column in Column.allCases {
            if let position = names.firstIndex(where: { $0 == column.rawValue || column.aliases.contains($0) }) {
                index[column] = position
            }
        }
        for required in [Column.organisation, .theme, .score] where index[required] == nil {
            problems.append(Problem(file: file, row: 1, column: nil,
                                    reason: "de kolom '\(required.rawValue)' ontbreekt in de kopregel"))
        }
        guard problems.isEmpty else { return ([], problems) }

        var entries: [Entry] = []
        var seen: [String: Int] = [:]
        for (number, cells) in rows {
            func value(_ column: Column) -> String {
                guard let position = index[column], position < cells.count else { return "" }
                return cells[position].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            func problem(_ column: Column?, _ reason: String) {
                problems.append(Problem(file: file, row: number, column: column?.rawValue, reason: reason))
            }
            let named = value(.organisation)
            guard let code = organisation(named) else {
                problem(.organisation, named.isEmpty ? "geen organisatie ingevuld" : "onbekende organisatie '\(named)'")
                continue
            }
            let theme = value(.theme)
            guard themes.contains(theme) else {
                problem(.theme, "onbekend thema '\(theme)'; dit model kent \(themes.joined(separator: ", "))")
                continue
            }
            if let first = seen["\(code)|\(theme)"] {
                problem(.theme, "\(named) / \(theme) staat al op rij \(first)")
                continue
            }
            seen["\(code)|\(theme)"] = number
            let reason = value(.reason)
            let score: ThemeScore
            let scoreText = value(.score)
            if scoreText.isEmpty {
                score = .none(reason: reason.isEmpty ? "geen score gegeven" : reason)
            } else if let number = parseScore(scoreText) {
                if let issue = scale.problem(number) { problem(.score, "'\(scoreText)': \(issue)"); continue }
                score = .scored(number)
            } else {
                problem(.score, "'\(scoreText)' is geen getal"); continue
            }
            var validated: Double?
            let validatedText = value(.validated)
            if !validatedText.isEmpty {
                guard let number = parseScore(validatedText) else { problem(.validated, "'\(validatedText)' is geen getal"); continue }
                if let issue = scale.problem(number) { problem(.validated, "'\(validatedText)': \(issue)"); continue }
                validated = number
            }
            let links = splitList(value(.links))
            if let issue = links.lazy.compactMap(ThemeAnswer.linkProblem).first { problem(.links, issue); continue }
            var status: EvaluationStatus?
            let statusText = value(.status)
            if !statusText.isEmpty {
                status = EvaluationStatus.allCases.first { $0.rawValue == statusText.lowercased() || $0.label == statusText.lowercased() }
                if status == nil {
                    problem(.status, "onbekende status '\(statusText)'; kies concept, ingediend of gevalideerd"); continue
                }
            }
            // In the 2024 layout the last column also explains a half score ("tussen geel en groen"): keep it as a note.
            let evidence = [value(.evidence), score.value != nil && index[.evidence] == nil ? reason : ""]
                .filter { !$0.isEmpty }.joined(separator: "\n")
            entries.append(Entry(
                row: number, organisation: code, theme: theme,
                answer: ThemeAnswer(score: score, evidence: evidence, links: links,
                                    strengths: value(.strengths), improvements: value(.improvements), practices: value(.practices)),
                validated: validated, validationNote: value(.validationNote), status: status))
        }
        return (entries, problems)
    }

    /// Scores are written with a comma or a point (2,5 or 2.5).
    public static func parseScore(_ text: String) -> Double? {
        Double(text.replacingOccurrences(of: ",", with: "."))
    }

    static func splitList(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "\n" || $0 == " " || $0 == ";" }).map(String.init).filter { !$0.isEmpty }
    }

    /// The header the export writes (and the import reads).
    public static var header: [String] { Column.allCases.map(\.rawValue) }

    /// One exported row, in the order of `header`; numbers with a point so every spreadsheet reads them the same.
    public static func row(organisation: String, theme: String, answer: ThemeAnswer, validated: Double?,
                           validationNote: String, status: EvaluationStatus) -> [String] {
        [organisation, theme, answer.score.value.map(number) ?? "", answer.score.reason ?? "", answer.evidence,
         answer.links.joined(separator: " "), answer.strengths, answer.improvements, answer.practices,
         validated.map(number) ?? "", validationNote, status.rawValue]
    }

    /// A score as the sheet and the forms write it: 3, 2.5, 2.75.
    public static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
