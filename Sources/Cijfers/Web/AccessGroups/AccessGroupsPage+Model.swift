import AccessDomain
import Platform
import Vapor

struct AccessGroupsPageModel {
    let groups: [AccessGroupService.Group]
    var problems: [String] = []
    var notice: String?
    let csrf: String
    /// The visitor's language: the page's own words (group and organisation names are as entered).
    let language: SiteLanguage
}

struct AccessGroupEditModel {
    let group: AccessGroupService.Group
    let organisations: [OrganisationModel]
    let levels: [(code: String, name: String)]
    var problems: [String] = []
    let csrf: String
    /// The visitor's language: the page's own words (group and organisation names are as entered).
    let language: SiteLanguage

    /// Restrictions as the form's text area shows them: one per line, `indicator` or `indicator@level`.
    var restrictionLines: String {
        group.restrictions.map(\.text).joined(separator: "\n")
    }
}
