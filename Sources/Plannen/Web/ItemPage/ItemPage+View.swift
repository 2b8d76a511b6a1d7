import Platform
import PlannenDomain
import Plot

extension ItemPageModel {
    func page() -> Page {
        let t = PlannenText.strings(language)
        let plan = visible.plan
        let crumbs: [(label: String, url: String?)] = [(t["common.plans"], PlannenPath.home.path), (plan.name, treeLink)]
            + ancestors.map { ("\($0.code) \($0.title)", itemLink($0.code)) } + [(item.code, nil)]
        return Page(
            title: "\(item.code) \(item.title)",
            breadcrumbs: crumbs,
            description: t("tree.item.description", PlannenText.level(item.level, language), item.code, plan.name),
            content: .group(
                .planVersionLine(plan, shown: followUp.version, link: versionLink, t),
                .planTabs(ref, current: .tree, mayManage: visible.mayManage, t),
                .notice(notice),
                facts(t),
                .if(!item.description.isEmpty, .group(
                    .h2(.text(t["tree.item.descriptionTitle"])),
                    .p(.attr("class", "plan-description"), .text(item.description))
                )),
                progressSection(t),
                indicatorsSection(t),
                budgetSection(t),
                linksSection(t),
                relatedSection,
                .if(showsStaffParts, historySection(t)),
                forms(t)
            ),
            strings: SiteStrings(language))
    }

    /// What other pillars have on this item; only when there is something.
    private var relatedSection: Node<HTML.BodyContext> {
        let strings = SiteStrings(language)
        return .if(!related.isEmpty, .section(
            .attr("class", "related"), .attr("aria-labelledby", "elders"),
            .h2(.attr("id", "elders"), .text(PlannenText.strings(language)["related.title"])),
            .ul(.attr("class", "related-links"), .forEach(related) { link in
                .li(.a(.attr("href", link.path), .text(link.title.text(strings))),
                    .span(.attr("class", "related-kind"), .text(" — " + link.kind.text(strings))),
                    .unwrap(link.note) { .p(.attr("class", "related-note"), .text($0.text(strings))) })
            })
        ))
    }

    // MARK: Facts

    private func facts(_ t: Strings) -> Node<HTML.BodyContext> {
        func fact(_ label: String, _ value: Node<HTML.BodyContext>) -> Node<HTML.DescriptionListContext> {
            .group(.dt(.text(label)), .dd(value))
        }
        let unknown = t["tree.item.unknown"]
        let field = item.beleidsveld.map { BeleidsveldCatalogue.bbc2020.lookup($0).label } ?? unknown
        return .dl(
            .attr("class", "facts plan-facts"),
            fact(t["tree.item.level"], .text(PlannenText.level(item.level, language))),
            fact(t["tree.item.code"], .text(item.code)),
            fact(t["tree.item.field"], .text(field)),
            fact(t["tree.item.priority"], .text(item.prioritair ? t["tree.item.yes"] : t["tree.item.no"])),
            fact(t["tree.item.responsible"], .text(item.verantwoordelijke ?? unknown)),
            fact(t["tree.item.department"], .text(item.dienst ?? unknown)),
            fact(t["tree.item.period"], .text(PlanPageText.period(item.start, item.end, language, unknown: unknown))),
            fact(t["tree.item.weight"], .text(item.weight.map { PlannenText.number($0, digits: 2, language) } ?? t["tree.item.weightDefault"])),
            .if(showsStaffParts, fact(t["tree.item.owners"], .text(owners.isEmpty ? t["tree.item.noOwners"] : owners.map(\.name).joined(separator: ", "))))
        )
    }

    // MARK: Status and progress, with the calculation

    private func progressSection(_ t: Strings) -> Node<HTML.BodyContext> {
        .section(
            .attr("aria-labelledby", "voortgang"),
            .h2(.attr("id", "voortgang"), .text(t["tree.item.progressTitle"])),
            .p(.attr("class", "plan-state"), .statusBadge(item.status, language), .text(" "),
               .progressBar(result?.value, override: result?.isOverride ?? false, language)),
            .unwrap(result) { result in
                .group(
                    .p(.strong(.text(t["tree.item.calculation"] + " ")), .text(PlannenText.text(result.explanation, language))),
                    .if(result.isOverride, .p(.attr("class", "plan-override"), .text(t(
                        "tree.item.override", PlanPageText.percent(result.value, language),
                        result.calculated.map { PlanPageText.percent($0, language) } ?? t["tree.item.noCalculation"]))))
                )
            },
            .if(hasChildren, childrenTable(t))
        )
    }

