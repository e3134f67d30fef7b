import Graphics
import Layout

/// Paints laid-out frames on a Cairo `Context`. It knows frames, never what they mean: every decision
/// about position and size was made by layout.
///
/// Links and anchors become PDF tags (other surfaces ignore them), emitted after the page's drawing and
/// in page coordinates: Cairo 1.16 applies no transform to a tag's rectangle or point, and drops a
/// destination that comes before anything is drawn on its page. A link whose anchor is not among
/// `anchors` — its page was left out of the output — is dropped rather than left dangling.
///
/// A symbol is recorded once per painter and painted from its recording on PDF (see `Symbol`),
/// so one painter should paint all the pages of one document. Structure roles become tagged-PDF
/// structure elements (`StructureWriter`).
public struct FramePainter {
    /// The context painted on; its transform maps page coordinates to the device.
    public let context: Context
    /// The anchors that exist in the output; links to any other anchor are not emitted.
    public let anchors: Set<String>
    /// On SVG, the pixels across each image is carried at (by `ObjectIdentifier` of the `Image`); an
    /// image not named is carried at the size of each place it is drawn.
    public let svgImageWidths: [ObjectIdentifier: Int]
    private let symbols: SymbolRecordings
    private let structure: StructureWriter

    /// A painter for `context` whose output holds `anchors`.
    public init(context: Context, anchors: Set<String>, svgImageWidths: [ObjectIdentifier: Int] = [:]) {
        self.context = context
        self.anchors = anchors
        self.svgImageWidths = svgImageWidths
        symbols = SymbolRecordings(target: context.surface)
        structure = StructureWriter(context: context)
    }

    /// The alternative texts of the figures painted so far, in painting order (the order of the PDF's
    /// Figure structure elements).
    var figureAlternatives: [String] { structure.figureAlternatives }

    /// Paints one page's `frames` in order, the first at the bottom, then its links and anchors.
    public func paint(_ frames: [Frame]) throws(GraphicsError) {
        var tags = Tags()
        symbols.beginPage()
        try paint(frames, toPage: .identity, tags: &tags)
        structure.endAll()
        for (name, point) in tags.destinations { context.destination(name, at: point) }
        for (rect, target) in tags.links {
            switch target {
            case let .anchor(name): context.link(rect, toDestination: name)
            case let .uri(uri): context.link(rect, toURI: uri)
            }
        }
    }

    /// Every anchor named in `frames`, groups included.
    public static func anchors(in frames: [Frame]) -> Set<String> {
        var names: Set<String> = []
        for frame in frames {
            switch frame {
            case let .anchor(name, _): names.insert(name)
            case let .group(_, _, children): names.formUnion(anchors(in: children))
            default: break
            }
        }
        return names
    }

    /// Links and destinations met while painting, in page coordinates.
    private struct Tags {
        var destinations: [(String, Point)] = []
        var links: [(Rect, LinkTarget)] = []
    }

    /// Paints `frames`, whose coordinates `toPage` maps to the page's.
    private func paint(_ frames: [Frame], toPage: AffineTransform, tags: inout Tags) throws(GraphicsError) {
        for frame in frames {
            switch frame {
            case let .text(block, origin, lines):
                block.paint(lines: lines, in: context, at: origin)
            case let .shape(shape):
                try ShapePainter(context: context, symbols: symbols).paint(shape)
            case let .image(image, rect, clip):
                try symbols.draw(image, in: rect, clip: clip, svgPixelWidth: svgImageWidths[ObjectIdentifier(image)], on: context)
            case let .group(transform, clip, children):
                try context.withSavedState { () throws(GraphicsError) in
                    context.concatenate(transform)
                    if let clip {
                        context.setPath(clip)
                        context.clip()
                    }
                    try paint(children, toPage: transform.concatenating(toPage), tags: &tags)
                }
            case let .symbol(symbol, transform):
                try symbols.paint(symbol, transform: transform, on: context)
            case let .link(rect, target):
                if case let .anchor(name) = target, !anchors.contains(name) { continue }
                tags.links.append((Path.rectangle(rect).applying(toPage).bounds, target))
            case let .anchor(name, point):
                tags.destinations.append((name, Point(x: toPage.a * point.x + toPage.c * point.y + toPage.tx,
                                                      y: toPage.b * point.x + toPage.d * point.y + toPage.ty)))
            case let .beginStructure(role):
                structure.begin(role)
            case .endStructure:
                structure.end()
            }
        }
    }
}
