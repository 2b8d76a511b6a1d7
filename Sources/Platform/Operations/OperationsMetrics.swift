import Foundation
import Prometheus

/// The server's counters in one Prometheus registry for the whole process (a server process runs one application).
/// Requests are counted by `RequestMetricsMiddleware`, imports by the import service through `ImportMetrics`; what
/// lives in the database (the mail outbox, whether the database answers) is read when Prometheus asks
/// (`OperationsController`). Names and meanings: docs/operations.md.
public final class OperationsMetrics: Sendable {
    public static let shared = OperationsMetrics()

    public let registry: PrometheusCollectorRegistry
    /// Requests being answered right now; during a graceful shutdown it falls to zero.
    let inFlight: Gauge
    let imports: ImportMetrics
    let mailOutbox: [MailStatus: Gauge]
    let databaseUp: Gauge
    let databasePing: Gauge

    init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        inFlight = registry.makeGauge(descriptor: .named("stadsbeeld_http_requests_in_flight", "Requests being answered now"))
        imports = ImportMetrics(registry: registry)
        mailOutbox = Dictionary(uniqueKeysWithValues: MailStatus.allCases.map { status in
            (status, registry.makeGauge(descriptor: .named("stadsbeeld_mail_outbox_messages",
                                                           "Messages in the mail outbox by status (all servers share the outbox)"),
                                        labels: [("status", status.rawValue)]))
        })
        databaseUp = registry.makeGauge(descriptor: .named("stadsbeeld_database_up", "1 when the database answered the last scrape"))
        databasePing = registry.makeGauge(descriptor: .named("stadsbeeld_database_ping_seconds",
                                                             "Time the database took to answer a trivial query at the last scrape"))
        registry.makeGauge(descriptor: .named("stadsbeeld_process_start_time_seconds", "When this process started, in seconds since 1970"))
            .set(to: Date().timeIntervalSince1970)
    }

    /// Series per route and status class share one name; these are their buckets (seconds).
    static let durationBuckets: [Duration] = [
        .milliseconds(1), .microseconds(2500), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
        .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2500), .seconds(5), .seconds(10),
    ]

    /// The text Prometheus reads (format 0.0.4).
    public func text() -> String { registry.emitToString() }
}

/// Imports of figures in this process: how many landed, how many were refused or failed, and how many values they
/// wrote. An import on the command line runs in its own process and is not counted by a server.
public final class ImportMetrics: Sendable {
    let succeeded: Counter
    let failed: Counter
    let valuesImported: Counter
    let valuesAggregated: Counter
    let duration: DurationHistogram

    init(registry: PrometheusCollectorRegistry) {
        let runs = "Imports of figures finished in this process, by outcome"
        succeeded = registry.makeCounter(descriptor: .named("stadsbeeld_imports_total", runs), labels: [("outcome", "imported")])
        failed = registry.makeCounter(descriptor: .named("stadsbeeld_imports_total", runs), labels: [("outcome", "failed")])
        let values = "Values written by imports in this process: read from the files, or computed up the area hierarchy"
        valuesImported = registry.makeCounter(descriptor: .named("stadsbeeld_import_values_written_total", values), labels: [("kind", "imported")])
        valuesAggregated = registry.makeCounter(descriptor: .named("stadsbeeld_import_values_written_total", values), labels: [("kind", "aggregated")])
        duration = registry.makeDurationHistogram(
            descriptor: MetricNameDescriptor(metricName: "stadsbeeld_import_duration", unitName: "seconds",
                                             helpText: "How long imports took, refused ones included"),
            labels: [],
            buckets: [.seconds(1), .seconds(5), .seconds(15), .seconds(60), .seconds(300), .seconds(900), .seconds(3600)])
    }

    /// The counters of this process.
    public static var shared: ImportMetrics { OperationsMetrics.shared.imports }

    /// An import that ended: committed (`landed`) with the values it wrote, or not (nothing written).
    public func finished(landed: Bool, values: Int, aggregated: Int, since started: Date) {
        let seconds = Date().timeIntervalSince(started)
        if landed { imported(values: values, aggregated: aggregated, seconds: seconds) } else { failed(seconds: seconds) }
    }

    /// An import that landed, with the values it wrote.
    public func imported(values: Int, aggregated: Int, seconds: Double) {
        succeeded.increment()
        valuesImported.increment(by: Int64(values))
        valuesAggregated.increment(by: Int64(aggregated))
        duration.record(.nanoseconds(Int64(seconds * 1e9)))
    }

    /// An import that wrote nothing: refused for its problems, or stopped by an error (rolled back either way).
    public func failed(seconds: Double) {
        failed.increment()
        duration.record(.nanoseconds(Int64(seconds * 1e9)))
    }
}

extension MetricNameDescriptor {
    /// A metric by its full name (`stadsbeeld_…_total`) and help text.
    static func named(_ name: String, _ help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(metricName: name, unitName: "", helpText: help)
    }
}
