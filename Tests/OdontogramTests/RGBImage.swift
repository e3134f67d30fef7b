import Graphics

/// Opaque pixels, three bytes a pixel, for comparing a painted chart with a golden PNG.
struct RGBImage: CustomStringConvertible {
    let width: Int
    let height: Int
    let rgb: [UInt8]

    /// The pixels of an opaque image surface.
    init(surface: Surface) throws {
        let width = surface.pixelWidth, height = surface.pixelHeight
        rgb = try surface.withOpaquePixels { rows, stride in
            var rgb = [UInt8](repeating: 0, count: width * height * 3)
            for y in 0..<height {
                for x in 0..<width {
                    // Native-endian xRGB: on little-endian machines the bytes are B, G, R, x.
                    let source = rows + y * stride + x * 4, target = (y * width + x) * 3
                    rgb[target] = source[2]; rgb[target + 1] = source[1]; rgb[target + 2] = source[0]
                }
            }
            return rgb
        }
        self.width = width
        self.height = height
    }

    /// The pixels of a PNG file.
    init(pngAt path: String) throws {
        try self.init(surface: try Image(contentsOf: path).rasterSurface(scaleDenominator: 1))
    }

    var description: String { "\(width)×\(height) image" }

    /// The image in grey (ITU-R BT.601 luma), as what a greyscale print shows.
    var luma: [Double] {
        stride(from: 0, to: rgb.count, by: 3).map { (index: Int) -> Double in
            let red = 0.299 * Double(rgb[index]), green = 0.587 * Double(rgb[index + 1])
            return red + green + 0.114 * Double(rgb[index + 2])
        }
    }
}

/// How far two images are apart.
struct ImageDifference: CustomStringConvertible {
    /// Share of pixels whose largest channel difference exceeds `ImageDifference.pixelThreshold`.
    let changedShare: Double
    /// Mean absolute channel difference, 0…255.
    let meanError: Double

    /// A channel difference up to this is anti-aliasing noise, not a change.
    static let pixelThreshold = 24

    /// The difference of two images of the same size; nil when the sizes differ.
    init?(_ a: RGBImage, _ b: RGBImage) {
        guard a.width == b.width, a.height == b.height else { return nil }
        var changed = 0, total = 0
        for pixel in 0..<(a.width * a.height) {
            var largest = 0
            for channel in 0..<3 {
                let delta = abs(Int(a.rgb[pixel * 3 + channel]) - Int(b.rgb[pixel * 3 + channel]))
                total += delta
                largest = max(largest, delta)
            }
            if largest > Self.pixelThreshold { changed += 1 }
        }
        let pixels = Double(max(a.width * a.height, 1))
        changedShare = Double(changed) / pixels
        meanError = Double(total) / (pixels * 3)
    }

    var description: String {
        "\((changedShare * 10000).rounded() / 100)% of pixels changed, mean error \((meanError * 100).rounded() / 100)"
    }
}
