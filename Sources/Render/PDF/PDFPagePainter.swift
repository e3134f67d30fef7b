import Graphics
import Layout

/// Writes one page's frames into its content stream: the flip first, then each frame in order, its
/// drawing inside the marked content of the structure element it belongs to (or `/Artifact` when it
/// belongs to none); and gathers the page's links and anchors in page coordinates.
///
/// A marked-content sequence is opened lazily before something is drawn and closed when the element
/// changes, before a group's `q` and `Q`, and at the end of the page, so sequences never straddle a
/// change of graphics state nesting.
struct PDFPagePainter {
    private var drawing: PDFDrawing
    private let structure: PDFStructureTree
    private let text: PDFTextWriter
    /// The page's index in the file.
    private let pageIndex: Int
    /// The anchors the file holds; links to others are dropped.
    private let anchors: Set<String>
    /// The open roles, innermost last, with their elements (`nil` when written as none).
    private var open: [(role: StructureRole, element: Int?)] = []
    /// The marked content open now.
    private var marked: Mark?
    /// Links met, in page coordinates (y down).
    private(set) var links: [(rect: Rect, target: LinkTarget)] = []
    /// Anchors met, in page coordinates (y down).
    private(set) var destinations: [(name: String, point: Point)] = []

    private enum Mark: Equatable {
        case element(Int)
        case artifact
    }

    init(document: PDFDocumentWriter, pageIndex: Int, height: Double, anchors: Set<String>) {
        drawing = PDFDrawing(document: document)
        structure = document.structure
        text = document.text
        self.pageIndex = pageIndex
        self.anchors = anchors
        drawing.canvas.content.append("1 0 0 -1 0 ")
        drawing.canvas.content.number(height)
        drawing.canvas.content.append("cm\n")
    }

    /// Paints `frames` and closes what is still open; returns the content stream's bytes.
    mutating func paint(_ frames: [Frame]) throws(GraphicsError) -> [UInt8] {
        try paint(frames, toPage: .identity)
        closeMark()
        open = []
        return drawing.canvas.content.bytes
    }

    private mutating func paint(_ frames: [Frame], toPage: AffineTransform) throws(GraphicsError) {
        for frame in frames {
            switch frame {
            case let .text(block, origin, lines):
                enterMark()
                try text.show(block, lines: lines, at: origin, into: &drawing.canvas.content)
            case let .shape(shape):
                enterMark()
                try drawing.paint(shape)
            case let .image(image, rect, clip):
                enterMark()
                try drawing.draw(image, in: rect, clip: clip)
            case let .symbol(symbol, transform):
                enterMark()
                try drawing.paint(symbol, transform: transform)
            case let .group(transform, clip, children):
                closeMark()
                drawing.canvas.save()
                drawing.canvas.concatenate(transform)
                if let clip {
                    drawing.canvas.append(clip)
                    drawing.canvas.clip()
                }
                try paint(children, toPage: transform.concatenating(toPage))
                closeMark()
                drawing.canvas.restore()
            case let .link(rect, target):
                if case let .anchor(name) = target, !anchors.contains(name) { continue }
                links.append((Path.rectangle(rect).applying(toPage).bounds, target))
            case let .anchor(name, point):
                destinations.append((name, Point(x: toPage.a * point.x + toPage.c * point.y + toPage.tx,
                                                 y: toPage.b * point.x + toPage.d * point.y + toPage.ty)))
            case let .beginStructure(role):
                var element: Int?
                if let type = PDFStructureTree.elementType(for: role, inside: open) {
                    var alternative: String?
                    if case let .figure(words) = role { alternative = words }
                    element = structure.open(type, parent: open.last { $0.element != nil }?.element, alternative: alternative)
                }
                open.append((role, element))
            case .endStructure:
                _ = open.popLast()
            }
        }
    }

    /// What drawn content belongs to now: the innermost written element, unless an artifact role is open
    /// inside it.
    private var currentMark: Mark {
        for entry in open.reversed() {
            if entry.role == .artifact { return .artifact }
            if let element = entry.element { return .element(element) }
        }
        return .artifact
    }

    /// Opens the marked content the next drawing belongs to, closing another one first.
    private mutating func enterMark() {
        let wanted = currentMark
        guard marked != wanted else { return }
        closeMark()
        switch wanted {
        case .artifact:
            drawing.canvas.content.append("/Artifact BMC\n")
        case let .element(element):
            let mcid = structure.mark(element, page: pageIndex)
            drawing.canvas.content.append("/\(structure.elements[element].type) <</MCID \(mcid)>> BDC\n")
        }
        marked = wanted
    }

    private mutating func closeMark() {
        guard marked != nil else { return }
        drawing.canvas.content.append("EMC\n")
        marked = nil
    }
}
