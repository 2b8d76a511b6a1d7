import Platform
import PlannenDomain
import Plot

extension ItemPageModel {
    func forms(_ t: Strings) -> Node<HTML.BodyContext> {
        .group(
            .if(mayUpdate, updateForm(t)),
            .if(mayManage, .group(ownersForm(t), linksForm(t), indicatorForm(t)))
        )
    }

    private var site: SiteStrings { SiteStrings(language) }

    // MARK: The owner's update

    private func updateForm(_ t: Strings) -> Node<HTML.BodyContext> {
        let form = updateForm
        return .section(
            .attr("aria-labelledby", "opvolging"), .attr("class", "plan-form"),
            .h2(.attr("id", "opvolging"), .text(t["tree.update.title"])),
            .if(openPeriods.isEmpty, .p(.attr("class", "notice"), .text(t["tree.update.noOpenPeriod"]))),
            .if(!openPeriods.isEmpty, .group(
                .p(.text(hasChildren ? t["tree.update.introParent"] : t["tree.update.intro"])),
                .postForm(
                    action: PlannenPath.saveUpdate(ref, item: item.code).path, csrf: csrf,
                    .formErrors(problems[.update] ?? [], strings: site),
                    .selectField(id: "u-periode", label: t["tree.update.period"], name: "periode",
                                 options: openPeriods.reversed().map { period in
                                     (period.code, t("tree.update.periodOption", period.code, PlanPageText.day(period.period.start, language),
                                                     PlanPageText.day(period.period.end, language)))
                                 },
                                 selected: form.periode),
                    .selectField(id: "u-status", label: t["tree.update.status"], name: "status",
                                 options: [("", t["tree.update.statusUnchanged"])]
                                     + StatusCatalogue.standard.statuses.map { ($0.code, PlannenText.status($0.code, language)) },
                                 selected: form.status ?? ""),
                    .field(id: "u-voortgang", label: t["tree.update.progress"], name: "voortgang", value: form.voortgang ?? "",
                           required: false, hint: hasChildren ? t["tree.update.progressHintParent"] : t["tree.update.progressHint"]),
                    .textArea(id: "u-toelichting", label: t["tree.update.explanation"], name: "toelichting", value: form.toelichting ?? "",
                              hint: t["tree.update.explanationHint"], rows: 4),
                    .textArea(id: "u-bewijs", label: t["tree.update.evidence"], name: "bewijs", value: form.bewijs ?? "",
                              hint: t["tree.update.evidenceHint"], rows: 2),
                    .submitButton(t["tree.update.submit"])
                )
            ))
        )
    }

    // MARK: Owners

    private func ownersForm(_ t: Strings) -> Node<HTML.BodyContext> {
        let current = Set(owners.map(\.id))
        let choices = possibleOwners + owners.filter { owner in !possibleOwners.contains { $0.id == owner.id } }
        return .section(
            .attr("aria-labelledby", "eigenaars"), .attr("class", "plan-form"),
            .h2(.attr("id", "eigenaars"), .text(t["tree.owners.title"])),
            .p(.text(t["tree.owners.intro"])),
            .if(choices.isEmpty, .p(.attr("class", "notice"), .text(t["tree.owners.none"]))),
            .if(!choices.isEmpty, .postForm(
                action: PlannenPath.saveOwners(ref, item: item.code).path, csrf: csrf,
                .formErrors(problems[.owners] ?? [], strings: site),
                .fieldset(
                    .legend(.text(t("tree.owners.legend", item.code))),
                    .forEach(choices) { owner in
                        .div(.attr("class", "check"),
                             .checkbox(id: "owner-\(owner.id)", name: "eigenaars[]", value: String(owner.id),
                                       checked: ownersForm.contains(owner.id)),
                             .element(named: "label", nodes: [
                                .attr("for", "owner-\(owner.id)"),
                                .text("\(owner.name) (\(owner.email))" + (current.contains(owner.id) ? " — " + t["tree.owners.current"] : "")),
                             ]))
                    }
                ),
                .submitButton(t["tree.owners.submit"])
            ))
        )
    }

    // MARK: Links

