import Graphics
import Layout

/// Writes one page as an opaque PNG at any resolution, on white.
///
/// `compressionLevel` is zlib's 0–9: 1 gives fast previews, 9 the smallest files. The bytes depend on
/// the page alone (no time or text chunks), so the same input gives the same file.
public struct PNGExporter {
    /// Pixels per inch.
    public var dpi: Double
    /// zlib level, 0 (store) to 9 (smallest).
    public var compressionLevel: Int

    /// How far from its true course, in pixels, a curve may be drawn (Cairo's default is 0.1): a quarter
    /// pixel is not seen, and stroking a chart's tooth outlines takes about a third less time.
    static let curveTolerance = 0.25

    /// The resolutions accepted.
    public static let dpiRange: ClosedRange<Double> = 10...2400
    /// zlib's levels.
    public static let compressionLevels: ClosedRange<Int> = 0...9

    /// An exporter at `dpi` with zlib level `compressionLevel`.
    public init(dpi: Double = 150, compressionLevel: Int = 6) {
        self.dpi = dpi
        self.compressionLevel = compressionLevel
    }

    /// The PNG of `page`.
    public func export(_ page: Page) throws(GraphicsError) -> [UInt8] {
        guard Self.dpiRange.contains(dpi) else {
            throw .invalidOutput("resolution \(dpi) dpi is outside 10…2400")
        }
        guard Self.compressionLevels.contains(compressionLevel) else {
            throw .invalidOutput("PNG compression \(compressionLevel) is outside 0…9")
        }
        let scale = dpi / 72
        let surface = try Surface.image(width: Int((page.size.width * scale).rounded()),
                                        height: Int((page.size.height * scale).rounded()), opaque: true)
        let context = try Context(surface: surface)
        context.setColor(.white)
        context.paint()
        context.setTolerance(Self.curveTolerance)
        context.scale(scale, scale)
        try FramePainter(context: context).paint(page.frames)
        try context.checkStatus("paint PNG")
        return try PNGEncoder(compressionLevel: compressionLevel).encode(surface)
    }
}
