/// Why a set of plan items does not form a valid plan tree, for one item.
public struct PlanTreeProblem: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable, Codable {
        case emptyCode
        case duplicateCode
        case unknownParent(String)
        /// The codes on the cycle, starting at the code of the problem.
        case cycle([String])
        /// The item's level may not hang under the parent's level (nil parent: may not stand at the top).
        case levelOrder(child: PlanLevel, parent: PlanLevel?)
    }

    public let code: String
    public let kind: Kind

    public init(code: String, kind: Kind) {
        self.code = code
        self.kind = kind
    }

    /// The reason in plain Dutch, without the location.
    public var reason: String {
        switch kind {
        case .emptyCode:
            return "code ontbreekt"
        case .duplicateCode:
            return "code '\(code)' komt meer dan eens voor"
        case .unknownParent(let parent):
            return "oudercode '\(parent)' bestaat niet in dit plan"
        case .cycle(let codes):
            return "kring in de ouders: \((codes + [codes.first ?? code]).joined(separator: " → "))"
        case .levelOrder(let child, let parent):
            guard let parent else {
                return "een \(child.dutchLabel) kan niet bovenaan staan; geef een oudercode"
            }
            guard let expected = child.parentLevel else {
                return "een \(child.dutchLabel) staat altijd bovenaan, niet onder een \(parent.dutchLabel)"
            }
            return "een \(child.dutchLabel) hoort onder een \(expected.dutchLabel), niet onder een \(parent.dutchLabel)"
        }
    }

    public var description: String { code.isEmpty ? reason : "\(code): \(reason)" }
}

/// Thrown when items do not form a valid tree; carries every problem found, not only the first.
public struct PlanTreeError: Error, Sendable, Equatable {
    public let problems: [PlanTreeProblem]

    public init(problems: [PlanTreeProblem]) {
        self.problems = problems
    }
}
