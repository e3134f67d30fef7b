import Foundation
@testable import PlanPressServer
import Testing

/// Dashboards and alerts know the metrics by name: `/metrics` names each family with its help and type
/// exactly as before, and reports the pool's gauges as given.
@Suite struct MetricsExpositionTests {
    @Test func familiesKeepTheirNamesHelpAndType() {
        let metrics = ServiceMetrics()
        metrics.recordRequest(route: "/v1/render", method: "POST", status: 200, seconds: 0.2)
        metrics.recordError(kind: .notFound)
        let pool = WorkerPool.Status(workers: 2, readyWorkers: 2, running: 1, queued: 3, finishedAfterTimeout: 4,
                                     startupFailure: nil)
        let text = metrics.prometheusText(pool: pool, residentBytes: 12345)
        if let path = ProcessInfo.processInfo.environment["PLANPRESS_METRICS_DUMP"] {
            try? text.write(toFile: path, atomically: false, encoding: .utf8)  // to compare whole expositions by hand
        }
        let described = text.split(separator: "\n").filter { $0.hasPrefix("#") }.sorted()
        #expect(described == [
            "# HELP planpress_errors_total Problems answered, by kind.",
            "# HELP planpress_http_request_duration_seconds Time from request head to response head, by route.",
            "# HELP planpress_http_requests_total HTTP requests answered, by route, method and status.",
            "# HELP planpress_render_workers_ready Render workers warmed up and taking jobs.",
            "# HELP planpress_renders_finished_after_timeout_total Renders that finished after their caller got 503.",
            "# HELP planpress_renders_in_flight Jobs running on the render workers now.",
            "# HELP planpress_renders_queued Jobs waiting for a render worker.",
            "# HELP process_resident_memory_bytes Resident memory size in bytes.",
            "# TYPE planpress_errors_total counter",
            "# TYPE planpress_http_request_duration_seconds histogram",
            "# TYPE planpress_http_requests_total counter",
            "# TYPE planpress_render_workers_ready gauge",
            "# TYPE planpress_renders_finished_after_timeout_total counter",
            "# TYPE planpress_renders_in_flight gauge",
            "# TYPE planpress_renders_queued gauge",
            "# TYPE process_resident_memory_bytes gauge",
        ])
        #expect(text.contains("planpress_renders_queued 3.0\n"))
        #expect(text.contains("planpress_renders_finished_after_timeout_total 4\n"))
        #expect(text.contains("process_resident_memory_bytes 12345.0\n"))
    }
}