    private func childrenTable(_ t: Strings) -> Node<HTML.BodyContext> {
        .div(
            .attr("class", "table-scroll"), .attr("role", "region"), .attr("tabindex", "0"), .attr("aria-labelledby", "kinderen"),
            .table(
                .attr("class", "data plan-children"),
                .caption(.attr("id", "kinderen"), .text(t("tree.item.childrenCaption", String(children.count)))),
                .thead(.tr(
                    .th(.attr("scope", "col"), .text(t["tree.col.code"])),
                    .th(.attr("scope", "col"), .text(t["tree.col.title"])),
                    .th(.attr("scope", "col"), .text(t["tree.col.status"])),
                    .th(.attr("scope", "col"), .text(t["tree.col.progress"])),
                    .th(.attr("scope", "col"), .attr("class", "num"), .text(t["tree.col.weight"])),
                    .th(.attr("scope", "col"), .text(t["tree.col.counts"]))
                )),
                .tbody(.forEach(children) { child in
                    .tr(
                        .td(.text(child.item.code)),
                        .th(.attr("scope", "row"), .a(.attr("href", itemLink(child.item.code)), .text(child.item.title))),
                        .td(.statusBadge(child.item.status, language)),
                        .td(.progressBar(child.result?.value, override: child.result?.isOverride ?? false, language)),
                        .td(.attr("class", "num"), .text(PlannenText.number(child.term?.weight ?? child.item.effectiveWeight, digits: 2, language))),
                        .td(.text(child.term.map { term in
                            term.exclusion.map { PlannenText.text($0.text, language) } ?? t["tree.item.counted"]
                        } ?? t["tree.item.counted"]))
                    )
                })
            )
        )
    }

    // MARK: Links

    private func linksSection(_ t: Strings) -> Node<HTML.BodyContext> {
        let none = themes.isEmpty && recommendations.isEmpty && workPackages.isEmpty
        return .section(
            .attr("aria-labelledby", "koppelingen"),
            .h2(.attr("id", "koppelingen"), .text(t["tree.item.linksTitle"])),
            .if(none, .p(.text(t["tree.item.noLinks"]))),
            .if(!themes.isEmpty, .group(
                .h3(.text(t["tree.item.themes"])),
                .ul(.forEach(themes) { theme in .li(.text(theme.name == theme.code ? theme.code : "\(theme.name) (\(theme.code))")) })
            )),
            .if(!recommendations.isEmpty, .group(
                .h3(.text(t["tree.item.recommendations"])),
                .ul(.forEach(recommendations) { .li(.text(t("tree.item.campaignNumber", $0))) })
            )),
            .if(!workPackages.isEmpty, .group(
                .h3(.text(t["tree.item.workPackages"])),
                .ul(.forEach(workPackages) { .li(.text(t("tree.item.campaignNumber", $0))) })
            ))
        )
    }

    // MARK: History

    private func historySection(_ t: Strings) -> Node<HTML.BodyContext> {
        .section(
            .attr("aria-labelledby", "geschiedenis"),
            .h2(.attr("id", "geschiedenis"), .text(t["tree.item.historyTitle"])),
            .if(updates.isEmpty, .p(.text(t["tree.item.noUpdates"]))),
            .if(!updates.isEmpty, .div(
                .attr("class", "table-scroll"), .attr("role", "region"), .attr("tabindex", "0"), .attr("aria-labelledby", "geschiedenis-caption"),
                .table(
                    .attr("class", "data plan-history"),
                    .caption(.attr("id", "geschiedenis-caption"), .text(t("tree.item.historyCaption", item.code))),
                    .thead(.tr(
                        .th(.attr("scope", "col"), .text(t["tree.col.period"])),
                        .th(.attr("scope", "col"), .text(t["tree.col.who"])),
                        .th(.attr("scope", "col"), .text(t["tree.col.when"])),
                        .th(.attr("scope", "col"), .text(t["tree.col.status"])),
                        .th(.attr("scope", "col"), .attr("class", "num"), .text(t["tree.col.progress"])),
                        .th(.attr("scope", "col"), .text(t["tree.col.explanation"])),
                        .th(.attr("scope", "col"), .text(t["tree.col.evidence"]))
                    )),
                    .tbody(.forEach(updates) { stored in
                        let update = stored.update
                        return .tr(
                            .th(.attr("scope", "row"), .text(update.periodCode)),
                            .td(.text(stored.authorLabel)),
                            .td(.text(PlanPageText.day(stored.createdAt, language))),
                            .td(update.status.map { .statusBadge($0, language) } ?? .text(t["tree.item.unchanged"])),
                            .td(.attr("class", "num"), .text(update.progress.map { PlanPageText.percent($0, language) } ?? t["tree.item.unchanged"])),
                            .td(.text(update.explanation)),
                            .td(.if(!update.evidence.isEmpty, .ul(.attr("class", "plan-evidence"), .forEach(update.evidence) { link in
                                .li(PlanPageText.isWebAddress(link)
                                    ? .a(.attr("href", link), .attr("rel", "noopener noreferrer"), .text(link))
                                    : .text(link))
                            })))
                        )
                    })
                )
            ))
        )
    }
}
