import NIOCore
import Prometheus
import Synchronization
import Vapor

/// Counts every answer by method, route pattern and status class, and times it. It runs on the event loop, like the
/// other platform middleware (an async middleware costs two thread hops per request), and builds no labels per
/// request: the counters of a route are made the first time the route answers and kept by the route's identity.
/// The route is the pattern (`/api/v1/areas/:level`), never the path asked, so the number of series stays bounded;
/// whatever no route matched counts under `unmatched`. Put it first in the list, so it sees every answer, errors
/// included.
public final class RequestMetricsMiddleware: Middleware, Sendable {
    private let metrics: OperationsMetrics
    private let routes = Mutex<[ObjectIdentifier: RouteSeries]>([:])
    private let unmatched: [String: RouteSeries]

    public init(metrics: OperationsMetrics = .shared) {
        self.metrics = metrics
        unmatched = Dictionary(uniqueKeysWithValues: RouteSeries.methods.map { method in
            (method, RouteSeries(method: method, route: "unmatched", registry: metrics.registry))
        })
    }

    public func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let started = NIODeadline.now()
        let inFlight = metrics.inFlight
        inFlight.increment()
        return next.respond(to: request).always { result in
            let status: UInt
            switch result {
            case .success(let response): status = response.status.code
            case .failure(let error): status = (error as? any AbortError)?.status.code ?? 500
            }
            self.series(for: request).record(status: status, nanoseconds: (NIODeadline.now() - started).nanoseconds)
            inFlight.decrement()
        }
    }

    /// The series of the route that answered (the router sets it before the middleware runs).
    private func series(for request: Request) -> RouteSeries {
        guard let route = request.route else {
            return unmatched[RouteSeries.method(request.method)] ?? unmatched["OTHER"]!
        }
        let key = ObjectIdentifier(route)
        if let known = routes.withLock({ $0[key] }) { return known }
        let made = RouteSeries(method: RouteSeries.method(route.method), route: RouteSeries.pattern(route.path),
                               registry: metrics.registry)
        // The application keeps its routes as long as this middleware lives, so an identity is never reused.
        return routes.withLock { known in
            if let other = known[key] { return other }
            known[key] = made
            return made
        }
    }
}

/// The counters of one route: one per status class, and the duration histogram.
final class RouteSeries: Sendable {
    /// Methods with their own label; anything else a client sends counts as OTHER.
    static let methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "OTHER"]
    static let classes = ["1xx", "2xx", "3xx", "4xx", "5xx"]

    private let counters: [Counter]
    private let duration: DurationHistogram

    init(method: String, route: String, registry: PrometheusCollectorRegistry) {
        counters = Self.classes.map { statusClass in
            registry.makeCounter(descriptor: .named("stadsbeeld_http_requests_total", "Answered requests by method, route pattern and status class"),
                                 labels: [("method", method), ("route", route), ("status", statusClass)])
        }
        duration = registry.makeDurationHistogram(
            descriptor: MetricNameDescriptor(metricName: "stadsbeeld_http_request_duration", unitName: "seconds",
                                             helpText: "Time from the request reaching the application to its answer"),
            labels: [("method", method), ("route", route)],
            buckets: OperationsMetrics.durationBuckets)
    }

    func record(status: UInt, nanoseconds: Int64) {
        let index = min(max(Int(status / 100) - 1, 0), Self.classes.count - 1)
        counters[index].increment()
        duration.recordNanoseconds(nanoseconds)
    }

    static func method(_ method: HTTPMethod) -> String {
        let name = method.rawValue
        return methods.contains(name) ? name : "OTHER"
    }

    /// `/api/v1/areas/:level`; the root is `/`.
    static func pattern(_ path: [PathComponent]) -> String {
        "/" + path.map(\.description).joined(separator: "/")
    }
}
