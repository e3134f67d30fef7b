import Graphics

/// A frame drawing outside the box it must stay in.
public struct FrameOverflow: Hashable, Sendable, CustomStringConvertible {
    /// 0-based page index.
    public var page: Int
    /// Index in the page's `frames`.
    public var frame: Int
    public var bounds: Rect
    public var allowed: Rect

    public var description: String {
        "page \(page + 1), frame \(frame): \(bounds) lies outside \(allowed)"
    }
}

extension LaidOutDocument {
    /// Every frame whose bounds leave its page's content box by more than `tolerance` points: the check that
    /// nothing spills into the margins or off the page. Empty for a good document.
    public func overflowingFrames(tolerance: Length = 0.01) -> [FrameOverflow] {
        var overflows: [FrameOverflow] = []
        for (pageIndex, page) in pages.enumerated() {
            for (frameIndex, frame) in page.frames.enumerated() where !frame.isStructureMark {
                let bounds = frame.bounds
                if !page.contentBox.contains(bounds, tolerance: tolerance) {
                    overflows.append(FrameOverflow(page: pageIndex, frame: frameIndex, bounds: bounds, allowed: page.contentBox))
                }
            }
        }
        return overflows
    }

    /// Characters no shipped font could draw, counted once per paragraph: must be zero in a good render.
    public var unknownGlyphCount: Int {
        var seen = Set<ObjectIdentifier>()
        var count = 0
        forEachFrame { frame in
            if case let .text(block, _, _) = frame, seen.insert(ObjectIdentifier(block)).inserted {
                count += block.unknownGlyphCount
            }
        }
        return count
    }

    /// The anchor names with the 0-based index of the page each is on.
    public var anchorPages: [String: Int] {
        var pagesByName: [String: Int] = [:]
        for (index, page) in pages.enumerated() {
            Frame.visit(page.frames) { if case let .anchor(name, _) = $0 { pagesByName[name] = index } }
        }
        return pagesByName
    }

    /// Throws when an anchor is defined twice or a link or outline entry points at no anchor.
    func checkAnchors() throws(LayoutError) {
        var names = Set<String>()
        var duplicate: String?
        var targets: [String] = []
        forEachFrame { frame in
            switch frame {
            case let .anchor(name, _): if !names.insert(name).inserted { duplicate = duplicate ?? name }
            case let .link(_, .anchor(name)): targets.append(name)
            default: break
            }
        }
        if let duplicate { throw .duplicateAnchor(duplicate) }
        func outlineAnchors(_ entries: [OutlineEntry]) -> [String] {
            entries.flatMap { [$0.anchor] + outlineAnchors($0.children) }
        }
        if let missing = (targets + outlineAnchors(outline)).first(where: { !names.contains($0) }) {
            throw .unknownAnchor(missing)
        }
    }

    private func forEachFrame(_ body: (Frame) -> Void) {
        for page in pages { Frame.visit(page.frames, body) }
    }
}
