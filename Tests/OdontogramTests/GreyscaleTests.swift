import DentalModel
import Graphics
import Layout
import Odontogram
import TestSupport
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

    /// Pairs that once differed by little more than hue or size, checked where they are smallest: as legend
    /// pictures beside 8 pt labels (25 × 40 pixels at 150 dpi). Planned work now has a double outline; the
    /// gum findings are a bold wave (inflammation), a drop (bleeding) and a spike down the root (pocket); an
    /// unerupted tooth has an arrow where a missing one has a cross. Each pair must differ in at least
    /// `minimum` pixels by more than `levels`: above what the old looks reached (0 for planned against a
    /// ceramic crown, 14 to 24 between the gum findings, 54 between missing and unerupted).
    static let lookalikes: [(a: LegendKey, b: LegendKey, minimum: Int)] = [
        (.crownCeramic, .planned, 48), (.inflammation, .bleeding, 28), (.inflammation, .pocket, 28),
        (.bleeding, .pocket, 28), (.missing, .unerupted, 63),
    ]

    @Test(arguments: lookalikes.indices)
    func legendPicturesOfLookalikesDifferInGrey(_ index: Int) throws {
        let (a, b, minimum) = Self.lookalikes[index]
        let engine = try ChartFixtures.engine()
        let size = ChartLegend.swatchSize(fontSize: 8)
        let legend = ChartLegend(keys: [a, b])
        let greys = try [a, b].map { key in
            try ChartFixtures.pixels(try legend.swatch(key, in: Rect(origin: .zero, size: size), text: engine), size: size,
                                     dpi: 150).luma
        }
        let differing = zip(greys[0], greys[1]).filter { abs($0 - $1) > Self.levels }.count
        #expect(differing >= minimum, "\(a) and \(b) look alike in grey (\(differing) pixels differ, \(minimum) needed)")
    }

    /// Existing work (blue) and planned work (green) share their shapes and fills; planned work adds a double
    /// outline, and the highlight and badges of the changed tooth: this checks the highlight survives grey.
    @Test func theChangedToothHighlightSurvivesGrey() throws {
        var after = DentalFormula()
        after.set(ToothRecord(tooth: ChartFixtures.tooth(16), restorations: [Restoration(kind: .crown, material: .zirconia)]))
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
