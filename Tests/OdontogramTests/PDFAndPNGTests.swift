import DentalModel
import Foundation
import Graphics
import Layout
import Odontogram
import PlanEngine
import Render
import TestSupport
import Testing

/// The chart draws the same in PDF and PNG: the PDF, rasterised by poppler's Cairo backend, matches the
/// PNG painter's pixels. Tolerance: under 1.5 % of the pixels differ by more than 24 levels and the mean
/// channel error is under 1.5 (measured: 0.73 % and 0.64, from glyph rasterisation of the embedded fonts).
@Suite struct PDFAndPNGTests {
    static let pdftocairo = "/usr/bin/pdftocairo"

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: pdftocairo), "needs poppler-utils"))
    func theAfterChartLooksTheSameInPDFAndPNG() throws {
        let engine = try ChartFixtures.engine()
        let loaded = try ChartFixtures.fullMouth()
        let after = loaded.afterState().variants[0]
        let chart = Odontogram(formula: after.formula, changes: ChartChanges(
            after: after, before: loaded.dentalCase.formula))
        let size = Size(width: 360, height: (chart.height(forWidth: 340) + 20).rounded(.up))
        let frames = try chart.frames(in: Rect(x: 10, y: 10, width: 340, height: size.height - 20), text: engine)
        let pdf = try PDFExporter().export(LaidOutDocument(pages: [Page(size: size, frames: frames)], metadata: PDFMetadata()))

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("odontogram-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let pdfURL = directory.appendingPathComponent("chart.pdf")
        try Data(pdf).write(to: pdfURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.pdftocairo)
        process.arguments = ["-png", "-r", "144", "-singlefile", pdfURL.path, directory.appendingPathComponent("chart").path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        let fromPDF = try RGBImage(pngAt: directory.appendingPathComponent("chart.png").path)
        let painted = try ChartFixtures.pixels(frames, size: size, dpi: 144)
        let outcome = ImageComparison(channelTolerance: 24, maxDifferingFraction: 0.015, maxMeanError: 1.5).compare(fromPDF, painted)
        #expect(outcome.matches, "PDF raster and painted chart disagree: \(outcome)")
    }
}
