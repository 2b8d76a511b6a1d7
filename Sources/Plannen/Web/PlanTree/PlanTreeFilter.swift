import Foundation
import Platform
import PlannenDomain
import Vapor

/// The filter of the plan tree, read from the query string (a GET form, so a filtered tree is a link to share). Each
/// value that names nothing in the plan is said on the page and left out, never silently replaced.
struct PlanTreeFilter: Sendable {
    var prioritair = false
    var status: String?
    /// An owner's user id; only for the city's own staff.
    var owner: Int?
    var verantwoordelijke: String?
    var dienst: String?
    /// A BBC code; an item matches when its code starts with it (02 matches 0200).
    var beleidsveld: BeleidsveldCode?
    /// A theme code of the shared theme tree; an item matches when it or an item above it is linked to the theme.
    var theme: String?
    /// The deepest level shown.
    var depth: PlanLevel = .actie
    var text = ""
    /// What was wrong with the query, in the visitor's language.
    var problems: [String] = []

    /// The choices of the filter form, from the plan itself.
    struct Options: Sendable {
        var verantwoordelijken: [String] = []
        var diensten: [String] = []
        var beleidsvelden: [String] = []
        /// Theme code → name, of the themes items are linked to.
        var themes: [(code: String, name: String)] = []
        /// Owners named on items (members only).
        var owners: [PlanOwner] = []
        var levels: [PlanLevel] = []
    }

    static let maximumTextLength = 200

    var isActive: Bool {
        prioritair || status != nil || owner != nil || verantwoordelijke != nil || dienst != nil || beleidsveld != nil
            || theme != nil || !text.isEmpty
    }

    /// The plan's own values for the form's selects.
    static func options(_ followUp: PlanFollowUp, themeNames: [String: String], showsOwners: Bool) -> Options {
        let items = followUp.current.items
        func distinct(_ values: [String?]) -> [String] {
            Array(Set(values.compactMap { $0 })).sorted { $0.localizedCompare($1) == .orderedAscending }
        }
        var fields = Set<String>()
        for code in items.compactMap(\.beleidsveld) {
            guard let parsed = BeleidsveldCode(code) else { continue }
            fields.insert(parsed.domein.code)
            fields.insert(parsed.code)
        }
        let linkedThemes = Set(followUp.links.filter { $0.kind == .thema }.map(\.target))
        return Options(
            verantwoordelijken: distinct(items.map(\.verantwoordelijke)),
            diensten: distinct(items.map(\.dienst)),
            beleidsvelden: fields.sorted(),
            themes: linkedThemes.sorted().map { ($0, themeNames[$0] ?? $0) },
            owners: showsOwners ? followUp.owners.values.sorted { $0.name < $1.name } : [],
            levels: PlanLevel.allCases.filter { level in items.contains { $0.level == level } })
    }

    /// Reads the query. `showsOwners` is false for visitors outside the city: the owner filter is not theirs.
    static func read(_ request: Request, options: Options, showsOwners: Bool, _ t: Strings) -> PlanTreeFilter {
        var filter = PlanTreeFilter()
        func value(_ key: String) -> String? {
            guard let text = request.query[String.self, at: key]?.trimmingCharacters(in: .whitespacesAndNewlines),
                  !text.isEmpty else { return nil }
            return text
        }
        if let text = value("prioritair"), text != "alle" {
            if text == "ja" { filter.prioritair = true } else { filter.problems.append(t("tree.filter.unknownPriority", text)) }
        }
        if let text = value("status") {
            if let status = StatusCatalogue.standard.status(text) { filter.status = status.code } else {
                filter.problems.append(t("tree.filter.unknownStatus", text))
            }
        }
        if let text = value("eigenaar") {
            if !showsOwners {
                filter.problems.append(t["tree.filter.ownerMembersOnly"])
            } else if let id = Int(text), options.owners.contains(where: { $0.id == id }) {
                filter.owner = id
            } else {
                filter.problems.append(t("tree.filter.unknownOwner", text))
            }
        }
        if let text = value("verantwoordelijke") {
            if options.verantwoordelijken.contains(text) { filter.verantwoordelijke = text } else {
                filter.problems.append(t("tree.filter.unknownResponsible", text))
            }
        }
        if let text = value("dienst") {
            if options.diensten.contains(text) { filter.dienst = text } else {
                filter.problems.append(t("tree.filter.unknownDepartment", text))
            }
        }
        if let text = value("beleidsveld") {
            if let code = BeleidsveldCode(text) { filter.beleidsveld = code } else {
                filter.problems.append(t("tree.filter.unknownField", text))
            }
        }
        if let text = value("thema") {
            if options.themes.contains(where: { $0.code == text }) { filter.theme = text } else {
                filter.problems.append(t("tree.filter.unknownTheme", text))
            }
        }
        if let text = value("niveau") {
            if let level = PlanLevel.parse(text), options.levels.contains(level) { filter.depth = level } else {
                filter.problems.append(t("tree.filter.unknownLevel", text))
            }
        }
        if let text = value("q") {
            filter.text = String(text.prefix(maximumTextLength))
            if text.count > maximumTextLength { filter.problems.append(t("tree.filter.textTooLong", String(maximumTextLength))) }
        }
        return filter
    }

    /// The valid values as a query, for links (the downloads of what is shown).
    var query: [(String, String?)] {
        [("prioritair", prioritair ? "ja" : nil), ("status", status), ("eigenaar", owner.map(String.init)),
         ("verantwoordelijke", verantwoordelijke), ("dienst", dienst), ("beleidsveld", beleidsveld?.code), ("thema", theme),
         ("niveau", depth == .actie ? nil : depth.rawValue), ("q", text.isEmpty ? nil : text)]
    }

    /// The items that match by themselves (not counting the ancestors kept for context).
    func matches(in followUp: PlanFollowUp) -> Set<String> {
        let tree = followUp.current.tree
        let words = text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        let themed: Set<String> = theme.map { theme in
            Set(followUp.links.filter { $0.kind == .thema && $0.target == theme }.map(\.itemCode))
        } ?? []
        let owned: Set<String> = owner.map { Set(followUp.items(ownedBy: $0)) } ?? []
        var result = Set<String>()
        for item in tree.items {
            if prioritair && !item.prioritair { continue }
            if let status, item.status != status { continue }
            if owner != nil && !owned.contains(item.code) { continue }
            if let verantwoordelijke, item.verantwoordelijke != verantwoordelijke { continue }
            if let dienst, item.dienst != dienst { continue }
            if let beleidsveld {
                guard let code = item.beleidsveld.flatMap(BeleidsveldCode.init), beleidsveld.contains(code) else { continue }
            }
            if theme != nil, !themed.contains(item.code), !tree.ancestors(of: item.code).contains(where: { themed.contains($0.code) }) {
                continue
            }
            if !words.isEmpty {
                let haystack = (item.code + " " + item.title + " " + item.description).lowercased()
                guard words.allSatisfy(haystack.contains) else { continue }
            }
            result.insert(item.code)
        }
        return result
    }
}
