import Foundation
import Layout
import PlanPress
import Render

/// `planpress-bench chairside [RUNS]`: the chairside preview's latency in process, the issue's "from an
/// edited case to the PNG bytes of the shown screen at 1920 px wide", with a warm `Renderer` (fonts,
/// templates and images as a render service keeps them).
///
/// Each run edits `Fixtures/cases/full-mouth.yaml` (the first variant's name gets the run's number, so the
/// shown screen changes), writes it, and renders that variant's chairside screen as a PNG 1920 px wide
/// (144 dpi, zlib level 1). p50 and p95 of `RUNS` (default 100) runs after 5 warm-ups. Measured in the
/// same run, as references: the whole chairside booklet (every screen) as PNGs, and the whole premium
/// booklet as a PDF in process (the `Renderer` reusing its `PDFWriterCache` from the run before); and the
/// writing alone of that edited booklet's PDF, by the `Renderer` (its cache holding the previous edit's
/// streams and subsets) and, as its reference, by a fresh `PDFExporter`, alternating in the same runs.
enum ChairsideBenchmark {
    static let warmUps = 5
    /// The screen shown: the first variant's (screens 1–2 are the current state).
    static let screen = 3
    static let variantName = "Мостовидные протезы (металлокерамика)"

    static func run(arguments: [String]) throws {
        let runs = arguments.first.flatMap { Int($0) } ?? 100
        let resources = try ResourceLocator.locate()
        let fixtures = resources.root.appendingPathComponent("Fixtures")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-chairside-\(getpid())")
        try FileManager.default.createDirectory(at: work.appendingPathComponent("cases"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        for folder in ["images", "prices"] {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(folder), to: work.appendingPathComponent(folder))
        }
        let original = try String(contentsOf: fixtures.appendingPathComponent("cases/full-mouth.yaml"), encoding: .utf8)
        guard original.contains(variantName) else { throw Failure.message("full-mouth.yaml no longer names the variant '\(variantName)'") }
        let casePath = work.appendingPathComponent("cases/full-mouth.yaml").path
        func edit(_ run: Int) throws {
            try original.replacingOccurrences(of: variantName, with: "\(variantName) №\(run)")
                .write(toFile: casePath, atomically: true, encoding: .utf8)
        }

        let renderer = try Renderer(resources: resources)
        let shown = RenderOptions(format: .png, pages: try PageSelection(parsing: "\(screen)"), dpi: 144, pngCompression: 1,
                                  template: "chairside")
        var every = shown
        every.pages = .all
        let premium = RenderOptions(format: .pdf)

        print("Chairside benchmark: \(runs) runs after \(warmUps) warm-ups; load average before: \(RenderBenchmark.loadAverage())")
        try edit(0)
        let first = try renderer.render(CaseInput.file(atPath: casePath, root: work), options: shown)
        let width = first.files.first.map { pngWidth($0.bytes) } ?? 0
        print("screen \(screen) of \(first.pageCount), \(width) px wide, \(first.files.first?.bytes.count ?? 0) bytes")
        let screenTimes = try times(runs: runs) { run in
            try edit(run)
            _ = try renderer.render(CaseInput.file(atPath: casePath, root: work), options: shown)
        }
        let everyTimes = try times(runs: max(5, runs / 5)) { run in
            try edit(run)
            _ = try renderer.render(CaseInput.file(atPath: casePath, root: work), options: every)
        }
        let premiumTimes = try times(runs: max(5, runs / 5)) { run in
            try edit(run)
            _ = try renderer.render(CaseInput.file(atPath: casePath, root: work), options: premium)
        }
        var writing = (reused: (wall: [Double](), cpu: [Double]()), fresh: (wall: [Double](), cpu: [Double]()))
        for run in -warmUps..<max(5, runs / 5) {
            try edit(2_000 + run)
            let (document, fingerprint, _) = try renderer.booklet(CaseInput.file(atPath: casePath, root: work), options: premium)
            let reused = try times(runs: 1, warmUps: 0) { _ in _ = try renderer.export(document, fingerprint: fingerprint, options: premium) }
            let fresh = try times(runs: 1, warmUps: 0) { _ in _ = try PDFExporter(archival: document.archival).export(document) }
            guard run >= 0 else { continue }
            writing.reused.wall += reused.wall; writing.reused.cpu += reused.cpu
            writing.fresh.wall += fresh.wall; writing.fresh.cpu += fresh.cpu
        }
        print("")
        print("| what | p50 (ms) | p95 (ms) | CPU p50 (ms) | p50 ratio to the whole chairside booklet |")
        print("|---|---:|---:|---:|---:|")
        let reference = percentile(everyTimes.wall, 50)
        for (name, values) in [("edited case → screen \(screen) PNG, 1920 px (budget p50 50, p95 100)", screenTimes),
                               ("edited case → every chairside screen as PNG (reference)", everyTimes),
                               ("edited case → whole premium booklet as PDF, in process", premiumTimes),
                               ("writing the edited premium booklet's PDF, the Renderer's cache", writing.reused),
                               ("writing the edited premium booklet's PDF, a fresh exporter", writing.fresh)] {
            print("| \(name) | \(RenderBenchmark.milliseconds(percentile(values.wall, 50))) | "
                  + "\(RenderBenchmark.milliseconds(percentile(values.wall, 95))) | "
                  + "\(RenderBenchmark.milliseconds(percentile(values.cpu, 50))) | "
                  + "\(RenderBenchmark.ratio(percentile(values.wall, 50), reference)) |")
        }
        print("load average after: \(RenderBenchmark.loadAverage())")
    }

    enum Failure: Error { case message(String) }

    /// Wall and CPU seconds of `runs` calls of `action(run)` after `warmUps` (default 5) calls; the CPU time is the
    /// calling thread's (`RenderBenchmark.threadCPU`).
    static func times(runs: Int, warmUps: Int = warmUps, _ action: (Int) throws -> Void) throws -> (wall: [Double], cpu: [Double]) {
        for run in 0..<warmUps { try action(1_000 + run) }
        let clock = ContinuousClock()
        var wall: [Double] = [], cpu: [Double] = []
        for run in 0..<runs {
            let started = RenderBenchmark.threadCPU()
            let elapsed = try clock.measure { try action(run + 1) }
            cpu.append(RenderBenchmark.threadCPU() - started)
            wall.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return (wall, cpu)
    }

    /// The `p`-th percentile (nearest rank) of `values`.
    static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, max(0, Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1))]
    }

    /// The width in a PNG's IHDR.
    static func pngWidth(_ bytes: [UInt8]) -> Int {
        bytes.count >= 24 ? bytes[16..<20].reduce(0) { $0 << 8 | Int($1) } : 0
    }
}
