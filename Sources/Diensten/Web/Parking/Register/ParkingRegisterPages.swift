import DienstenDomain
import Foundation
import Platform
import Plot

/// Shared form pieces of the register pages.
enum ParkingForm {
    static func errors(_ problems: [(field: String, message: String)], _ t: Strings) -> Node<HTML.BodyContext> {
        .if(!problems.isEmpty, .div(.attr("class", "form-errors"), .attr("role", "alert"),
            .p(.text(t["parking.form.problems"])),
            .ul(.forEach(problems) { problem in .li(.a(.attr("href", "#\(problem.field)"), .text(problem.message))) })))
    }

    static func field(_ id: String, _ label: String, _ value: String, problems: [(field: String, message: String)], type: String = "text",
                      required: Bool = true, hint: String? = nil, name: String? = nil) -> Node<HTML.BodyContext> {
        let problem = problems.first { $0.field == id }?.message
        var attributes: [Attribute<Any>] = [.attr("type", type), .attr("id", id), .attr("name", name ?? id)]
        if !value.isEmpty { attributes.append(.attr("value", value)) }
        if required { attributes.append(.attr("required", "required")) }
        if type == "number" { attributes.append(.attr("step", "any")) }
        var described: [String] = []
        if hint != nil { described.append("\(id)-hint") }
        if problem != nil { described.append("\(id)-error"); attributes.append(.attr("aria-invalid", "true")) }
        if !described.isEmpty { attributes.append(.attr("aria-describedby", described.joined(separator: " "))) }
        return .div(.attr("class", problem == nil ? "field" : "field parking-invalid"),
                    .element(named: "label", nodes: [.attr("for", id), .text(label)]),
                    .unwrap(hint) { .p(.attr("id", "\(id)-hint"), .attr("class", "hint"), .text($0)) },
                    .unwrap(problem) { .p(.attr("id", "\(id)-error"), .attr("class", "field-error"), .text($0)) },
                    .element(Element<HTML.BodyContext>.selfClosed(named: "input", attributes: attributes)))
    }

    static func select(_ id: String, _ label: String, _ options: [(value: String, label: String)], selected: String, name: String? = nil) -> Node<HTML.BodyContext> {
        .div(.attr("class", "field"),
             .element(named: "label", nodes: [.attr("for", id), .text(label)]),
             .element(named: "select", nodes: [.attr("id", id), .attr("name", name ?? id)] + options.map { option in
                 .element(named: "option", nodes: [.attr("value", option.value, keepEmpty: true),
                                                   option.value == selected ? .attr("selected", "selected") : .empty, .text(option.label)])
             }))
    }

    static func checkbox(id: String, name: String, value: String, checked: Bool, label: String) -> Node<HTML.BodyContext> {
        var attributes: [Attribute<Any>] = [.attr("type", "checkbox"), .attr("id", id), .attr("name", name), .attr("value", value)]
        if checked { attributes.append(.attr("checked", "checked")) }
        return .div(.attr("class", "check"), .element(Element<HTML.BodyContext>.selfClosed(named: "input", attributes: attributes)),
                    .element(named: "label", nodes: [.attr("for", id), .text(label)]))
    }

    static func vehicleFields(prefix: String, values: [String: String], words w: ParkingWords) -> Node<HTML.BodyContext> {
        let t = w.t
        return .group(
            select("\(prefix)fuel", t["parking.vehicle.fuel"], Fuel.allCases.map { ($0.rawValue, w.fuel($0)) }, selected: values["\(prefix)fuel"] ?? "petrol"),
            select("\(prefix)euro", t["parking.vehicle.euro"], EuroNorm.allCases.reversed().map { (String($0.rawValue), "Euro \($0.rawValue)") },
                   selected: values["\(prefix)euro"] ?? "6"),
            select("\(prefix)category", t["parking.vehicle.category"], VehicleCategory.allCases.map { ($0.rawValue, w.category($0)) },
                   selected: values["\(prefix)category"] ?? "car")
        )
    }
}

/// The register for the city's staff: search by plate, the holders, a new holder, and the issuing rules in force.
struct ParkingRegisterPage {
    let city: String
    let cityName: String
    let search: String
    let found: [ParkingRight]
    let holders: [StoredHolder]
    let holderNames: [String: String]
    let ruleSet: StoredRuleSet?
    let mayEdit: Bool
    let csrf: String
    var values: [String: String] = [:]
    var problems: [(field: String, message: String)] = []
    var notice: String?
    let language: SiteLanguage

