import Foundation

/// A text block's paints (`TextBlock.glyphRuns`) already collected, by the lines and the origin they were
/// collected for. `TextEngine` keeps a paragraph's block from one render to the next, and a booklet written
/// again after a small edit places most paragraphs where they were, so their glyph runs are not asked of
/// Pango again; the paints are the very ones collected before, so the file's bytes are too. At most
/// `capacity` placements per block; locked, as several threads may write one document.
final class KeptPaints: @unchecked Sendable {
    /// Where the paints were collected for.
    struct Placement: Hashable {
        var lines: Range<Int>
        var origin: Point
    }

    /// How many placements a block keeps before it starts over (a paragraph is painted at one place per
    /// document, a label at a few).
    static let capacity = 4
    private let lock = NSLock()
    private var paints: [Placement: [TextPaint]] = [:]

    /// The paints kept for `placement`, or `collect()`'s, kept for the next time.
    func paints(for placement: Placement, collect: () -> [TextPaint]) -> [TextPaint] {
        if let kept = lock.withLock({ paints[placement] }) { return kept }
        let collected = collect()
        lock.withLock {
            if paints.count >= Self.capacity { paints.removeAll() }
            paints[placement] = collected
        }
        return collected
    }
}
