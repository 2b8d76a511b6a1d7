import Platform
import PlannenDomain
import Plot

extension PlanTreePageModel {
    func page() -> Page {
        let t = PlannenText.strings(language)
        let plan = visible.plan
        return Page(
            title: t("tree.title", plan.name, plan.organisation.name),
            breadcrumbs: [(t["common.plans"], PlannenPath.home.path), (plan.name, nil)],
            description: t("tree.description", plan.name, plan.organisation.name),
            content: .group(
                .planVersionLine(plan, shown: followUp.version, link: versionLink, t),
                .planTabs(ref, current: .tree, mayManage: visible.mayManage, t),
                filterForm(t),
                .if(!filter.problems.isEmpty, .div(
                    .attr("class", "form-errors"), .attr("role", "status"),
                    .p(.text(t["tree.filter.problems"])),
                    .ul(.forEach(filter.problems) { .li(.text($0)) })
                )),
                .p(.attr("class", "plan-counts"), .text(countsText(t))),
                .p(.attr("class", "downloads"), .text(t["tree.download"] + " "),
                   .a(.attr("href", download(.itemsCSV)), .text(PlannenPath.ExportFile.itemsCSV.rawValue)), .text(" · "),
                   .a(.attr("href", download(.itemsJSON)), .text(PlannenPath.ExportFile.itemsJSON.rawValue))),
                rows.isEmpty ? .p(.attr("class", "notice"), .text(t["tree.empty"])) : table(t),
                .p(.attr("class", "note"), .text(t["tree.note.progress"])),
                .p(.attr("class", "note"), .text(t["tree.note.credit"]))
            ),
            strings: SiteStrings(language))
    }

    private func countsText(_ t: Strings) -> String {
        let parts = counts.map { count in
            t("tree.count", String(count.matched), String(count.total), PlanPageText.levelCount(count.level, count.total, t))
        }
        return t("tree.counts", parts.joined(separator: ", "))
    }

    // MARK: Filter

    private func filterForm(_ t: Strings) -> Node<HTML.BodyContext> {
        let fields = BeleidsveldCatalogue.bbc2020
        return .getForm(
            action: PlannenPath.plan(ref).path,
            .attr("class", "selector plan-filter no-print"),
            .fieldset(
                .legend(.text(t["tree.filter.legend"])),
                .unwrap(followUp.versionQuery) { .hidden(name: "versie", value: $0) },
                .selectField(id: "f-prioritair", label: t["tree.filter.priority"], name: "prioritair",
                             options: [("", t["tree.filter.all"]), ("ja", t["tree.filter.priorityOnly"])],
                             selected: filter.prioritair ? "ja" : ""),
                .selectField(id: "f-status", label: t["tree.filter.status"], name: "status",
                             options: [("", t["tree.filter.allStatuses"])]
                                 + StatusCatalogue.standard.statuses.map { ($0.code, PlannenText.status($0.code, language)) },
                             selected: filter.status ?? ""),
                .if(showsOwners && !options.owners.isEmpty, .selectField(
                    id: "f-eigenaar", label: t["tree.filter.owner"], name: "eigenaar",
                    options: [("", t["tree.filter.allOwners"])] + options.owners.map { (String($0.id), $0.name) },
                    selected: filter.owner.map(String.init) ?? "")),
                .if(!options.verantwoordelijken.isEmpty, .selectField(
                    id: "f-verantwoordelijke", label: t["tree.filter.responsible"], name: "verantwoordelijke",
                    options: [("", t["tree.filter.all"])] + options.verantwoordelijken.map { ($0, $0) },
                    selected: filter.verantwoordelijke ?? "")),
                .if(!options.diensten.isEmpty, .selectField(
                    id: "f-dienst", label: t["tree.filter.department"], name: "dienst",
                    options: [("", t["tree.filter.all"])] + options.diensten.map { ($0, $0) },
                    selected: filter.dienst ?? "")),
                .if(!options.beleidsvelden.isEmpty, .selectField(
                    id: "f-beleidsveld", label: t["tree.filter.field"], name: "beleidsveld",
                    options: [("", t["tree.filter.all"])] + options.beleidsvelden.map { ($0, fields.lookup($0).label) },
                    selected: filter.beleidsveld?.code ?? "")),
                .if(!options.themes.isEmpty, .selectField(
                    id: "f-thema", label: t["tree.filter.theme"], name: "thema",
                    options: [("", t["tree.filter.all"])] + options.themes.map { ($0.code, $0.name) },
                    selected: filter.theme ?? "")),
                .selectField(id: "f-niveau", label: t["tree.filter.depth"], name: "niveau",
                             options: options.levels.map { ($0.rawValue, t("tree.filter.upTo", PlannenText.level($0, language))) },
                             selected: filter.depth.rawValue),
                .field(id: "f-q", label: t["tree.filter.text"], name: "q", type: "search", value: filter.text, required: false),
                .submitButton(t["tree.filter.apply"]),
                .if(filter.isActive || filter.depth != .actie || !filter.problems.isEmpty,
                    .a(.attr("href", versionLink(followUp.version)), .text(t["tree.filter.clear"])))
            )
        )
    }

