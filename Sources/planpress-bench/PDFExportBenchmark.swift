import Foundation
import Layout
import PlanPress
import Render

/// `planpress-bench pdf-export [RUNS] [CASE ROOT]`: where a warm in-process PDF render spends its time —
/// loading and laying out the booklet, then writing the PDF (`PDFExporter`: content, fonts, structure, the
/// whole file) — for the peers' reference booklet and `Fixtures/cases/full-mouth.yaml` (or `CASE` under
/// `ROOT`), with the raw-pycairo peer (`render_cairo.py`) timed in the same run as the reference. Each figure
/// is the median of `RUNS` (default 15) after 3 warm-ups, wall time / CPU time of this process.
///
/// "writing the PDF" is a fresh exporter's (the first export of a booklet: nothing reused); "writing again"
/// is an exporter with a `PDFWriterCache` that the warm-ups filled, as a `Renderer` writes the same booklet
/// again (every stream and font subset found); "again / fresh" is their ratio. An edited booklet's
/// writing with a reused cache is `planpress-bench chairside`'s.
enum PDFExportBenchmark {
    static func run(arguments: [String]) throws {
        let runs = arguments.first.flatMap { Int($0) } ?? 15
        let resources = try ResourceLocator.locate()
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-bench-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let cases: [(String, URL, URL)]
        if arguments.count >= 3 {
            cases = [(arguments[1], URL(fileURLWithPath: arguments[1]), URL(fileURLWithPath: arguments[2]))]
        } else {
            let peers = RenderBenchmark.peersFolder
            cases = [("reference booklet", try ReferenceCase.write(from: peers.appendingPathComponent("case"), into: work), work),
                     ("full-mouth.yaml", resources.root.appendingPathComponent("Fixtures/cases/full-mouth.yaml"),
                      resources.root.appendingPathComponent("Fixtures"))]
        }

        print("PDF export benchmark: median of \(runs) runs after \(RenderBenchmark.warmUps) warm-ups, in process, warm")
        print("load average before: \(RenderBenchmark.loadAverage())")
        print("")
        print("| case | pages | render (ms) | layout (ms) | writing the PDF (ms) | writing / render | writing again (ms) | again / fresh |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        let renderer = try Renderer(resources: resources)
        for (name, caseURL, root) in cases {
            let options = RenderOptions(format: .pdf)
            let input = try CaseInput.file(atPath: caseURL.path, root: root)
            let document = try renderer.layout(input, options: options)
            let render = try RenderBenchmark.measure(runs: runs) { _ = try renderer.render(input, options: options) }
            let layout = try RenderBenchmark.measure(runs: runs) { _ = try renderer.layout(input, options: options) }
            let exporter = PDFExporter(archival: document.archival)
            let writing = try RenderBenchmark.measure(runs: runs) { _ = try exporter.export(document) }
            let reused = PDFExporter(archival: document.archival, cache: PDFWriterCache())
            let again = try RenderBenchmark.measure(runs: runs) { _ = try reused.export(document) }
            let ms = { (m: RenderBenchmark.Measurement) in "\(RenderBenchmark.milliseconds(m.wall)) / \(RenderBenchmark.milliseconds(m.cpu))" }
            print("| \(name) | \(document.pages.count) | \(ms(render)) | \(ms(layout)) | \(ms(writing)) | "
                  + "\(RenderBenchmark.percent(writing.wall, of: render.wall)) / \(RenderBenchmark.percent(writing.cpu, of: render.cpu)) | "
                  + "\(ms(again)) | \(RenderBenchmark.ratio(again.wall, writing.wall)) |")
        }
        if arguments.count < 3, let peer = try RenderBenchmark.measurePeer(runs: runs, output: work.appendingPathComponent("peer.pdf")) {
            print("")
            print("raw pycairo peer (`render_cairo.py`), 9 pages, whole process: \(RenderBenchmark.milliseconds(peer.wall)) ms wall")
        }
        print("load average after: \(RenderBenchmark.loadAverage())")
    }
}
