import CCairo
import Foundation

/// What reading an image costs, kept between renders on one thread: its pixels decoded at each libjpeg
/// reduction asked for, and whether a JPEG was found whole. A chairside preview shown again, or with
/// the case edited but the same photos, decodes nothing.
///
/// An entry is found by the image's name and size and used only when the bytes are the same (compared in
/// full with `memcmp`, far cheaper than a digest of them). The least recently used images leave
/// first once the decoded pixels and the files' bytes held pass `budget`. Not thread-safe: one cache per
/// `Renderer`, like the `TextEngine`.
public final class DecodedImageCache {
    /// The most bytes of pixels and files kept.
    public let budget: Int
    /// Bytes held now.
    public private(set) var size = 0
    private var entries: [String: Entry] = [:]
    private var tick: UInt64 = 0

    private struct Entry {
        let bytes: [UInt8]
        var verified = false
        var surfaces: [Int: Surface] = [:]
        var lastUse: UInt64
        var size: Int
    }

    /// A cache holding at most `budget` bytes (default 64 MiB: the nine 6-MP photos of the full-mouth case
    /// at a quarter of their width take 13 MiB).
    public init(budget: Int = 64 << 20) {
        self.budget = budget
    }

    /// The pixels of `image` decoded at 1/`scale`, if kept.
    func surface(of image: Image, scale: Int) -> Surface? {
        guard let surface = entry(of: image)?.surfaces[scale] else { return nil }
        touch(image)
        return surface
    }

    /// Keeps the pixels of `image` decoded at 1/`scale`.
    func keep(_ surface: Surface, of image: Image, scale: Int) {
        var entry = entryToUpdate(for: image)
        let added = Int(cairo_image_surface_get_stride(surface.pointer)) * surface.pixelHeight
        entry.surfaces[scale] = surface
        entry.size += added
        size += added
        entries[Self.key(of: image)] = entry
        touch(image)
        evict()
    }

    /// Whether this JPEG was already decoded to its end without error.
    func isVerified(_ image: Image) -> Bool {
        entry(of: image)?.verified == true
    }

    /// Records that this JPEG decodes to its end without error.
    func markVerified(_ image: Image) {
        var entry = entryToUpdate(for: image)
        entry.verified = true
        entries[Self.key(of: image)] = entry
        touch(image)
        evict()
    }

    /// The entry of `image` when it holds the same bytes.
    private func entry(of image: Image) -> Entry? {
        guard let entry = entries[Self.key(of: image)], entry.bytes.hasSameBytes(as: image.bytes) else { return nil }
        return entry
    }

    /// Where `image` is kept: the same field or file, of the same size.
    private static func key(of image: Image) -> String {
        "\(image.bytes.count) \(image.name)"
    }

    /// The entry of `image`, or a new one holding its bytes (replacing one of other bytes under the same id).
    private func entryToUpdate(for image: Image) -> Entry {
        if let entry = entry(of: image) { return entry }
        if let stale = entries.removeValue(forKey: Self.key(of: image)) { size -= stale.size }
        size += image.bytes.count
        return Entry(bytes: image.bytes, lastUse: 0, size: image.bytes.count)
    }

    private func touch(_ image: Image) {
        tick += 1
        entries[Self.key(of: image)]?.lastUse = tick
    }

    /// Drops the least recently used images until the cache is within its budget (the one just used stays).
    private func evict() {
        while size > budget, entries.count > 1,
              let oldest = entries.min(by: { $0.value.lastUse < $1.value.lastUse }) {
            size -= oldest.value.size
            entries[oldest.key] = nil
        }
    }
}
