import DentalModel
import Foundation
import Graphics
import Layout
import Odontogram
import PlanEngine
import Testing

/// Golden images: one PNG per state (three teeth each) and one per kind of badge and chart, painted at
/// 144 dpi and compared with `Golden/*.png`.
///
/// Tolerance: at most 0.5 % of the pixels may differ by more than 24 levels in a channel (anti-aliasing
/// noise from another Cairo or pixman build), and the mean channel error must stay under 1.0 level.
/// `PLANPRESS_UPDATE_GOLDEN=1` rewrites the files after an intended change: look at them before committing.
@Suite struct GoldenImageTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let maximumChangedShare = 0.005
    static let maximumMeanError = 1.0
    static let slot = Size(width: 26, height: 82)

    /// The three teeth of a state sample, side by side.
    static func frames(_ sample: StateSamples.Sample) -> [Frame] {
        sample.records.enumerated().flatMap { index, record in
            ToothGlyph.frames(record, in: Rect(x: 2 + Double(index) * slot.width, y: 2, width: slot.width - 2, height: slot.height),
                              baseline: sample.baseline(of: record))
        }
    }

    static var sampleSize: Size { Size(width: slot.width * 3 + 2, height: slot.height + 4) }

    @Test(arguments: StateSamples.all.map(\.name))
    func state(_ name: String) throws {
        let sample = try #require(StateSamples.all.first { $0.name == name })
        try compare(Self.frames(sample), size: Self.sampleSize, name: "state-\(name)")
    }

    @Test func badges() throws {
        let engine = try ChartFixtures.engine()
        let legend = ChartLegend(keys: ActionKind.allCases.map(LegendKey.action) + [.severalSpecialists, .visitNumber, .changed, .bridge])
        var frames: [Frame] = []
        for (index, key) in legend.keys.enumerated() {
            frames += try legend.swatch(key, in: Rect(x: 4 + Double(index % 8) * 22, y: 4 + Double(index / 8) * 34, width: 18, height: 30),
                                        text: engine)
        }
        try compare(frames, size: Size(width: 8 * 22 + 4, height: 2 * 34 + 4), name: "badges")
    }

    @Test func fullMouthAfterChart() throws {
        let engine = try ChartFixtures.engine()
        let loaded = try ChartFixtures.fullMouth()
        let after = loaded.afterState().variants[1]
        let chart = Odontogram(formula: after.formula, changes: ChartChanges(
            after: after, variant: loaded.dentalCase.variants[1], before: loaded.dentalCase.formula))
        let width: Length = 400
        let height = chart.height(forWidth: width)
        let frames = try chart.frames(in: Rect(x: 4, y: 4, width: width, height: height), text: engine)
        try compare(frames, size: Size(width: width + 8, height: height + 8), name: "chart-full-mouth-variant-2", dpi: 110)
    }

    private func compare(_ frames: [Frame], size: Size, name: String, dpi: Double = 144) throws {
        let url = Self.directory.appendingPathComponent(name).appendingPathExtension("png")
        if ProcessInfo.processInfo.environment["PLANPRESS_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try Data(try ChartFixtures.png(frames, size: size, dpi: dpi)).write(to: url)
        }
        let golden = try RGBImage(pngAt: url.path)
        let painted = try ChartFixtures.pixels(frames, size: size, dpi: dpi)
        let difference = try #require(ImageDifference(painted, golden), "\(name): size changed")
        #expect(difference.changedShare <= Self.maximumChangedShare && difference.meanError <= Self.maximumMeanError,
                "\(name): \(difference)")
    }
}
