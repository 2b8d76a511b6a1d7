/// Who is acting on an item, as far as the workflow cares.
public struct WorkflowActor: Sendable, Hashable {
    /// A Kenniscentrum editor (or platform admin): may publish, return, withdraw and edit anything.
    public let isEditor: Bool
    /// Whether the actor proposed (wrote) this item.
    public let isAuthor: Bool

    public init(isEditor: Bool, isAuthor: Bool) {
        self.isEditor = isEditor
        self.isAuthor = isAuthor
    }
}

/// The steps of an item's life: concept → ter nazicht → gepubliceerd (→ ingetrokken → gepubliceerd again).
public enum WorkflowStep: String, Sendable, CaseIterable, Hashable {
    /// The author (or an editor) sends a concept for review.
    case submit = "indienen"
    /// An editor publishes a concept or an item in review.
    case publish = "publiceren"
    /// An editor sends an item in review back to its author, with a reason.
    case sendBack = "terugsturen"
    /// An editor takes a published item offline.
    case withdraw = "intrekken"
    /// An editor publishes a withdrawn item again.
    case republish = "herpubliceren"

    public var name: (nl: String, en: String) {
        switch self {
        case .submit: ("Indienen voor nazicht", "Submit for review")
        case .publish: ("Publiceren", "Publish")
        case .sendBack: ("Terugsturen naar de auteur", "Send back to the author")
        case .withdraw: ("Intrekken", "Withdraw")
        case .republish: ("Opnieuw publiceren", "Publish again")
        }
    }
}

/// Why a step or an edit is refused.
public struct WorkflowRefusal: Error, Sendable, Hashable {
    public let nl: String
    public let en: String
}

/// The one place the workflow's rules live.
public enum Workflow {
    /// The status after `step`, or why it may not be taken.
    public static func apply(_ step: WorkflowStep, to status: KnowledgeStatus, by actor: WorkflowActor) -> Result<KnowledgeStatus, WorkflowRefusal> {
        switch (step, status) {
        case (.submit, .concept):
            return actor.isAuthor || actor.isEditor ? .success(.review)
                : .failure(WorkflowRefusal(nl: "Alleen de auteur of een redacteur kan dit indienen.", en: "Only the author or an editor can submit this."))
        case (.publish, .concept), (.publish, .review):
            return editorOnly(actor, then: .gepubliceerd)
        case (.sendBack, .review):
            return editorOnly(actor, then: .concept)
        case (.withdraw, .gepubliceerd):
            return editorOnly(actor, then: .ingetrokken)
        case (.republish, .ingetrokken):
            return editorOnly(actor, then: .gepubliceerd)
        default:
            return .failure(WorkflowRefusal(
                nl: "'\(step.name.nl)' kan niet bij een item met status '\(status.name.nl)'.",
                en: "'\(step.name.en)' is not possible for an item with status '\(status.name.en)'."))
        }
    }

    /// The steps `actor` may take now, in the order a page offers them.
    public static func steps(for status: KnowledgeStatus, by actor: WorkflowActor) -> [WorkflowStep] {
        WorkflowStep.allCases.filter { (try? apply($0, to: status, by: actor).get()) != nil }
    }

    /// Whether `actor` may change the content: the author while it is a concept, an editor always.
    public static func mayEdit(_ status: KnowledgeStatus, by actor: WorkflowActor) -> Bool {
        actor.isEditor || (actor.isAuthor && status == .concept)
    }

    /// Whether a visitor who is not an editor nor the author may see it.
    public static func isPublic(_ status: KnowledgeStatus) -> Bool { status == .gepubliceerd }

    private static func editorOnly(_ actor: WorkflowActor, then status: KnowledgeStatus) -> Result<KnowledgeStatus, WorkflowRefusal> {
        actor.isEditor ? .success(status)
            : .failure(WorkflowRefusal(nl: "Alleen een redacteur van het Kenniscentrum kan dit.", en: "Only a Kenniscentrum editor can do this."))
    }
}
