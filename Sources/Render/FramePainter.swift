import Graphics
import Layout

/// Paints laid-out frames on a Cairo `Context`. It knows frames, never what they mean: every decision
/// about position and size was made by layout.
///
/// Links and anchors become PDF tags (other surfaces ignore them). A link whose anchor is not among
/// `anchors` — its page was left out of the output — is dropped rather than left dangling.
public struct FramePainter {
    /// The context painted on.
    public let context: Context
    /// The anchors that exist in the output; links to any other anchor are not emitted.
    public let anchors: Set<String>

    /// A painter for `context` whose output holds `anchors`.
    public init(context: Context, anchors: Set<String>) {
        self.context = context
        self.anchors = anchors
    }

    /// Paints `frames` in order, the first at the bottom.
    public func paint(_ frames: [Frame]) throws(GraphicsError) {
        for frame in frames { try paint(frame) }
    }

    private func paint(_ frame: Frame) throws(GraphicsError) {
        switch frame {
        case let .text(block, origin, lines):
            block.paint(lines: lines, in: context, at: origin)
        case let .shape(shape):
            ShapePainter(context: context).paint(shape)
        case let .image(image, rect, clip):
            try context.draw(image, in: rect, clip: clip)
        case let .group(transform, clip, children):
            try context.withSavedState { () throws(GraphicsError) in
                context.concatenate(transform)
                if let clip {
                    context.setPath(clip)
                    context.clip()
                }
                try paint(children)
            }
        case let .link(rect, .anchor(name)):
            if anchors.contains(name) { context.link(rect, toDestination: name) }
        case let .link(rect, .uri(uri)):
            context.link(rect, toURI: uri)
        case let .anchor(name, point):
            context.destination(name, at: point)
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
}