    func page() -> Page {
        let w = ParkingWords(language)
        let t = w.t
        return Page(
            title: t["parking.register.title"],
            breadcrumbs: [(t["home.title"], DienstenPath.home.path), (t["parking.home.title"], ParkingPath.home.path),
                          (cityName, ParkingPath.city(city).path), (t["parking.register.title"], nil)],
            content: .group(
                .notice(notice),
                .p(.text(t["parking.register.intro"])),
                .section(.attr("aria-labelledby", "search-title"),
                    .h2(.attr("id", "search-title"), .text(t["parking.register.searchTitle"])),
                    .element(named: "form", nodes: [
                        .attr("method", "get"), .attr("action", ParkingPath.register(city).path), .attr("class", "form"), .attr("role", "search"),
                        ParkingForm.field("kenteken", t["parking.register.searchPlate"], search, problems: problems, hint: t["parking.check.plateHint"]),
                        .submitButton(t["parking.register.searchSubmit"]),
                    ]),
                    .if(!search.isEmpty && problems.first(where: { $0.field == "kenteken" }) == nil,
                        found.isEmpty ? .p(.attr("id", "search-result"), .text(t("parking.register.noneFound", search)))
                            : ParkingRightsTable.table(found, city: city, words: w, caption: t("parking.register.found", search), holders: holderNames))
                ),
                .section(.attr("aria-labelledby", "holders-title"),
                    .h2(.attr("id", "holders-title"), .text(t["parking.register.holders"])),
                    holders.isEmpty ? .p(.text(t["parking.register.noHolders"])) : .div(
                        .attr("class", "table-scroll"), .attr("role", "region"), .attr("aria-labelledby", "holders-caption"), .attr("tabindex", "0"),
                        .table(
                            .caption(.attr("id", "holders-caption"), .text(t["parking.register.holdersCaption"])),
                            .thead(.tr(.th(.attr("scope", "col"), .text(t["parking.holder.reference"])),
                                       .th(.attr("scope", "col"), .text(t["parking.holder.name"])),
                                       .th(.attr("scope", "col"), .text(t["parking.holder.address"])),
                                       .th(.attr("scope", "col"), .text(t["parking.holder.unit"])))),
                            .tbody(.forEach(holders) { holder in
                                .tr(.th(.attr("scope", "row"), .a(.attr("href", ParkingPath.holder(city, holder.id).path), .text(holder.reference))),
                                    .td(.text(holder.name)),
                                    .td(.text("\(holder.holder.address.street) \(holder.holder.address.number)")),
                                    .td(.text(holder.holder.address.housingUnit)))
                            })))),
                .if(mayEdit, .section(.attr("aria-labelledby", "new-holder-title"),
                    .h2(.attr("id", "new-holder-title"), .text(t["parking.holder.newTitle"])),
                    ParkingForm.errors(problems.filter { $0.field != "kenteken" }, t),
                    .postForm(action: ParkingPath.holders(city).path, csrf: csrf,
                        ParkingForm.field("reference", t["parking.holder.reference"], values["reference"] ?? "", problems: problems, hint: t["parking.holder.referenceHint"]),
                        ParkingForm.field("name", t["parking.holder.name"], values["name"] ?? "", problems: problems),
                        ParkingForm.field("street", t["parking.holder.street"], values["street"] ?? "", problems: problems),
                        ParkingForm.field("number", t["parking.holder.number"], values["number"] ?? "", problems: problems),
                        ParkingForm.field("unit", t["parking.holder.unit"], values["unit"] ?? "", problems: problems, hint: t["parking.holder.unitHint"]),
                        ParkingForm.field("longitude", t["parking.holder.longitude"], values["longitude"] ?? "", problems: problems, type: "number"),
                        ParkingForm.field("latitude", t["parking.holder.latitude"], values["latitude"] ?? "", problems: problems, type: "number"),
                        .submitButton(t["parking.holder.create"])))),
                .section(.attr("aria-labelledby", "rules-title"),
                    .h2(.attr("id", "rules-title"), .text(t["parking.rules.title"])),
                    .unwrap(ruleSet, { rules in
                        .group(
                            .p(.text(t("parking.rules.version", String(rules.version), w.day(rules.createdAt), String(rules.rules.checkLogDays)))),
                            .ul(.forEach(rules.rules.ruleSet.rules) { rule in
                                .li(.strong(.text(rule.id)), .text(" — " + t["parking.rule.\(rule.rule.name)"] + " (" + rule.legalBasis + ")"))
                            }))
                    }, else: .p(.text(t["parking.rules.none"]))))
            ),
            strings: SiteStrings(language))
    }
}