    // MARK: Tree

    private func table(_ t: Strings) -> Node<HTML.BodyContext> {
        .div(
            .attr("class", "table-scroll"), .attr("role", "region"), .attr("tabindex", "0"),
            .attr("aria-labelledby", "plan-tree-caption"),
            .table(
                .attr("class", "data plan-tree"),
                .caption(.attr("id", "plan-tree-caption"), .text(t("tree.caption", visible.plan.name))),
                .thead(.tr(
                    .th(.attr("scope", "col"), .text(t["tree.col.code"])),
                    .th(.attr("scope", "col"), .text(t["tree.col.title"])),
                    .th(.attr("scope", "col"), .text(t["tree.col.level"])),
                    .th(.attr("scope", "col"), .text(t["tree.col.status"])),
                    .th(.attr("scope", "col"), .text(t["tree.col.progress"])),
                    .th(.attr("scope", "col"), .text(t["tree.col.responsible"])),
                    .th(.attr("scope", "col"), .attr("class", "num"), .text(t["tree.col.credit"]))
                )),
                .tbody(.forEach(rows) { row in self.row(row, t) })
            )
        )
    }

    private func row(_ row: Row, _ t: Strings) -> Node<HTML.TableContext> {
        let item = row.item
        let who = [item.verantwoordelijke, item.dienst].compactMap { $0 }
        return .tr(
            .attr("class", "level-\(item.level.rank)" + (row.matches || !filter.isActive ? "" : " context")),
            .td(.attr("class", "code"), .text(item.code)),
            .th(
                .attr("scope", "row"), .attr("class", "title depth-\(min(row.depth, 4))"),
                .a(.attr("href", itemLink(item.code)), .text(item.title)),
                .if(item.prioritair, .group(.text(" "), .span(.attr("class", "plan-priority"), .text(t["tree.priority"])))),
                .if(filter.isActive && !row.matches, .group(.text(" "), .span(.attr("class", "plan-context"), .text(t["tree.context"]))))
            ),
            .td(.text(PlannenText.level(item.level, language))),
            .td(.statusBadge(item.status, language)),
            .td(.progressBar(row.progress?.value, override: row.progress?.isOverride ?? false, language)),
            .td(.text(who.joined(separator: " · "))),
            .td(
                .attr("class", "num"),
                .text(PlannenText.euro(row.credit, language)),
                .if(!row.yearly.isEmpty, .element(named: "details", nodes: [
                    .attr("class", "plan-years"),
                    .element(named: "summary", nodes: [
                        .text(t["tree.perYear"]),
                        .span(.attr("class", "visually-hidden"), .text(" " + item.code)),
                    ]),
                    .dl(.forEach(years) { year in
                        .group(.dt(.text(String(year))), .dd(.text(PlannenText.euro(row.yearly[year] ?? 0, language))))
                    }),
                ]))
            )
        )
    }
}
