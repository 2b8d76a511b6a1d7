import CijfersDomain
import Foundation
import Platform
import Plot

/// "Kies een stad of gemeente": one GET form that takes a visitor from a city's name to its wijken in one submit,
/// without JavaScript. The centrumsteden come first, then every other gemeente, each group in alphabetical order.
struct CityPicker {
    struct Choice {
        let code: String
        let name: String
        let centrumstad: Bool
    }

    /// Where the form goes, and the fields it sends besides the city.
    let action: String
    let hidden: [(name: String, value: String)]
    /// The field that carries the city: `stad` (wijk report) or `parent` (indicator page, as `gemeente2024:code`).
    let field: String
    let valuePrefix: String
    let choices: [Choice]
    var selected: String? = nil

    static let cityLevel = "gemeente2024"

    /// Every gemeente, centrumsteden first.
    static func choices(in catalog: Catalog) -> [Choice] {
        let members = Centrumsteden.members(in: catalog)
        let memberCodes = Set(members.map(\.code))
        let others = catalog.areas(inLevel: cityLevel).filter { !memberCodes.contains($0.code) }.sorted { $0.name < $1.name }
        return members.map { Choice(code: $0.code, name: $0.name, centrumstad: true) }
            + others.map { Choice(code: $0.code, name: $0.name, centrumstad: false) }
    }

    /// The picker of the home page: to the wijk report of the chosen city (all its wijken, per indicator).
    static func home(catalog: Catalog) -> CityPicker? {
        let choices = choices(in: catalog)
        guard !choices.isEmpty else { return nil }
        return CityPicker(action: CijfersPath.wijkReport.path, hidden: [], field: "stad", valuePrefix: "", choices: choices)
    }

    /// The level below the gemeenten at which an indicator has values (the wijken, else the sectors); nil when none.
    static func wijkLevel(of indicator: String, catalog: Catalog) -> AreaLevel? {
        let graph = catalog.hierarchy.levelGraph
        let below = catalog.levelsWithData(of: indicator).filter { level in
            level.code != cityLevel && graph.ancestors(of: level.code).contains(cityLevel)
        }
        return below.first { $0.code == "ggw72024" } ?? below.first
    }

    /// The picker of an indicator page: to the same indicator at the wijk level, within the chosen city.
    /// `carrying`: fields that travel along (a dashboard being composed, `DashboardAppend`).
    static func indicator(_ code: String, catalog: Catalog, currentParent: String?,
                          carrying: [(name: String, value: String)] = []) -> CityPicker? {
        guard let level = wijkLevel(of: code, catalog: catalog) else { return nil }
        let choices = choices(in: catalog)
        guard !choices.isEmpty else { return nil }
        var picker = CityPicker(action: CijfersPath.indicator(code: code).path, hidden: [("level", level.code)] + carrying, field: "parent",
                                valuePrefix: "\(cityLevel):", choices: choices)
        if let currentParent, currentParent.hasPrefix(picker.valuePrefix) { picker.selected = currentParent }
        return picker
    }

    func node(_ t: Strings, id: String = "stadkeuze") -> Node<HTML.BodyContext> {
        func option(_ choice: Choice) -> Node<HTML.BodyContext> {
            let value = valuePrefix + choice.code
            return .element(named: "option", nodes: [.attr("value", value), .if(value == selected, .attr("selected", "selected")),
                                                     .text(choice.name)])
        }
        return .getForm(
            action: action, .attr("class", "selector city-picker"),
            .forEach(hidden) { field in .input(.type(.hidden), .attr("name", field.name), .attr("value", field.value)) },
            .div(.attr("class", "field"),
                 .element(named: "label", nodes: [.attr("for", id), .text(t["paths.pickCity"])]),
                 .element(named: "select", nodes: [
                    .attr("id", id), .attr("name", field), .attr("aria-describedby", "\(id)-hint"),
                    .element(named: "optgroup", nodes: [.attr("label", t["paths.centrumsteden"])]
                             + choices.filter(\.centrumstad).map(option)),
                    .element(named: "optgroup", nodes: [.attr("label", t["paths.otherGemeenten"])]
                             + choices.filter { !$0.centrumstad }.map(option)),
                 ]),
                 .span(.attr("class", "hint"), .attr("id", "\(id)-hint"), .text(t["paths.pickCityHint"]))),
            .submitButton(t["paths.showWijken"])
        )
    }
}

extension Node where Context == HTML.BodyContext {
    /// Areas to choose as checkboxes in a scrolling frame (never a Ctrl-click multi-select). With JavaScript a filter
    /// box above the list hides the areas whose name does not match (`data-area-filter`, site.js).
    static func areaChecklist(_ choices: [(code: String, name: String, chosen: Bool)], legend: String, name: String = "g",
                              filterLabel: String) -> Node {
        .fieldset(
            .attr("class", "area-checklist"), .attr("data-area-filter", filterLabel),
            .legend(.text(legend)),
            .div(.attr("class", "checklist"),
                 .forEach(choices) { choice in
                     .div(.attr("class", "check"),
                          .checkbox(id: "area-\(choice.code)", name: name, value: choice.code, checked: choice.chosen),
                          .element(named: "label", nodes: [.attr("for", "area-\(choice.code)"), .text(choice.name)]))
                 })
        )
    }

    /// A choice of one of a few options as radio buttons in a fieldset.
    static func radioChoice(name: String, legend: String, _ options: [(value: String, label: String)], selected: String) -> Node {
        .fieldset(
            .attr("class", "radio-choice"),
            .legend(.text(legend)),
            .forEach(options) { option in
                .div(.attr("class", "check"),
                     .element(Element<HTML.BodyContext>.selfClosed(named: "input", attributes: [
                        .attr("type", "radio"), .attr("id", "\(name)-\(option.value)"), .attr("name", name),
                        .attr("value", option.value),
                     ] + (option.value == selected ? [.attr("checked", "checked")] : []))),
                     .element(named: "label", nodes: [.attr("for", "\(name)-\(option.value)"), .text(option.label)]))
            }
        )
    }

    /// What the page could not do as asked, said above it (never a silent default).
    static func pathNotices(_ notices: [String], _ t: Strings) -> Node {
        .if(!notices.isEmpty, .div(
            .attr("class", "notice path-notices"), .attr("role", "status"),
            .p(.strong(.text(t["paths.noticesTitle"]))),
            .ul(.forEach(notices) { .li(.text($0)) })
        ))
    }

    /// A field for the own group's name.
    static func groupNameField(_ value: String?, _ t: Strings) -> Node {
        .div(.attr("class", "field"),
             .element(named: "label", nodes: [.attr("for", "groepnaam"), .text(t["paths.groupName"])]),
             .input(.type(.text), .attr("id", "groepnaam"), .attr("name", "group"), .attr("maxlength", "80"),
                    .attr("value", value ?? "")))
    }
}

/// The own group's name from `group=`: trimmed and at most 80 characters; nil when empty.
enum GroupName {
    static func read(_ raw: String?) -> String? {
        guard let trimmed = raw?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return String(trimmed.prefix(80))
    }
}