/// A holder: address, the zones the address lies in, the rights (suspend, revoke, activate; change a plate), and
/// issuing a new right, with the refusals of the city's rules when they refuse it.
struct ParkingHolderPage {
    let city: String
    let cityName: String
    let holder: StoredHolder
    let rights: [ParkingRight]
    let zones: [Zone]
    let mayEdit: Bool
    let csrf: String
    var values: [String: String] = [:]
    var problems: [(field: String, message: String)] = []
    var refusals: [IssuingRefusal] = []
    var notice: String?
    let language: SiteLanguage

    var addressZones: [Zone] { zones.filter { $0.area.contains(holder.holder.address.point) } }

    func page() -> Page {
        let w = ParkingWords(language)
        let t = w.t
        let address = holder.holder.address
        let days = Weekday.allCases
        let chosenZones = Set((values["zones"] ?? "").split(separator: " ").map(String.init))
        let chosenDays = Set((values["days"] ?? "").split(separator: " ").map(String.init))
        return Page(
            title: t("parking.holder.title", holder.reference),
            breadcrumbs: [(t["home.title"], DienstenPath.home.path), (t["parking.home.title"], ParkingPath.home.path),
                          (cityName, ParkingPath.city(city).path), (t["parking.register.title"], ParkingPath.register(city).path), (holder.reference, nil)],
            content: .group(
                .notice(notice),
                .if(!refusals.isEmpty, .div(.attr("class", "form-errors parking-refusals"), .attr("role", "alert"), .attr("id", "refusals"),
                    .p(.text(t["parking.issue.refused"])),
                    .ul(.forEach(refusals) { .li(.text(w.refusal($0))) }))),
                .element(named: "dl", nodes: [
                    .element(named: "dt", text: t["parking.holder.name"]), .element(named: "dd", text: holder.name),
                    .element(named: "dt", text: t["parking.holder.address"]), .element(named: "dd", text: "\(address.street) \(address.number)"),
                    .element(named: "dt", text: t["parking.holder.unit"]), .element(named: "dd", text: address.housingUnit),
                    .element(named: "dt", text: t["parking.holder.zones"]),
                    .element(named: "dd", text: addressZones.isEmpty ? t["parking.holder.noZone"] : addressZones.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")),
                ]),
                .h2(.text(t["parking.holder.rights"])),
                rights.isEmpty ? .p(.text(t["parking.holder.noRights"])) : ParkingRightsTable.table(
                    rights, city: city, words: w, caption: t("parking.holder.rightsCaption", holder.reference), holders: [:],
                    actions: mayEdit ? { right in statusForms(right, t) } : nil),
                .if(mayEdit && rights.contains { $0.status != .revoked }, plateForm(w)),
                .if(mayEdit, .section(.attr("aria-labelledby", "issue-title"),
                    .h2(.attr("id", "issue-title"), .text(t["parking.issue.title"])),
                    ParkingForm.errors(values["right"] == nil ? problems : [], t),
                    .postForm(action: ParkingPath.holder(city, holder.id).path, csrf: csrf,
                        ParkingForm.select("kind", t["parking.right.kind"], RightKind.allCases.filter { $0 != .paidSession }.map { ($0.rawValue, w.rightKind($0)) },
                                           selected: values["kind"] ?? RightKind.residentPermit.rawValue),
                        ParkingForm.field("plates", t["parking.issue.plates"], values["plates"] ?? "", problems: problems, hint: t["parking.issue.platesHint"]),
                        ParkingForm.field("country", t["parking.check.country"], values["country"] ?? "BE", problems: problems, hint: t["parking.check.countryHint"]),
                        ParkingForm.vehicleFields(prefix: "", values: values, words: w),
                        .fieldset(.legend(.text(t["parking.right.zones"])),
                                  .p(.attr("class", "hint"), .text(t["parking.issue.zonesHint"])),
                                  .forEach(zones) { zone in
                                      ParkingForm.checkbox(id: "zone-\(zone.id)", name: "zones", value: zone.id, checked: chosenZones.contains(zone.id),
                                                           label: "\(zone.name) (\(zone.id))")
                                  }),
                        ParkingForm.field("from", t["parking.issue.from"], values["from"] ?? "", problems: problems, type: "date"),
                        ParkingForm.field("until", t["parking.issue.until"], values["until"] ?? "", problems: problems, type: "date", required: false,
                                          hint: t["parking.issue.untilHint"]),
                        .fieldset(.legend(.text(t["parking.issue.times"])),
                                  .p(.attr("class", "hint"), .text(t["parking.issue.timesHint"])),
                                  .forEach(days) { day in
                                      ParkingForm.checkbox(id: "day-\(day.rawValue)", name: "days", value: String(day.rawValue),
                                                           checked: chosenDays.contains(String(day.rawValue)), label: w.weekday(day))
                                  }),
                        .div(.attr("class", "parking-times"),
                                  ParkingForm.field("timeFrom", t["parking.issue.timeFrom"], values["timeFrom"] ?? "", problems: problems, type: "time", required: false),
                                  ParkingForm.field("timeTo", t["parking.issue.timeTo"], values["timeTo"] ?? "", problems: problems, type: "time", required: false)),
                        ParkingForm.field("basis", t["parking.right.basis"], values["basis"] ?? "", problems: problems, hint: t["parking.issue.basisHint"]),
                        .submitButton(t["parking.issue.submit"])))),
                .p(.a(.attr("href", ParkingPath.register(city).path), .text(t["parking.holder.back"])))
            ),
            strings: SiteStrings(language))
    }

    func statusForms(_ right: ParkingRight, _ t: Strings) -> Node<HTML.TableRowContext> {
        let targets: [RightStatus] = switch right.status {
        case .active: [.suspended, .revoked]
        case .suspended: [.active, .revoked]
        case .revoked: []
        }
        let id = Int(right.id) ?? 0
        return .td(.forEach(targets) { status in
            .postForm(action: ParkingPath.rightStatus(city, id).path, csrf: csrf, class: "parking-inline",
                      .hidden(name: "status", value: status.rawValue),
                      .element(named: "button", nodes: [.attr("type", "submit"), .attr("class", "secondary"),
                                                        .text(t("parking.status.to.\(status.rawValue)", right.id))]))
        })
    }

    /// One plate-change form per right that is not revoked, each folded in a `details` (ids carry the right's id).
    func plateForm(_ w: ParkingWords) -> Node<HTML.BodyContext> {
        let t = w.t
        let open = rights.filter { $0.status != .revoked }
        let failed = values["right"] ?? ""
        return .section(.attr("aria-labelledby", "plate-title"), .attr("class", "parking-plates"),
            .h2(.attr("id", "plate-title"), .text(t["parking.plate.title"])),
            .p(.text(t["parking.plate.intro"])),
            .forEach(open) { right in
                let id = right.id
                let mine = failed == id
                let fieldProblems = mine ? problems : []
                let value = { (key: String, fallback: String) in mine ? (values[key] ?? fallback) : fallback }
                return .element(named: "details", nodes: [
                    mine ? .attr("open", "open") : .empty,
                    .element(named: "summary", text: t("parking.plate.summary", id, right.plates.map(\.description).joined(separator: ", "))),
                    ParkingForm.errors(fieldProblems, t),
                    .element(named: "form", nodes: [
                        .attr("method", "post"), .attr("action", ParkingPath.rightPlate(city, Int(id) ?? 0).path), .attr("class", "form"),
                        .hidden(name: CSRF.field, value: csrf),
                        ParkingForm.field("old-\(id)", t["parking.plate.old"], value("old", right.plates.first?.display ?? ""), problems: fieldProblems, name: "old"),
                        ParkingForm.field("newPlate-\(id)", t["parking.plate.new"], value("newPlate", ""), problems: fieldProblems, name: "newPlate"),
                        ParkingForm.field("newCountry-\(id)", t["parking.check.country"], value("newCountry", "BE"), problems: fieldProblems, name: "newCountry"),
                        ParkingForm.select("new-fuel-\(id)", t["parking.vehicle.fuel"], Fuel.allCases.map { ($0.rawValue, w.fuel($0)) },
                                           selected: value("new-fuel", "petrol"), name: "new-fuel"),
                        ParkingForm.select("new-euro-\(id)", t["parking.vehicle.euro"], EuroNorm.allCases.reversed().map { (String($0.rawValue), "Euro \($0.rawValue)") },
                                           selected: value("new-euro", "6"), name: "new-euro"),
                        ParkingForm.select("new-category-\(id)", t["parking.vehicle.category"], VehicleCategory.allCases.map { ($0.rawValue, w.category($0)) },
                                           selected: value("new-category", "car"), name: "new-category"),
                        ParkingForm.field("since-\(id)", t["parking.plate.since"], value("since", ""), problems: fieldProblems, type: "datetime-local",
                                          hint: t["parking.plate.sinceHint"], name: "since"),
                        .submitButton(t["parking.plate.submit"]),
                    ]),
                ])
            })
    }
}
