import Vapor

/// The demad part's pages and API.
enum DemadControllers {
    static var all: [any RouteCollection] {
        [DemadDashboardController(), DemadCasesController(), DemadImportController(), DemadBenchmarkController(), DemadScaleController(),
         DemadAPIController()]
    }
}
