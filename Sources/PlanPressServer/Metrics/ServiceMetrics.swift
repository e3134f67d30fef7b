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

    private static var requests: MetricNameDescriptor { MetricNameDescriptor(
        namespace: "planpress", metricName: "http_requests", unitName: "total",
        helpText: "HTTP requests answered, by route, method and status.") }
    private static var latency: MetricNameDescriptor { MetricNameDescriptor(
        namespace: "planpress", metricName: "http_request_duration", unitName: "seconds",
        helpText: "Time from request head to response head, by route.") }
    private static var errors: MetricNameDescriptor { MetricNameDescriptor(
        namespace: "planpress", metricName: "errors", unitName: "total", helpText: "Problems answered, by kind.") }

    /// Creates metrics with every problem kind's counter at 0.
    public init() {
        rendersInFlight = registry.makeGauge(descriptor: MetricNameDescriptor(
            namespace: "planpress", metricName: "renders_in_flight", unitName: "",
            helpText: "Jobs running on the render workers now."))
        rendersQueued = registry.makeGauge(descriptor: MetricNameDescriptor(
            namespace: "planpress", metricName: "renders_queued", unitName: "",
            helpText: "Jobs waiting for a render worker."))
        workersReady = registry.makeGauge(descriptor: MetricNameDescriptor(
            namespace: "planpress", metricName: "render_workers_ready", unitName: "",
            helpText: "Render workers warmed up and taking jobs."))
        finishedAfterTimeout = registry.makeCounter(descriptor: MetricNameDescriptor(
            namespace: "planpress", metricName: "renders_finished_after_timeout", unitName: "total",
            helpText: "Renders that finished after their caller got 503."))
        residentMemory = registry.makeGauge(descriptor: MetricNameDescriptor(
            namespace: "process", metricName: "resident_memory", unitName: "bytes",
            helpText: "Resident memory size in bytes."))
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
