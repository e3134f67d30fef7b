import DentalModel
import Foundation
import Graphics
import Layout
import Odontogram
import PlanPress
import PlanEngine
import Render

/// Times a full 32-tooth chart of the full-mouth fixture: building its frames (geometry, glyphs, tooth
/// numbers and badges shaped with Pango), writing them as a one-page PDF (`PDFExporter`, the whole file)
/// and rasterising them at 72 and 150 dpi, against a reference measured in the same run: as many plain
/// filled and stroked rectangles.
enum OdontogramBenchmark {
    static let runs = 300
    static let warmUp = 30

    static func run() throws {
        let resources = try ResourceLocator.locate()
        let root = resources.root
        let engine = TextEngine(fonts: try FontLibrary(directory: resources.fonts.path))
        let loaded = try PlanEngine.load(caseURL: root.appendingPathComponent("Fixtures/cases/full-mouth.yaml"),
                                         protocolURL: resources.protocolRules,
                                         imageRoot: root.appendingPathComponent("Fixtures"))
        let dentalCase = loaded.dentalCase
        let after = loaded.afterState().variants[1]
        let charts = [
            ("before", Odontogram(formula: dentalCase.formula)),
            ("after variant 2", Odontogram(
                formula: after.formula,
                changes: ChartChanges(after: after, before: dentalCase.formula))),
        ]
        let width: Length = 482  // A4 less 2 × 20 mm margins
        print("odontogram, 32 teeth, \(Int(width)) pt wide: median of \(runs) runs, µs")
        print("chart             frames   build     pdf     build+pdf  raster72  raster150 | rects: pdf     raster72")
        for (name, chart) in charts {
            let rect = Rect(x: 0, y: 0, width: width, height: chart.height(forWidth: width))
            let frames = try chart.frames(in: rect, text: engine)
            let rectangles = rectangles(count: frames.count, in: rect)
            let build = try median { _ = try chart.frames(in: rect, text: engine) }
            let record = try median { _ = try pdf(frames, size: rect.size) }
            let total = try median { _ = try pdf(try chart.frames(in: rect, text: engine), size: rect.size) }
            let raster72 = try median { try raster(frames, size: rect.size, dpi: 72) }
            let raster150 = try median { try raster(frames, size: rect.size, dpi: 150) }
            let rectRecord = try median { _ = try pdf(rectangles, size: rect.size) }
            let rectRaster = try median { try raster(rectangles, size: rect.size, dpi: 72) }
            print(name.padding(toLength: 16, withPad: " ", startingAt: 0)
                  + String(format: " %7d %7.0f %7.0f %13.0f %9.0f %10.0f | %14.0f %9.0f", frames.count, build, record, total,
                           raster72, raster150, rectRecord, rectRaster))
        }
    }

    /// `frames` written as a one-page PDF.
    static func pdf(_ frames: [Frame], size: Size) throws -> [UInt8] {
        try PDFExporter().export(LaidOutDocument(pages: [Page(size: size, frames: frames)], metadata: PDFMetadata()))
    }

    /// Paints `frames` on a fresh opaque image surface at `dpi`.
    static func raster(_ frames: [Frame], size: Size, dpi: Double) throws {
        let scale = dpi / 72
        let surface = try Surface.image(width: Int((size.width * scale).rounded(.up)), height: Int((size.height * scale).rounded(.up)),
                                        opaque: true)
        let context = try Context(surface: surface)
        context.setColor(.white)
        context.paint()
        context.scale(scale, scale)
        try FramePainter(context: context).paint(frames)
        try context.checkStatus("benchmark raster")
    }

    /// `count` small filled and stroked rectangles on a grid over `rect`: the reference workload.
    static func rectangles(count: Int, in rect: Rect) -> [Frame] {
        let columns = 40
        let cell = Size(width: rect.width / Double(columns), height: rect.height / Double(count / columns + 1))
        return (0..<count).map { index in
            let box = Rect(x: Double(index % columns) * cell.width, y: Double(index / columns) * cell.height,
                           width: cell.width * 0.8, height: cell.height * 0.8)
            return .shape(Shape(path: .rectangle(box), fill: .color(ChartPalette.existingLight),
                                stroke: Stroke(color: ChartPalette.outline, width: 0.5)))
        }
    }

    /// The median time of `body` in microseconds, after a warm-up.
    static func median(_ body: () throws -> Void) throws -> Double {
        for _ in 0..<warmUp { try body() }
        var times: [Double] = []
        times.reserveCapacity(runs)
        for _ in 0..<runs {
            let start = ContinuousClock.now
            try body()
            let elapsed = start.duration(to: .now)
            times.append(Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12)
        }
        return times.sorted()[runs / 2]
    }
}
