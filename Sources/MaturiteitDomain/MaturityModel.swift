/// A maturity model (climate governance, data maturity, digital transition) in one version: its ordered themes,
/// optional questions with a rubric, and its scale. A new version is a new value: answers given to an old version
/// keep pointing at it, so they are never rewritten.
public struct MaturityModel: Sendable, Hashable {
    public struct Theme: Sendable, Hashable {
        public let code: String
        public let name: String
        public let description: String
        public let questions: [Question]

        public init(code: String, name: String, description: String = "", questions: [Question] = []) {
            self.code = code
            self.name = name
            self.description = description
            self.questions = questions
        }
    }

    /// A question within a theme, with what each level means for it (the rubric), when the model has one.
    public struct Question: Sendable, Hashable {
        public let code: String
        public let text: String
        public let rubric: [Int: String]

        public init(code: String, text: String, rubric: [Int: String] = [:]) {
            self.code = code
            self.text = text
            self.rubric = rubric
        }
    }

    public let code: String
    public let name: String
    public let version: Int
    public let themes: [Theme]
    public let scale: MaturityScale

    public init(code: String, name: String, version: Int = 1, themes: [Theme], scale: MaturityScale = .fivePoint) {
        self.code = code
        self.name = name
        self.version = version
        self.themes = themes
        self.scale = scale
    }

    public func theme(_ code: String) -> Theme? { themes.first { $0.code == code } }
}

/// Where a self-evaluation stands. The organisation fills a draft and submits it; the Kenniscentrum may then add
/// validated scores; a campaign's results are public only once published.
public enum EvaluationStatus: String, Sendable, CaseIterable, Codable {
    case draft
    case submitted
    case validated

    public var label: String {
        switch self {
        case .draft: "concept"
        case .submitted: "ingediend"
        case .validated: "gevalideerd"
        }
    }

    /// The organisation edits only a draft; after submitting, the Kenniscentrum can send it back.
    public var editableByOrganisation: Bool { self == .draft }
}
