import Foundation
import Synchronization

/// The service's counters, kept in memory and written in the Prometheus text format (version 0.0.4)
/// for `GET /metrics`: requests by route, method and status; a latency histogram by route; errors by
/// kind. Gauges that describe the render pool are read from it when scraped.
public final class ServiceMetrics: Sendable {
    /// Upper bounds of the latency histogram's buckets, in seconds.
    public static let latencyBuckets: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]

    private struct RequestKey: Hashable {
        var route: String
        var method: String
        var status: Int
    }

    private struct Histogram {
        var bucketCounts = [Int](repeating: 0, count: ServiceMetrics.latencyBuckets.count)
        var count = 0
        var sum = 0.0
    }

    private struct State {
        var requests: [RequestKey: Int] = [:]
        var latency: [String: Histogram] = [:]
        var errors: [String: Int] = [:]
    }

    private let state = Mutex(State())

    /// Creates empty metrics.
    public init() {}

    /// Counts one answered request on `route` (the route pattern, never the raw path).
    public func recordRequest(route: String, method: String, status: Int, seconds: Double) {
        state.withLock { state in
            state.requests[RequestKey(route: route, method: method, status: status), default: 0] += 1
            var histogram = state.latency[route] ?? Histogram()
            for (index, bound) in Self.latencyBuckets.enumerated() where seconds <= bound {
                histogram.bucketCounts[index] += 1
            }
            histogram.count += 1
            histogram.sum += seconds
            state.latency[route] = histogram
        }
    }

    /// Counts one problem of `kind`.
    public func recordError(kind: Problem.Kind) {
        state.withLock { $0.errors[kind.rawValue, default: 0] += 1 }
    }

    /// The exposition text, with the pool's gauges and the process's resident memory.
    public func prometheusText(pool: WorkerPool.Status, residentBytes: Int?) -> String {
        let snapshot = state.withLock { $0 }
        var text = ""
        text += "# HELP planpress_http_requests_total HTTP requests answered, by route, method and status.\n"
        text += "# TYPE planpress_http_requests_total counter\n"
        for (key, count) in snapshot.requests.sorted(by: { ($0.key.route, $0.key.method, $0.key.status) < ($1.key.route, $1.key.method, $1.key.status) }) {
            text += "planpress_http_requests_total{route=\"\(Self.escape(key.route))\",method=\"\(key.method)\",status=\"\(key.status)\"} \(count)\n"
        }
        text += "# HELP planpress_http_request_duration_seconds Time from request head to response head, by route.\n"
        text += "# TYPE planpress_http_request_duration_seconds histogram\n"
        for (route, histogram) in snapshot.latency.sorted(by: { $0.key < $1.key }) {
            let label = "route=\"\(Self.escape(route))\""
            for (index, bound) in Self.latencyBuckets.enumerated() {
                text += "planpress_http_request_duration_seconds_bucket{\(label),le=\"\(bound)\"} \(histogram.bucketCounts[index])\n"
            }
            text += "planpress_http_request_duration_seconds_bucket{\(label),le=\"+Inf\"} \(histogram.count)\n"
            text += "planpress_http_request_duration_seconds_sum{\(label)} \(histogram.sum)\n"
            text += "planpress_http_request_duration_seconds_count{\(label)} \(histogram.count)\n"
        }
        text += "# HELP planpress_errors_total Problems answered, by kind.\n"
        text += "# TYPE planpress_errors_total counter\n"
        for kind in Problem.Kind.allCases {
            text += "planpress_errors_total{kind=\"\(kind.rawValue)\"} \(snapshot.errors[kind.rawValue] ?? 0)\n"
        }
        text += "# HELP planpress_renders_in_flight Jobs running on the render workers now.\n"
        text += "# TYPE planpress_renders_in_flight gauge\nplanpress_renders_in_flight \(pool.running)\n"
        text += "# HELP planpress_renders_queued Jobs waiting for a render worker.\n"
        text += "# TYPE planpress_renders_queued gauge\nplanpress_renders_queued \(pool.queued)\n"
        text += "# HELP planpress_render_workers_ready Render workers warmed up and taking jobs.\n"
        text += "# TYPE planpress_render_workers_ready gauge\nplanpress_render_workers_ready \(pool.readyWorkers)\n"
        text += "# HELP planpress_renders_finished_after_timeout_total Renders that finished after their caller got 503.\n"
        text += "# TYPE planpress_renders_finished_after_timeout_total counter\n"
        text += "planpress_renders_finished_after_timeout_total \(pool.finishedAfterTimeout)\n"
        if let residentBytes {
            text += "# HELP process_resident_memory_bytes Resident memory size in bytes.\n"
            text += "# TYPE process_resident_memory_bytes gauge\nprocess_resident_memory_bytes \(residentBytes)\n"
        }
        return text
    }

    private static func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }
}
