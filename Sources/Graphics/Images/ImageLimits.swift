/// What an image may cost before it is decoded. Checked from the header, so a decompression bomb is
/// refused without allocating its pixels.
public struct ImageLimits: Sendable, Hashable {
    /// Largest number of pixels (width × height) accepted; 50 megapixels by default.
    public var maximumPixels: Int
    /// Largest file accepted, in bytes; 64 MiB by default.
    public var maximumBytes: Int

    public init(maximumPixels: Int = 50_000_000, maximumBytes: Int = 64 << 20) {
        self.maximumPixels = maximumPixels
        self.maximumBytes = maximumBytes
    }
}
