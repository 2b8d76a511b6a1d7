import Platform
import PlannenDomain
import Plot

extension ImportPageModel {
    func page() -> Page {
        let t = PlannenText.strings(language)
        return Page(
            title: t["manage.import.title"],
            breadcrumbs: [(t["common.plans"], PlannenPath.home.path), (organisation.name, nil), (t["manage.import.title"], nil)],
            description: t("manage.import.description", organisation.name),
            content: .group(
                .p(.attr("class", "lead"), .text(t("manage.import.lead", organisation.name))),
                .formErrors(problems, strings: SiteStrings(language)),
                fileProblemList(t),
                existingPlans(t),
                form(t),
                columnsHelp(t)
            ),
            strings: SiteStrings(language))
    }

    /// The located problems of the files: a summary announced to screen readers, then a table to work through.
    private func fileProblemList(_ t: Strings) -> Node<HTML.BodyContext> {
        .if(!fileProblems.isEmpty, .div(
            .attr("class", "import-problems"),
            .p(.attr("class", "form-errors"), .attr("role", "alert"),
               .text(fileProblems.count == 1 ? t["manage.import.problemsOne"] : t("manage.import.problemsMany", String(fileProblems.count)))),
            .div(.attr("class", "table-scroll"), .table(
                .attr("class", "data"),
                .caption(.text(t["manage.import.problemsCaption"])),
                .thead(.tr(
                    .th(.attr("scope", "col"), .text(t["manage.import.file"])),
                    .th(.attr("scope", "col"), .text(t["manage.import.row"])),
                    .th(.attr("scope", "col"), .text(t["manage.import.column"])),
                    .th(.attr("scope", "col"), .text(t["manage.import.reason"])))),
                .tbody(.forEach(fileProblems) { problem in
                    .tr(.td(.text(problem.file)),
                        .td(.attr("class", "num"), .text(problem.row.map(String.init) ?? "—")),
                        .td(.text(problem.column ?? "—")),
                        .td(.text(problem.reason)))
                })
            ))
        ))
    }

    /// The organisation's plans and what an import into each would do now.
    private func existingPlans(_ t: Strings) -> Node<HTML.BodyContext> {
        .section(
            .attr("aria-labelledby", "plannen-kop"),
            .h2(.attr("id", "plannen-kop"), .text(t["manage.import.existing"])),
            .if(plans.isEmpty, .p(.text(t["manage.import.noPlans"]))),
            .if(!plans.isEmpty, .ul(.forEach(plans) { plan in
                let effect = Self.effect(of: plan)
                return .li(
                    .a(.attr("href", PlannenPath.manage(PlanRef(plan)).path), .text(plan.name)),
                    .text(" (\(plan.code)): "),
                    .text(effect.draft ? t("manage.import.replacesDraft", String(effect.number))
                                       : t("manage.import.startsVersion", String(effect.number))))
            }))
        )
    }

    private func form(_ t: Strings) -> Node<HTML.BodyContext> {
        .section(
            .attr("aria-labelledby", "inlezen-kop"),
            .h2(.attr("id", "inlezen-kop"), .text(t["manage.import.formTitle"])),
            .element(named: "form", nodes: [
                .attr("method", "post"), .attr("action", PlannenPath.importPlan(organisation: organisation.code).path),
                .attr("enctype", "multipart/form-data"), .attr("class", "form"),
                .hidden(name: CSRF.field, value: csrf),
                .field(id: "plan", label: t["manage.import.planCode"], name: "plan", value: planCode,
                       hint: t["manage.import.planCodeHint"]),
                .field(id: "naam", label: t["manage.import.name"], name: "naam", value: name, required: false,
                       hint: t["manage.import.nameHint"]),
                Self.fileField(id: "planbestand", label: t["manage.import.planFile"], hint: t["manage.import.planFileHint"],
                               required: true),
                Self.fileField(id: "budgetbestand", label: t["manage.import.budgetFile"], hint: t["manage.import.budgetFileHint"],
                               required: false),
                .submitButton(t["manage.import.submit"]),
            ])
        )
    }

    static func fileField(id: String, label: String, hint: String, required: Bool) -> Node<HTML.BodyContext> {
        .div(.attr("class", "field"),
             .element(named: "label", nodes: [.attr("for", id), .text(label)]),
             .p(.attr("id", "\(id)-hint"), .attr("class", "hint"), .text(hint)),
             .element(Element<HTML.BodyContext>.selfClosed(named: "input", attributes: [
                .attr("type", "file"), .attr("id", id), .attr("name", id),
                .attr("accept", ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                .attr("aria-describedby", "\(id)-hint"),
             ] + (required ? [.attr("required", "required")] : []))))
    }

    /// The columns of both files, straight from the domain's format.
    private func columnsHelp(_ t: Strings) -> Node<HTML.BodyContext> {
        .section(
            .attr("aria-labelledby", "kolommen-kop"),
            .h2(.attr("id", "kolommen-kop"), .text(t["manage.import.columnsTitle"])),
            .p(.text(t["manage.import.columnsIntro"])),
            .dl(.attr("class", "facts"),
                .dt(.text(PlanCSVExporter.planFileName)),
                .dd(.text(PlanColumn.allCases.map { $0.isRequired ? "\($0.rawValue) *" : $0.rawValue }.joined(separator: "; "))),
                .dt(.text(PlanCSVExporter.budgetFileName)),
                .dd(.text(BudgetColumn.allCases.map { "\($0.rawValue) *" }.joined(separator: "; ")))),
            .p(.attr("class", "hint"), .text(t["manage.import.columnsRequired"]))
        )
    }
}
