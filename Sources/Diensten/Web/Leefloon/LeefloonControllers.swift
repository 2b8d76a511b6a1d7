import Vapor

/// The leefloon part's pages and API: the advice form and its trail, the decisions, the amounts over time.
enum LeefloonControllers {
    static var all: [any RouteCollection] { [LeefloonAdviceController(), LeefloonDecisionController(), LeefloonAmountsController(), LeefloonAPIController()] }
}
