import Graphics

/// What PDF files written one after another share, so that writing a booklet again after a small edit
/// costs little: each stream's deflated bytes by its raw bytes (an edited name changes a page or two; the
/// other pages' content streams, the forms, the font files and the images come out byte for byte as
/// before), and each font subset by its face and glyph set (HarfBuzz's subset is the costly part of a
/// font). Lookups compare whole keys (raw bytes, glyph lists), so a file written with the cache has
/// exactly the bytes of one written without it.
///
/// Bounded by `budget` bytes (raw and deflated bytes of the streams kept, and the subsets' bytes), oldest
/// out (`BoundedCache`); the default, 16 MiB, holds the premium full-mouth booklet's (about 2 MB of
/// streams and subsets) several times over, and keeps a render service's workers (one each) well inside
/// its memory budget. Its lookups are locked, because streams are deflated on other threads while
/// pages are painted; a `Renderer` keeps one for the PDFs it writes (a render service has one per worker).
public final class PDFWriterCache: Sendable {
    /// The default budget: 16 MiB.
    public static let defaultBudget = 16 << 20

    /// Deflated stream data, by how it was deflated and the raw data: three quarters of the budget.
    private let streams: BoundedCache<StreamKey, [UInt8]>
    /// Font subsets, by face and glyph set: a quarter of the budget.
    private let subsets: BoundedCache<SubsetKey, FontSubset>

    /// An empty cache holding at most about `budget` bytes.
    public init(budget: Int = PDFWriterCache.defaultBudget) {
        streams = BoundedCache(budget: budget / 4 * 3)
        subsets = BoundedCache(budget: budget / 4)
    }

    /// How a stream is deflated: the text of the method (which must give the same bytes for the same data).
    enum Deflation: Hashable, Sendable {
        /// `PDFStreamBatch.deflate`: zlib level 1, window sized to the data.
        case batch
        /// `PDFObjectTable.deflate`: zlib's `compress2` at level 6.
        case whole
    }

    /// `data` deflated by `deflation`: the bytes kept from an earlier stream with the same data, or
    /// `deflate(data)`, kept for the next time. `nil` when `deflate` fails.
    func deflated(_ data: [UInt8], by deflation: Deflation, _ deflate: ([UInt8]) -> [UInt8]?) -> [UInt8]? {
        let key = StreamKey(deflation: deflation, data: data)
        if let known = streams.value(for: key) { return known }
        guard let result = deflate(data) else { return nil }
        streams.store(result, for: key, cost: data.count + result.count + 64)
        return result
    }

    /// `program`'s subset to `glyphs` (`FontProgram.subset`), kept from an earlier file or made now.
    func subset(of program: FontProgram, to glyphs: [UInt32]) throws(GraphicsError) -> FontSubset {
        let key = SubsetKey(path: program.path, index: program.index, glyphs: glyphs)
        if let known = subsets.value(for: key) { return known }
        let (file, newGlyphs, cidKeyedCFF) = try program.subset(glyphs)
        let subset = FontSubset(program: file, newGlyphs: newGlyphs, cidKeyedCFF: cidKeyedCFF)
        subsets.store(subset, for: key, cost: file.count + (cidKeyedCFF?.count ?? 0) + 8 * glyphs.count + 64)
        return subset
    }

    /// A font subset as `FontProgram.subset` returns it.
    struct FontSubset: Sendable {
        let program: [UInt8]
        let newGlyphs: [UInt32]
        let cidKeyedCFF: [UInt8]?

        /// The subset as the tuple `FontProgram.subset` returns.
        var parts: (program: [UInt8], newGlyphs: [UInt32], cidKeyedCFF: [UInt8]?) { (program, newGlyphs, cidKeyedCFF) }
    }

    /// A stream's raw data and how it is deflated, hashed once (the data may be hundreds of kilobytes).
    private struct StreamKey: Hashable, Sendable {
        let deflation: Deflation
        let data: [UInt8]
        let hash: Int

        init(deflation: Deflation, data: [UInt8]) {
            self.deflation = deflation
            self.data = data
            var hasher = Hasher()
            hasher.combine(deflation)
            data.withUnsafeBytes { hasher.combine(bytes: $0) }
            hash = hasher.finalize()
        }

        static func == (a: StreamKey, b: StreamKey) -> Bool {
            a.hash == b.hash && a.deflation == b.deflation && a.data.hasSameBytes(as: b.data)
        }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    }

    /// A face (its file and index) and the glyphs its subset keeps.
    private struct SubsetKey: Hashable, Sendable {
        let path: String
        let index: Int
        let glyphs: [UInt32]
    }
}
