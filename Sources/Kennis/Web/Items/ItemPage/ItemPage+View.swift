import Foundation
import KennisDomain
import Platform
import Plot

extension KnowledgeItemPageModel {
    func page() -> Page {
        let t = KennisText.strings(language)
        let site = SiteStrings(language)
        let content = item.content
        let title = KennisText.text(content.title, language)
        let summary = KennisText.text(content.summary, language)
        let body = KennisText.text(content.body, language)
        return Page(
            title: title,
            breadcrumbs: [(site.home, SitePath.home.path), (t["items.home.title"], KennisPath.home.path),
                          (KennisText.pair(item.kind.plural, language), KennisPath.list(item.kind).path), (title, nil)],
            description: summary,
            content: .group(
                .notice(notice),
                .p(.attr("class", "kennis-kind"), .text(KennisText.pair(item.kind.name, language)),
                   .if(item.status != .gepubliceerd, .group(.text(" "), ItemWidgets.statusBadge(item.status, language)))),
                reviewNote(t),
                .if(!summary.isEmpty, .p(.attr("class", "kennis-summary"), .text(summary))),
                facts(t),
                details(t),
                .if(!body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                    .div(.attr("class", "kennis-body"), ItemMarkdown.node(body, slug: item.slug))),
                sections(t),
                files(t),
                connections(t),
                .if(manages, manage(t))
            ),
            strings: site)
    }

    /// The editor's note when an item was sent back, for its author and the editors.
    private func reviewNote(_ t: Strings) -> Node<HTML.BodyContext> {
        guard manages, item.status == .concept, let note = item.reviewNote, !note.isEmpty else { return .empty }
        return .div(.attr("class", "kennis-review-note"), .attr("role", "note"),
                    .p(.strong(.text(t["items.item.reviewNote"]))),
                    .p(.text(note)))
    }

    private func facts(_ t: Strings) -> Node<HTML.BodyContext> {
        let content = item.content
        let topics = content.themes.map { code in (code, KennisCatalog.topic(code).map { KennisText.text($0.name, language) } ?? code) }
        return .dl(
            .attr("class", "facts kennis-facts"),
            // An event's own date is its "when" below; the date it was announced would only confuse.
            .if(item.kind != .evenement, .group(.dt(.text(t["items.item.date"])), .dd(.text(KennisText.date(item.shownDate, language))))),
            .if(!topics.isEmpty, .group(
                .dt(.text(t["items.item.topics"])),
                .dd(.ul(.attr("class", "kennis-tags"), .forEach(topics) { code, name in
                    .li(.a(.attr("href", KennisPath.list(item.kind).url([("thema", code)])), .text(name)))
                }))
            )),
            .if(!content.cities.isEmpty, .group(
                .dt(.text(t["items.item.cities"])),
                .dd(.ul(.attr("class", "kennis-tags"), .forEach(content.cities) { code in
                    .li(.a(.attr("href", KennisPath.list(item.kind).url([("stad", code)])), .text(names[code] ?? code)))
                }))
            ))
        )
    }

    // MARK: Files

    private func files(_ t: Strings) -> Node<HTML.BodyContext> {
        let files = item.files
        guard !files.isEmpty || (mayEdit && manages) else { return .empty }
        let removable = mayEdit && manages
        return .section(
            .attr("class", "kennis-files"), .attr("aria-labelledby", "bestanden"),
            .h2(.attr("id", "bestanden"), .text(t["items.files.title"])),
            .formErrors(problems[.files] ?? [], strings: SiteStrings(language)),
            files.isEmpty ? .p(.text(t["items.files.none"])) : ItemWidgets.scrollTable(t["items.files.caption"],
                .table(
                    .attr("class", "data"),
                    .caption(.text(t["items.files.caption"])),
                    .thead(.tr(
                        .th(.attr("scope", "col"), .text(t["items.files.name"])),
                        .th(.attr("scope", "col"), .text(t["items.files.type"])),
                        .th(.attr("scope", "col"), .attr("class", "num"), .text(t["items.files.size"])),
                        .th(.attr("scope", "col"), .text(t["items.files.version"])),
                        .if(removable, .th(.attr("scope", "col"), .text(t["items.files.actions"])))
                    )),
                    .tbody(.forEach(files) { file in
                        .tr(
                            .td(.a(.attr("href", KennisPath.file(item.slug, file: file.id, name: file.name).path), .text(file.title)),
                                .if(file.title != file.name, .span(.attr("class", "kennis-file-name"), .text(" (\(file.name))")))),
                            .td(.text(file.fileKind.uppercased())),
                            .td(.attr("class", "num"), .text(KennisText.size(file.size, language))),
                            .td(.text(file.versionLabel ?? "")),
                            .if(removable, .td(.postForm(
                                action: KennisPath.removeFile(item.slug, file: file.id).path, csrf: csrf, class: "inline",
                                .labelledButton(t["items.files.remove"], label: t("items.files.removeLabel", file.title)))))
                        )
                    })
                )
            ),
            .if(removable, uploadForm(t))
        )
    }

    // MARK: Connections

    private func connections(_ t: Strings) -> Node<HTML.BodyContext> {
        guard !climate.isEmpty || !related.isEmpty else { return .empty }
        let site = SiteStrings(language)
        return .section(
            .attr("class", "kennis-connections"), .attr("aria-labelledby", "verbonden"),
            .h2(.attr("id", "verbonden"), .text(t["items.links.title"])),
            .if(!climate.themes.isEmpty, .group(
                .h3(.text(t["items.links.themes"])),
                .ul(.forEach(climate.themes) { theme in .li(.a(.attr("href", theme.path), .text(theme.name))) })
            )),
            .if(!climate.workPackages.isEmpty, .group(
                .h3(.text(t["items.links.workPackages"])),
                .ul(.forEach(climate.workPackages) { entry in climateEntry(entry, label: t("items.links.workPackage", String(entry.number))) })
            )),
            .if(!climate.recommendations.isEmpty, .group(
                .h3(.text(t["items.links.recommendations"])),
                .ul(.forEach(climate.recommendations) { entry in
                    climateEntry(entry, label: t("items.links.recommendation", String(entry.number)))
                })
            )),
            .if(!related.isEmpty, .group(
                .h3(.text(t["items.links.related"])),
                .ul(.forEach(related) { link -> Node<HTML.ListContext> in
                    let note = link.note.map { " — " + $0.text(site) } ?? ""
                    return .li(.span(.attr("class", "kennis-kind"), .text(link.kind.text(site) + ": ")),
                               .a(.attr("href", link.path), .text(link.title.text(site))), .text(note))
                })
            ))
        )
    }

    private func climateEntry(_ entry: ClimateLinks.Entry, label: String) -> Node<HTML.ListContext> {
        let text = entry.text.map { "\(label): \($0)" } ?? label
        guard let path = entry.path else { return .li(.text(text)) }
        return .li(.a(.attr("href", path), .text(text)))
    }
}
