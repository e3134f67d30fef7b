import Foundation
import Graphics
import Layout
import PlanPress
@_spi(Benchmarks) import Render

/// `planpress-bench pdf-writer-compare CASE ROOT FOLDER [TEMPLATE] [archival]`: writes the case's booklet
/// four ways into FOLDER for `scripts/compare-pdf-writer.sh` — `cairo.pdf` (today's `PDFExporter`),
/// `new.pdf` (`PDFWriter`), and both again without the text frames (`cairo-notext.pdf`, `new-notext.pdf`),
/// to compare the pages while the new writer's text is not there yet.
enum PDFWriterComparison {
    static func run(arguments: [String]) throws {
        guard arguments.count >= 3 else {
            print("usage: planpress-bench pdf-writer-compare CASE ROOT FOLDER [TEMPLATE] [archival]")
            return
        }
        let renderer = try Renderer(resources: try ResourceLocator.locate())
        let archival = arguments.count > 4 && arguments[4] == "archival"
        let options = RenderOptions(template: arguments.count > 3 ? arguments[3] : nil, archival: archival)
        let document = try renderer.layout(try CaseInput.file(atPath: arguments[0], root: URL(fileURLWithPath: arguments[1])),
                                           options: options)
        let folder = URL(fileURLWithPath: arguments[2])
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var textless = document
        textless.pages = document.pages.map { page in
            var page = page
            page.frames = withoutText(page.frames)
            return page
        }
        let exporter = PDFExporter(archival: archival || document.archival)
        let writer = PDFWriter(archival: archival || document.archival)
        try Data(exporter.export(document)).write(to: folder.appendingPathComponent("cairo.pdf"))
        try Data(writer.write(document)).write(to: folder.appendingPathComponent("new.pdf"))
        try Data(exporter.export(textless)).write(to: folder.appendingPathComponent("cairo-notext.pdf"))
        try Data(writer.write(textless)).write(to: folder.appendingPathComponent("new-notext.pdf"))
        print("\(document.pages.count) pages written into \(folder.path)")
    }

    /// `planpress-bench pdf-writer-repeat CASE ROOT TIMES [cairo] [notext]`: lays the case out once and writes
    /// its PDF with `PDFWriter` (or with `cairo`, the Cairo path, `PDFExporter.export`) TIMES times, for a
    /// profiler (perf, callgrind: subtract a run of 0 times) to see the writer alone; `notext` leaves the
    /// text frames out first.
    static func repeatWriting(arguments: [String]) throws {
        guard arguments.count >= 3, let times = Int(arguments[2]) else {
            print("usage: planpress-bench pdf-writer-repeat CASE ROOT TIMES [cairo] [notext]")
            return
        }
        let renderer = try Renderer(resources: try ResourceLocator.locate())
        var document = try renderer.layout(try CaseInput.file(atPath: arguments[0], root: URL(fileURLWithPath: arguments[1])),
                                           options: RenderOptions())
        if arguments.dropFirst(3).contains("notext") {
            document.pages = document.pages.map { page in
                var page = page
                page.frames = withoutText(page.frames)
                return page
            }
        }
        let writer = PDFWriter(archival: document.archival)
        let exporter = PDFExporter(archival: document.archival)
        let cairo = arguments.dropFirst(3).contains("cairo")
        var bytes = 0
        for _ in 0..<times { bytes += try cairo ? exporter.export(document).count : writer.write(document).count }
        print("\(times) files, \(bytes / max(1, times)) bytes each")
    }

    /// `frames` without their text frames, groups included.
    static func withoutText(_ frames: [Frame]) -> [Frame] {
        frames.compactMap { frame in
            switch frame {
            case .text: nil
            case let .group(transform, clip, children): .group(transform: transform, clip: clip, children: withoutText(children))
            default: frame
            }
        }
    }
}
