import Graphics

extension LayoutEngine {
    /// An image fitted into a frame as wide as `width`, with its caption under it.
    func image(_ image: Image, sizing: ImageSizing, fit: ImageFit, caption: Block?, captionSpacing: Length,
               width: Length) throws(LayoutError) -> Fragment {
        let natural = image.uprightSize
        let frameHeight: Length
        switch sizing {
        case .natural: frameHeight = width * natural.height / natural.width
        case let .height(height): frameHeight = height
        case let .aspectRatio(ratio):
            guard ratio > 0 else { throw .invalidSize("image '\(image.name)': an aspect ratio of \(ratio)") }
            frameHeight = width / ratio
        }
        guard frameHeight >= 0, frameHeight.isFinite else {
            throw .invalidSize("image '\(image.name)': a height of \(frameHeight) pt")
        }
        let box = Rect(x: 0, y: 0, width: width, height: frameHeight)
        let picture = [Self.fitted(image, into: box, fit: fit)]
        guard let caption else { return Fragment(height: frameHeight, frames: picture) }
        let words = try whole(.tagged(.caption, caption), width: width)
        var fragment = Fragment(height: frameHeight, frames: Frame.structured(.figure(alternativeText: Self.text(of: words.frames)), picture))
        fragment.place(words, at: Point(x: 0, y: frameHeight + captionSpacing))
        return fragment
    }

    /// The text of the paragraphs among `frames` (laid out whole): a caption said as an image's alternative text.
    static func text(of frames: [Frame]) -> String {
        frames.compactMap { frame -> String? in
            guard case let .text(block, _, _) = frame else { return nil }
            return block.text
        }.joined(separator: " ")
    }

    /// The image frame for `box`: letterboxed and centred (`.contain`) or centred and cropped (`.cover`).
    static func fitted(_ image: Image, into box: Rect, fit: ImageFit) -> Frame {
        let natural = image.uprightSize
        let scaleX = box.width / natural.width, scaleY = box.height / natural.height
        let scale = fit == .contain ? min(scaleX, scaleY) : max(scaleX, scaleY)
        let size = Size(width: natural.width * scale, height: natural.height * scale)
        let rect = Rect(x: box.minX + (box.width - size.width) / 2, y: box.minY + (box.height - size.height) / 2,
                        width: size.width, height: size.height)
        return .image(image, rect: rect, clip: fit == .cover ? box : nil)
    }

    /// A drawing at `width`, as tall as it asks.
    func drawing(_ drawing: Drawing, width: Length) throws(LayoutError) -> Fragment {
        let height = drawing.heightForWidth(width)
        guard height >= 0, height.isFinite else { throw .invalidSize("a drawing asked for a height of \(height) pt") }
        let frames = frames(of: drawing, in: Rect(x: 0, y: 0, width: width, height: height))
        guard let words = drawing.alternativeText else { return Fragment(height: height, frames: frames) }
        return Fragment(height: height, frames: Frame.structured(.figure(alternativeText: words), frames))
    }

    /// The frames `drawing` draws into `rect`: drawn once and kept when the drawing has an identity (see
    /// `Drawing.identity`), drawn every time when it has none. At `drawingReuseCapacity` kept drawings the
    /// memory starts over.
    func frames(of drawing: Drawing, in rect: Rect) -> [Frame] {
        guard let identity = drawing.identity else { return drawing.draw(rect) }
        let key = DrawingKey(identity: identity, rect: rect)
        if let kept = drawn[key] { return kept }
        let frames = drawing.draw(rect)
        if drawn.count >= drawingReuseCapacity { drawn.removeAll(keepingCapacity: true) }
        drawn[key] = frames
        return frames
    }

    /// A drawing's identity and the rectangle it was drawn into.
    struct DrawingKey: Hashable {
        var identity: AnyHashable
        var rect: Rect
    }
}
