import Graphics

/// One positioned thing on a page, in page coordinates (points, origin top-left). Layout produces
/// frames; back-ends paint them and know nothing else.
public enum Frame {
    /// Lines `lines` of a measured paragraph, the first of them with its top-left at `origin`.
    case text(TextBlock, origin: Point, lines: Range<Int>)
    /// A filled and/or stroked path.
    case shape(Shape)
    /// An image stretched into `rect` (layout has already fitted or cropped it), clipped to `clip`.
    case image(Image, rect: Rect, clip: Rect?)
    /// Child frames drawn under `transform` (applied to the children's coordinates) and inside `clip`.
    case group(transform: AffineTransform, clip: Path?, children: [Frame])
    /// A shared drawing placed with `transform` (applied to the symbol's coordinates).
    case symbol(Symbol, transform: AffineTransform)
    /// A clickable area leading to a named anchor in the document or to a URI.
    case link(Rect, target: LinkTarget)
    /// A named place links and outline entries point at.
    case anchor(String, at: Point)
    /// The frames up to the matching `endStructure` of the same page are, to a reader, `StructureRole`.
    /// Pairs nest; they draw nothing.
    case beginStructure(StructureRole)
    /// Ends the innermost open `beginStructure`.
    case endStructure

    /// Where the frame draws, in the coordinates it is placed in: what bounds tests check against
    /// containers. Groups report their children's bounds through their transform (corners mapped).
    public var bounds: Rect {
        switch self {
        case let .text(block, origin, lines):
            guard let first = lines.first, let last = lines.last else { return Rect(origin: origin, size: .zero) }
            let height = block.lines[last].bottom - block.lines[first].top
            return Rect(x: origin.x, y: origin.y, width: block.size.width, height: height)
        case let .shape(shape):
            let half = (shape.stroke?.width ?? 0) / 2
            let b = shape.path.bounds
            return Rect(x: b.minX - half, y: b.minY - half, width: b.width + 2 * half, height: b.height + 2 * half)
        case let .image(_, rect, clip):
            return clip ?? rect
        case let .group(transform, clip, children):
            let inner = clip?.bounds ?? Self.union(children.filter { !$0.isStructureMark }.map(\.bounds))
            return Path.rectangle(inner).applying(transform).bounds
        case let .symbol(symbol, transform):
            return Path.rectangle(symbol.bounds).applying(transform).bounds
        case let .link(rect, _):
            return rect
        case let .anchor(_, point):
            return Rect(origin: point, size: .zero)
        case .beginStructure, .endStructure:
            return Rect(origin: .zero, size: .zero)
        }
    }

    /// Calls `body` with every frame of `frames`, groups' children included (a group before them).
    public static func visit(_ frames: [Frame], _ body: (Frame) -> Void) {
        for frame in frames {
            body(frame)
            if case let .group(_, _, children) = frame { visit(children, body) }
        }
    }

    /// Whether the frame opens or closes a structure role (and so draws nothing and has no place).
    public var isStructureMark: Bool {
        switch self {
        case .beginStructure, .endStructure: true
        default: false
        }
    }

    /// `frames` between a `beginStructure(role)` and its `endStructure`; empty frames stay empty, so an
    /// empty region stays empty.
    public static func structured(_ role: StructureRole, _ frames: [Frame]) -> [Frame] {
        guard !frames.isEmpty else { return [] }
        var marked: [Frame] = []
        marked.reserveCapacity(frames.count + 2)
        marked.append(.beginStructure(role))
        marked.append(contentsOf: frames)
        marked.append(.endStructure)
        return marked
    }

    /// The smallest rectangle holding all of `rects`.
    public static func union(_ rects: [Rect]) -> Rect {
        guard let first = rects.first else { return Rect(origin: .zero, size: .zero) }
        var minX = first.minX, minY = first.minY, maxX = first.maxX, maxY = first.maxY
        for r in rects.dropFirst() {
            minX = min(minX, r.minX); minY = min(minY, r.minY); maxX = max(maxX, r.maxX); maxY = max(maxY, r.maxY)
        }
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }
}

/// Where a link leads.
public enum LinkTarget: Hashable, Sendable {
    case anchor(String)
    case uri(String)
}

/// A laid-out page: its size and its frames in painting order.
public struct Page {
    public var size: Size
    public var frames: [Frame]
    /// The page inside its margins: where every frame must lie (the whole page when there are none).
    public var contentBox: Rect
    /// The finished page after trimming, when the sheet is larger (it has bleed); `nil` when the sheet is
    /// the finished page.
    public var trimBox: Rect?
    public init(size: Size, frames: [Frame] = [], contentBox: Rect? = nil, trimBox: Rect? = nil) {
        self.size = size; self.frames = frames; self.contentBox = contentBox ?? Rect(origin: .zero, size: size)
        self.trimBox = trimBox
    }
}

/// A bookmark in the PDF outline.
public struct OutlineEntry: Hashable, Sendable {
    public var title: String
    public var anchor: String
    public var children: [OutlineEntry]
    public init(title: String, anchor: String, children: [OutlineEntry] = []) {
        self.title = title; self.anchor = anchor; self.children = children
    }
}

/// The finished layout: pages of frames, plus what the PDF needs beyond pages.
public struct LaidOutDocument {
    public var pages: [Page]
    public var metadata: PDFMetadata
    public var outline: [OutlineEntry]
    /// Whether its PDF is to be PDF/A-2b, for the medical record.
    public var archival = false
    public init(pages: [Page], metadata: PDFMetadata, outline: [OutlineEntry] = []) {
        self.pages = pages; self.metadata = metadata; self.outline = outline
    }
}
