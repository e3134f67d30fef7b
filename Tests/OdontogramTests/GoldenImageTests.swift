import DentalModel
import Foundation
import Graphics
import Layout
import Odontogram
import PlanEngine
import TestSupport
import Testing

/// Golden images: one PNG per state (three teeth each) and one per kind of badge and chart, painted at
/// 144 dpi and compared with `Golden/*.png`.
///
/// Tolerance: at most 0.5 % of the pixels may differ by more than 24 levels in a channel (anti-aliasing
/// noise from another Cairo or pixman build), and the mean channel error must stay within 1.0 level.
/// `PLANPRESS_UPDATE_GOLDEN=1` rewrites the files after an intended change: look at them before committing.
@Suite struct GoldenImageTests {
    static let goldens = GoldenImages(
        directory: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden"),
        comparison: ImageComparison(channelTolerance: 24, maxDifferingFraction: 0.005, maxMeanError: 1.0))
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
            after: after, before: loaded.dentalCase.formula))
        let width: Length = 400
        let height = chart.height(forWidth: width)
        let frames = try chart.frames(in: Rect(x: 4, y: 4, width: width, height: height), text: engine)
        try compare(frames, size: Size(width: width + 8, height: height + 8), name: "chart-full-mouth-variant-2", dpi: 110)
    }

    private func compare(_ frames: [Frame], size: Size, name: String, dpi: Double = 144,
                         sourceLocation: SourceLocation = #_sourceLocation) throws {
        try Self.goldens.check(try ChartFixtures.png(frames, size: size, dpi: dpi), named: "\(name).png",
                               sourceLocation: sourceLocation)
    }
}
