import Platform

/// The write routes of the leefloon advice. Asking an advice computes and stores nothing: anyone may (the form with
/// its CSRF token, the API without). Recording a decision on an advice takes a signed-in member; it lands in the
/// member's own organisation.
extension WriteRoute {
    public static let leefloonAdvice = WriteRoute("leefloon.advice", LeefloonPath.Route.advice.pattern, rule: .anyone)
    public static let leefloonDecide = WriteRoute("leefloon.decide", LeefloonPath.Route.decisions.pattern, rule: .signedIn)
    public static let leefloonAPIAdvice = WriteRoute("leefloon.apiAdvice", LeefloonAPIPath.Route.advice.pattern, rule: .anyone, isAPI: true)

    static let leefloon: [WriteRoute] = [.leefloonAdvice, .leefloonDecide, .leefloonAPIAdvice]
}
