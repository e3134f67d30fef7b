import Prometheus
import Synchronization

/// The service's metrics in a swift-prometheus registry, written in the Prometheus text format for
/// `GET /metrics`: requests by route, method and status; a latency histogram by route; problems by kind.
/// Gauges that describe the render pool and the process are read when scraped.
public final class ServiceMetrics: Sendable {
    /// Upper bounds of the latency histogram's buckets, in seconds.
    public static let latencyBuckets: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]

    private let registry = PrometheusCollectorRegistry()
    private let rendersInFlight: Gauge
    private let rendersQueued: Gauge
    private let workersReady: Gauge
    private let residentMemory: Gauge
    private let finishedAfterTimeout: Counter
    /// The pool's late finishes already added to `finishedAfterTimeout`.
    private let lateFinishesCounted = Mutex(0)

    // Computed: swift-prometheus's descriptor is not Sendable, so it cannot be a stored static.
    private static var requests: MetricNameDescriptor {
        metric("http_requests", unit: "total", help: "HTTP requests answered, by route, method and status.")
    }
    private static var latency: MetricNameDescriptor {
        metric("http_request_duration", unit: "seconds", help: "Time from request head to response head, by route.")
    }
    private static var errors: MetricNameDescriptor { metric("errors", unit: "total", help: "Problems answered, by kind.") }

    /// The metric `namespace_name_unit` (`namespace_name` when `unit` is empty) with its help line.
    private static func metric(_ name: String, unit: String = "", help: String,
                               namespace: String = "planpress") -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: namespace, metricName: name, unitName: unit, helpText: help)
    }

    /// Creates metrics with every problem kind's counter at 0.
    public init() {
        rendersInFlight = registry.makeGauge(descriptor: Self.metric(
            "renders_in_flight", help: "Jobs running on the render workers now."))
        rendersQueued = registry.makeGauge(descriptor: Self.metric(
            "renders_queued", help: "Jobs waiting for a render worker."))
        workersReady = registry.makeGauge(descriptor: Self.metric(
            "render_workers_ready", help: "Render workers warmed up and taking jobs."))
        finishedAfterTimeout = registry.makeCounter(descriptor: Self.metric(
            "renders_finished_after_timeout", unit: "total", help: "Renders that finished after their caller got 503."))
        residentMemory = registry.makeGauge(descriptor: Self.metric(
            "resident_memory", unit: "bytes", help: "Resident memory size in bytes.", namespace: "process"))
        for kind in Problem.Kind.allCases {
            _ = registry.makeCounter(descriptor: Self.errors, labels: [("kind", kind.rawValue)])
        }
    }

    /// Counts one answered request on `route` (the route pattern, never the raw path).
    public func recordRequest(route: String, method: String, status: Int, seconds: Double) {
        registry.makeCounter(descriptor: Self.requests,
                             labels: [("route", route), ("method", method), ("status", String(status))]).increment()
        registry.makeValueHistogram(descriptor: Self.latency, labels: [("route", route)], buckets: Self.latencyBuckets)
            .record(seconds)
    }

    /// Counts one problem of `kind`.
    public func recordError(kind: Problem.Kind) {
        registry.makeCounter(descriptor: Self.errors, labels: [("kind", kind.rawValue)]).increment()
    }

    /// The exposition text, with the pool's gauges and the process's resident memory.
    public func prometheusText(pool: WorkerPool.Status, residentBytes: Int?) -> String {
        rendersInFlight.set(Int64(pool.running))
        rendersQueued.set(Int64(pool.queued))
        workersReady.set(Int64(pool.readyWorkers))
        lateFinishesCounted.withLock { counted in
            finishedAfterTimeout.increment(by: Int64(max(0, pool.finishedAfterTimeout - counted)))
            counted = max(counted, pool.finishedAfterTimeout)
        }
        if let residentBytes { residentMemory.set(Int64(residentBytes)) }
        return registry.emitToString()
    }
}
