/// Compares two images pixel by pixel with a stated tolerance.
///
/// A pixel *differs* when any of its red, green or blue channels differs by more than `channelTolerance`
/// (out of 255). Two images *match* when they have the same size, at most `maxDifferingFraction` of their
/// pixels differ, and the mean channel difference over all pixels stays within `maxMeanError` (which
/// catches a faint shift of every pixel that no single pixel shows).
public struct ImageComparison: Sendable {
    /// Largest difference in one channel that still counts as equal.
    public var channelTolerance: Int
    /// Largest share of differing pixels (0…1) for the images to match.
    public var maxDifferingFraction: Double
    /// Largest mean absolute channel difference (0…255) for the images to match.
    public var maxMeanError: Double

    public init(channelTolerance: Int, maxDifferingFraction: Double, maxMeanError: Double = 255) {
        self.channelTolerance = channelTolerance
        self.maxDifferingFraction = maxDifferingFraction
        self.maxMeanError = maxMeanError
    }

    /// For goldens made on this machine kind: exact in practice, with room for anti-aliasing that another
    /// build of pixman or FreeType rounds differently along edges. A moved line, a missing glyph or a
    /// rotated photo changes far more than 0.2 % of the pixels.
    public static let golden = ImageComparison(channelTolerance: 24, maxDifferingFraction: 0.002)
    /// Bit-for-bit equal pixels.
    public static let exact = ImageComparison(channelTolerance: 0, maxDifferingFraction: 0, maxMeanError: 0)

    /// What a comparison found.
    public struct Outcome: CustomStringConvertible, Sendable {
        public var comparison: ImageComparison
        public var actualSize: (width: Int, height: Int)
        public var expectedSize: (width: Int, height: Int)
        public var differingPixels = 0
        public var largestChannelDifference = 0
        public var meanError = 0.0

        /// The share of pixels that differ.
        public var differingFraction: Double {
            Double(differingPixels) / Double(max(actualSize.width * actualSize.height, 1))
        }

        /// Whether the images match within the tolerance.
        public var matches: Bool {
            actualSize == expectedSize && differingFraction <= comparison.maxDifferingFraction
                && meanError <= comparison.maxMeanError
        }

        public var description: String {
            guard actualSize == expectedSize else {
                return "size \(actualSize.width)×\(actualSize.height) differs from \(expectedSize.width)×\(expectedSize.height)"
            }
            func percent(_ share: Double) -> String { "\((share * 10_000).rounded() / 100) %" }
            var text = "\(differingPixels) of \(actualSize.width * actualSize.height) pixels (\(percent(differingFraction))) "
                + "differ by more than \(comparison.channelTolerance) levels, \(percent(comparison.maxDifferingFraction)) allowed; "
                + "largest channel difference \(largestChannelDifference); mean error \((meanError * 100).rounded() / 100)"
            if comparison.maxMeanError < 255 { text += ", \(comparison.maxMeanError) allowed" }
            return text
        }
    }

    /// Compares `actual` with `expected`.
    public func compare(_ actual: RGBImage, _ expected: RGBImage) -> Outcome {
        var outcome = Outcome(comparison: self, actualSize: (actual.width, actual.height),
                              expectedSize: (expected.width, expected.height))
        guard outcome.actualSize == outcome.expectedSize else { return outcome }
        var differing = 0, largest = 0, total = 0
        for pixel in 0..<(actual.width * actual.height) {
            var worst = 0
            for channel in pixel * 3..<(pixel * 3 + 3) {
                let delta = abs(Int(actual.rgb[channel]) - Int(expected.rgb[channel]))
                total += delta
                worst = max(worst, delta)
            }
            largest = max(largest, worst)
            if worst > channelTolerance { differing += 1 }
        }
        outcome.differingPixels = differing
        outcome.largestChannelDifference = largest
        outcome.meanError = Double(total) / Double(max(actual.width * actual.height * 3, 1))
        return outcome
    }

    /// Compares the PNG bytes `actual` with the PNG bytes `expected`.
    public func compare(_ actual: [UInt8], _ expected: [UInt8]) throws -> Outcome {
        compare(try RGBImage(png: actual, name: "actual"), try RGBImage(png: expected, name: "expected"))
    }
}