    private func linksForm(_ t: Strings) -> Node<HTML.BodyContext> {
        let chosen = Set(linksForm.themas ?? [])
        let known = Set(allThemes.map(\.code))
        let extra = chosen.subtracting(known).sorted().map { (code: $0, name: $0, parent: String?.none) }
        return .section(
            .attr("aria-labelledby", "koppelingen-form"), .attr("class", "plan-form"),
            .h2(.attr("id", "koppelingen-form"), .text(t["tree.links.title"])),
            .postForm(
                action: PlannenPath.saveLinks(ref, item: item.code).path, csrf: csrf,
                .formErrors(problems[.links] ?? [], strings: site),
                .fieldset(
                    .attr("class", "plan-themes"),
                    .legend(.text(t["tree.links.themes"])),
                    .if(allThemes.isEmpty && extra.isEmpty, .p(.attr("class", "hint"), .text(t["tree.links.noThemes"]))),
                    .forEach(allThemes + extra) { theme in
                        .div(.attr("class", "check" + (theme.parent == nil ? "" : " sub")),
                             .checkbox(id: "thema-\(theme.code)", name: "themas[]", value: theme.code, checked: chosen.contains(theme.code)),
                             .element(named: "label", nodes: [.attr("for", "thema-\(theme.code)"), .text(theme.name)]))
                    }
                ),
                .textArea(id: "l-aanbevelingen", label: t["tree.links.recommendations"], name: "aanbevelingen",
                          value: linksForm.aanbevelingen ?? "", hint: t["tree.links.codeHint"], rows: 3),
                .textArea(id: "l-werkpakketten", label: t["tree.links.workPackages"], name: "werkpakketten",
                          value: linksForm.werkpakketten ?? "", hint: t["tree.links.codeHint"], rows: 3),
                .textArea(id: "l-praktijken", label: t["tree.links.practices"], name: "praktijken",
                          value: linksForm.praktijken ?? "", hint: t["tree.links.practiceHint"], rows: 3),
                .submitButton(t["tree.links.submit"])
            )
        )
    }

    // MARK: Indicators

    private func indicatorForm(_ t: Strings) -> Node<HTML.BodyContext> {
        let form = indicatorForm
        let cijfersOptions = [("", t["tree.indicatorForm.chooseCijfers"])] + cijfersIndicators.map { ($0.code, "\($0.name) (\($0.code))") }
            + ((form.cijfers_indicator).flatMap { code in
                code.isEmpty || cijfersIndicators.contains { $0.code == code } ? nil : [(code, code)]
            } ?? [])
        return .section(
            .attr("aria-labelledby", "indicator-form"), .attr("class", "plan-form"),
            .h2(.attr("id", "indicator-form"), .text(t["tree.indicatorForm.title"])),
            .p(.text(t["tree.indicatorForm.intro"])),
            .postForm(
                action: PlannenPath.saveIndicator(ref, item: item.code).path, csrf: csrf, class: "form wide",
                .formErrors(problems[.indicator] ?? [], strings: site),
                .field(id: "i-code", label: t["tree.indicatorForm.code"], name: "code", value: form.code ?? "",
                       hint: t["tree.indicatorForm.codeHint"]),
                .field(id: "i-naam", label: t["tree.indicatorForm.name"], name: "naam", value: form.naam ?? ""),
                .field(id: "i-eenheid", label: t["tree.indicatorForm.unit"], name: "eenheid", value: form.eenheid ?? "", required: false),
                .selectField(id: "i-soort", label: t["tree.indicatorForm.kind"], name: "soort",
                             options: [("eigen", t["tree.indicatorForm.kindOwn"]), ("cijfers", t["tree.indicatorForm.kindCijfers"])],
                             selected: form.soort ?? "eigen"),
                .fieldset(
                    .legend(.text(t["tree.indicatorForm.cijfersLegend"])),
                    .selectField(id: "i-cijfers", label: t["tree.indicatorForm.cijfersIndicator"], name: "cijfers_indicator",
                                 options: cijfersOptions, selected: form.cijfers_indicator ?? ""),
                    .field(id: "i-niveau", label: t["tree.indicatorForm.level"], name: "cijfers_niveau", value: form.cijfers_niveau ?? "",
                           required: false, hint: t["tree.indicatorForm.levelHint"]),
                    .field(id: "i-gebied", label: t["tree.indicatorForm.area"], name: "cijfers_gebied", value: form.cijfers_gebied ?? "",
                           required: false)
                ),
                .fieldset(
                    .legend(.text(t["tree.indicatorForm.baseline"])),
                    .field(id: "i-nuljaar", label: t["tree.indicatorForm.year"], name: "nulmeting_jaar", value: form.nulmeting_jaar ?? "", required: false),
                    .field(id: "i-nulwaarde", label: t["tree.indicatorForm.value"], name: "nulmeting_waarde", value: form.nulmeting_waarde ?? "", required: false)
                ),
                .fieldset(
                    .legend(.text(t["tree.indicatorForm.target"])),
                    .field(id: "i-streefjaar", label: t["tree.indicatorForm.year"], name: "streef_jaar", value: form.streef_jaar ?? "", required: false),
                    .field(id: "i-streefwaarde", label: t["tree.indicatorForm.value"], name: "streef_waarde", value: form.streef_waarde ?? "", required: false)
                ),
                .selectField(id: "i-richting", label: t["tree.indicatorForm.direction"], name: "richting",
                             options: [(IndicatorDirection.higherIsBetter.rawValue, t["tree.indicator.higher"]),
                                       (IndicatorDirection.lowerIsBetter.rawValue, t["tree.indicator.lower"])],
                             selected: form.richting ?? IndicatorDirection.higherIsBetter.rawValue),
                .textArea(id: "i-waarden", label: t["tree.indicatorForm.values"], name: "waarden", value: form.waarden ?? "",
                          hint: t["tree.indicatorForm.valuesHint"], rows: 4),
                .submitButton(t["tree.indicatorForm.submit"])
            )
        )
    }
}
