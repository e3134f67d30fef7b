import Foundation
import Graphics
import Layout
import PlanPress
@_spi(Benchmarks) import Render

/// `planpress-bench pdf-text [RUNS]`: PlanPress's own PDF text writer against Cairo's PDF surface on the
/// same pages reduced to their text (the reference booklet and `Fixtures/cases/full-mouth.yaml`): Cairo
/// painting them (`PDFExporter.painted`, no finishing pass), the text writer's content streams alone, and
/// the whole text-only file (content, subset fonts, structure). Medians of `RUNS` (default 15) after 3
/// warm-ups, wall / CPU time of this process; the ratio is what to quote on a shared machine.
enum PDFTextBenchmark {
    static func run(arguments: [String]) throws {
        let runs = arguments.first.flatMap { Int($0) } ?? 15
        let resources = try ResourceLocator.locate()
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-bench-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let peers = RenderBenchmark.peersFolder
        let cases = [("reference booklet", try ReferenceCase.write(from: peers.appendingPathComponent("case"), into: work), work),
                     ("full-mouth.yaml", resources.root.appendingPathComponent("Fixtures/cases/full-mouth.yaml"),
                      resources.root.appendingPathComponent("Fixtures"))]
        print("PDF text benchmark: median of \(runs) runs after \(RenderBenchmark.warmUps) warm-ups, in process, warm")
        print("load average before: \(RenderBenchmark.loadAverage())")
        print("")
        print("| case | pages | Cairo, text only (ms) | glyph runs (ms) | ours, content (ms) | ours, whole file (ms) | ours / Cairo | bytes ours / Cairo |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        let renderer = try Renderer(resources: resources)
        for (name, caseURL, root) in cases {
            let input = try CaseInput.file(atPath: caseURL.path, root: root)
            let document = try renderer.layout(input, options: RenderOptions(format: .pdf))
            let pages = document.pages.map { Page(size: $0.size, frames: TextOnlyPDF.textFrames($0.frames)) }
            let textDocument = LaidOutDocument(pages: pages, metadata: document.metadata)
            let cairo = try RenderBenchmark.measure(runs: runs) { _ = try PDFExporter().painted(textDocument) }
            let content = try RenderBenchmark.measure(runs: runs) { _ = try TextOnlyPDF.write(pages, fonts: false) }
            let runsOnly = try RenderBenchmark.measure(runs: runs) {
                let fonts = GlyphFonts()
                var count = 0
                func walk(_ frames: [Frame]) {
                    for frame in frames {
                        switch frame {
                        case let .text(block, origin, lines): count += block.glyphRuns(lines: lines, at: origin, fonts: fonts).count
                        case let .group(_, _, children): walk(children)
                        default: break
                        }
                    }
                }
                for page in pages { walk(page.frames) }
            }
            let whole = try RenderBenchmark.measure(runs: runs) { _ = try TextOnlyPDF.write(pages) }
            let ours = try TextOnlyPDF.write(pages).count, theirs = try PDFExporter().painted(textDocument).bytes.count
            let ms = { (m: RenderBenchmark.Measurement) in "\(RenderBenchmark.milliseconds(m.wall)) / \(RenderBenchmark.milliseconds(m.cpu))" }
            print("| \(name) | \(pages.count) | \(ms(cairo)) | \(ms(runsOnly)) | \(ms(content)) | \(ms(whole)) | "
                  + "\(RenderBenchmark.percent(whole.wall, of: cairo.wall)) / \(RenderBenchmark.percent(whole.cpu, of: cairo.cpu)) | \(ours) / \(theirs) |")
        }
        print("load average after: \(RenderBenchmark.loadAverage())")
    }
}
