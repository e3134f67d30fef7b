import Graphics

/// Opaque pixels, three bytes (red, green, blue) a pixel, row after row: what the image tests compare.
/// Images are decoded by Cairo, so only opaque RGB PNGs (what PlanPress and `pdftoppm` write) are read.
public struct RGBImage: CustomStringConvertible, Sendable {
    public let width: Int
    public let height: Int
    public let rgb: [UInt8]

    /// The pixels of an opaque image surface.
    public init(surface: Surface) throws {
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

    /// The pixels of PNG bytes; `name` names them in errors.
    public init(png: [UInt8], name: String = "image") throws {
        try self.init(surface: try Image(bytes: png, name: name).rasterSurface(scaleDenominator: 1))
    }

    /// The pixels of a PNG file.
    public init(pngAt path: String) throws {
        try self.init(surface: try Image(contentsOf: path).rasterSurface(scaleDenominator: 1))
    }

    public var description: String { "\(width)×\(height) image" }

    /// The image in grey (ITU-R BT.601 luma, 0…255), as a greyscale print shows it.
    public var luma: [Double] {
        stride(from: 0, to: rgb.count, by: 3).map { (index: Int) -> Double in
            0.299 * Double(rgb[index]) + 0.587 * Double(rgb[index + 1]) + 0.114 * Double(rgb[index + 2])
        }
    }
}
