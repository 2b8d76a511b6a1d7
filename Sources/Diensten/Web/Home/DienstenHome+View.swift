import Platform
import Plot

extension DienstenHomeModel {
    func page() -> Page {
        let t = DienstenText.strings(language)
        return Page(
            title: t["home.title"],
            breadcrumbs: [(t["home.title"], nil)],
            description: t["home.description"],
            content: .group(
                .p(.text(t["home.intro"])),
                .forEach(Array(services.enumerated())) { index, service in
                    .section(
                        .attr("class", "service-card"), .attr("aria-labelledby", "dienst-\(index)"),
                        .h2(.attr("id", "dienst-\(index)"), .text(t[service.titleKey])),
                        .p(.text(t[service.textKey])),
                        .ul(.forEach(service.links) { link in .li(.a(.attr("href", link.path), .text(t[link.labelKey]))) })
                    )
                }
            ),
            strings: SiteStrings(language))
    }
}
