import Vapor

/// The controllers of the Kennis pillar, registered by `KennisPillar.boot`.
enum KennisControllers {
    static var all: [any RouteCollection] {
        [
        KnowledgeItemController(),
        KnowledgeEventController(),
        NewsletterController(),
        SiteSearchController(),
        KennisAPIController(),
        ]
    }
}
