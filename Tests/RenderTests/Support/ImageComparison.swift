import Graphics

/// Compares two PNG images pixel by pixel with a stated tolerance.
///
/// A pixel *differs* when any of its red, green or blue channels differs by more than `channelTolerance`
/// (out of 255). Two images *match* when they have the same size and at most `maxDifferingFraction` of
/// their pixels differ. Both images are decoded by Cairo, so only opaque RGB PNGs (what PlanPress and
/// `pdftoppm` write) can be compared.
struct ImageComparison {
    /// Largest difference in one channel that still counts as equal.
    var channelTolerance: Int
    /// Largest share of differing pixels (0…1) for the images to match.
    var maxDifferingFraction: Double

    /// For goldens made on this machine kind: exact in practice, with room for anti-aliasing that another
    /// build of pixman or FreeType rounds differently along edges. A moved line, a missing glyph or a
    /// rotated photo changes far more than 0.2 % of the pixels.
    static let golden = ImageComparison(channelTolerance: 24, maxDifferingFraction: 0.002)
    /// Bit-for-bit equal pixels.
    static let exact = ImageComparison(channelTolerance: 0, maxDifferingFraction: 0)

    /// What a comparison found.
    struct Outcome: CustomStringConvertible {
        var actualSize: (width: Int, height: Int)
        var expectedSize: (width: Int, height: Int)
        var differingPixels: Int
        var largestChannelDifference: Int
        var matches: Bool

        var description: String {
            guard actualSize == expectedSize else {
                return "size \(actualSize.width)×\(actualSize.height) differs from \(expectedSize.width)×\(expectedSize.height)"
            }
            let total = actualSize.width * actualSize.height
            let percent = Double(differingPixels) / Double(max(total, 1)) * 100
            return "\(differingPixels) of \(total) pixels differ (\(percent) %), largest channel difference \(largestChannelDifference)"
        }
    }

    /// Compares the PNG `actual` with the PNG `expected`.
    func compare(_ actual: [UInt8], _ expected: [UInt8]) throws -> Outcome {
        let a = try Self.decode(actual, name: "actual"), e = try Self.decode(expected, name: "expected")
        var outcome = Outcome(actualSize: (a.pixelWidth, a.pixelHeight), expectedSize: (e.pixelWidth, e.pixelHeight),
                              differingPixels: 0, largestChannelDifference: 0, matches: false)
        guard outcome.actualSize == outcome.expectedSize else { return outcome }
        let (width, height) = (a.pixelWidth, a.pixelHeight)
        let (aPixels, aStride) = try Self.pixels(of: a), (ePixels, eStride) = try Self.pixels(of: e)
        var differing = 0, largest = 0
        for y in 0..<height {
            for x in 0..<width {
                var worst = 0
                for channel in 0..<3 {  // the fourth byte of Cairo's RGB24 is unused
                    worst = max(worst, abs(Int(aPixels[y * aStride + x * 4 + channel]) - Int(ePixels[y * eStride + x * 4 + channel])))
                }
                largest = max(largest, worst)
                if worst > channelTolerance { differing += 1 }
            }
        }
        outcome.differingPixels = differing
        outcome.largestChannelDifference = largest
        outcome.matches = Double(differing) <= maxDifferingFraction * Double(width * height)
        return outcome
    }

    /// A copy of the surface's rows and their stride.
    private static func pixels(of surface: Surface) throws -> ([UInt8], Int) {
        try surface.withOpaquePixels { rows, stride in
            (Array(UnsafeBufferPointer(start: rows, count: stride * surface.pixelHeight)), stride)
        }
    }

    private static func decode(_ png: [UInt8], name: String) throws -> Surface {
        try Image(bytes: png, name: name).rasterSurface(scaleDenominator: 1)
    }
}
