import DentalModel
import Graphics
import Layout
import Odontogram
import Testing

/// Colour-blind and greyscale safety: printed in grey, every state still looks different from every
/// other, because each carries a shape or a pattern of its own, not just a hue.
@Suite struct GreyscaleTests {
    /// At 144 dpi a state sample is 160 × 172 pixels; two states must differ in at least this many pixels
    /// by more than `levels` grey levels.
    static let minimumPixels = 60
    static let levels = 40.0

    @Test func everyStateDiffersFromEveryOtherInGrey() throws {
        let samples = StateSamples.all
        let greys = try samples.map { try ChartFixtures.pixels(GoldenImageTests.frames($0), size: GoldenImageTests.sampleSize).luma }
        for a in samples.indices {
            for b in samples.indices where b > a {
                let differing = zip(greys[a], greys[b]).filter { abs($0 - $1) > Self.levels }.count
                #expect(differing >= Self.minimumPixels,
                        "\(samples[a].name) and \(samples[b].name) look alike in grey (\(differing) pixels differ)")
            }
        }
    }

    /// Existing work (blue) and planned work (green) use the same shapes; in grey they are told apart by the
    /// highlight and badges of the changed tooth, not by the fill: this checks the highlight survives grey.
    @Test func theChangedToothHighlightSurvivesGrey() throws {
        var after = DentalFormula()
        after.set(ToothRecord(tooth: ChartFixtures.tooth(16), restorations: [Restoration(kind: .crown, material: "zirconia")]))
        let engine = try ChartFixtures.engine()
        let plain = Odontogram(formula: after)
        let changed = Odontogram(formula: after, changes: ChartChanges(before: DentalFormula()))
        let rect = Rect(x: 0, y: 0, width: 300, height: plain.height(forWidth: 300))
        let a = try ChartFixtures.pixels(try plain.frames(in: rect, text: engine), size: rect.size).luma
        let b = try ChartFixtures.pixels(try changed.frames(in: rect, text: engine), size: rect.size).luma
        let differing = zip(a, b).filter { abs($0 - $1) > 8 }.count
        #expect(differing > 2000)
    }
}
