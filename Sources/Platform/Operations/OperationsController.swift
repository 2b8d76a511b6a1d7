import AccessDomain
import NIOCore
import Vapor

/// `/health`, `/ready` and `/metrics`: no sign-in, no secrets, no versions of anything in the answers.
/// - `/health`: the process answers (200 `{"status":"ok"}`), without touching the database — for a liveness probe.
/// - `/ready`: 200 when the database answers and its schema is up to date, else 503 with the reason — for a load
///   balancer deciding whether to send traffic.
/// - `/metrics`: the Prometheus text, for whom `STADSBEELD_METRICS` allows (`MetricsGate`).
struct OperationsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(OperationsPath.Route.health.pattern, use: Self.health)
        routes.get(OperationsPath.Route.ready.pattern, use: Self.ready)
        routes.get(OperationsPath.Route.metrics.pattern, use: Self.metrics)
    }

    /// On the event loop: a probe asking every second costs next to nothing.
    @Sendable static func health(req: Request) -> Response {
        json(.ok, ["status": "ok"])
    }

    @Sendable static func ready(req: Request) async -> Response {
        let known = req.application.knownMigrationNames
        switch await Readiness(database: req.db).check(known: known) {
        case .ready:
            return json(.ok, ["status": "ready"])
        case .databaseUnavailable:
            return json(.serviceUnavailable, ["status": "unavailable", "reason": "de databank antwoordt niet"])
        case .migrationsMissing(let missing):
            let reason = "het schema van de databank is niet bijgewerkt: \(missing.count) migratie(s) ontbreken "
                + "(stadsbeeld migrate)"
            return json(.serviceUnavailable, ["status": "unavailable", "reason": reason])
        }
    }

    @Sendable static func metrics(req: Request) async throws -> Response {
        let access = req.application.operationsSettings.metrics
        switch MetricsGate.decide(access, caller: .init(req)) {
        case .allowed: break
        case .hidden: throw Abort(.notFound)
        case .refused: throw Abort(.forbidden, reason: MetricsGate.refusal)
        }
        let metrics = OperationsMetrics.shared
        // What lives in the database is read now, so every server reports the same outbox.
        let readiness = Readiness(database: req.db)
        if let seconds = await readiness.ping() {
            metrics.databaseUp.set(to: 1)
            metrics.databasePing.set(to: seconds)
            if let counts = try? await MailOutbox.counts(on: req.db) {
                for (status, gauge) in metrics.mailOutbox { gauge.set(to: Double(counts[status] ?? 0)) }
            }
        } else {
            metrics.databaseUp.set(to: 0)
        }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/plain; version=0.0.4; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(string: metrics.text()))
    }

    static func json(_ status: HTTPResponseStatus, _ members: KeyValuePairs<String, String>) -> Response {
        var writer = JSONBytes(capacity: 128)
        writer.beginObject()
        for (name, value) in members { writer.member(name, value) }
        writer.endObject()
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/json; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: status, headers: headers, body: .init(buffer: writer.buffer))
    }
}

/// Who may read `/metrics`. `local` admits a request from this machine that no proxy forwarded (a proxy on the same
/// machine makes every visitor look local, so a forwarding header shuts the door), and anyone with a platform
/// admin's API token; `open` admits everyone; `off` answers 404 to everyone.
public enum MetricsGate {
    public enum Decision: Sendable, Equatable { case allowed, refused, hidden }

    public struct Caller: Sendable {
        public var loopback: Bool
        public var forwarded: Bool
        public var platformAdminToken: Bool

        public init(loopback: Bool, forwarded: Bool, platformAdminToken: Bool) {
            self.loopback = loopback
            self.forwarded = forwarded
            self.platformAdminToken = platformAdminToken
        }

        init(_ request: Request) {
            let headers = request.headers
            var isToken = false
            if case .token = request.principal?.credential { isToken = true }
            self.init(loopback: MetricsGate.isLoopback(request.remoteAddress),
                      forwarded: headers.contains(name: "X-Forwarded-For") || headers.contains(name: "Forwarded")
                          || headers.contains(name: "X-Real-IP") || headers.contains(name: "X-Forwarded-Proto"),
                      platformAdminToken: isToken && request.principal?.isPlatformAdmin == true)
        }
    }

    public static let refusal = "de metrieken zijn alleen te lezen vanaf deze machine of met een API-sleutel van een platformbeheerder"

    public static func decide(_ access: MetricsAccess, caller: Caller) -> Decision {
        switch access {
        case .off: return .hidden
        case .open: return .allowed
        case .local: return caller.platformAdminToken || (caller.loopback && !caller.forwarded) ? .allowed : .refused
        }
    }

    static func isLoopback(_ address: SocketAddress?) -> Bool {
        guard let ip = address?.ipAddress else { return false }
        return ip.hasPrefix("127.") || ip == "::1" || ip.hasPrefix("::ffff:127.")
    }
}
