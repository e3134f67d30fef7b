import Graphics
import Layout

/// A small pill: a disc in the accent colour with a white icon, then a figure (the visit number, or the
/// number of specialists).
enum ActionBadge {
    /// The badge's frames with its top-left at `origin`, `height` tall; returns the frames and the width used.
    static func frames(icon: BadgeIcon, figure: TextBlock?, origin: Point, height: Length,
                       accent: Color) -> (frames: [Frame], width: Length) {
        let radius = height / 2
        let figureWidth = figure.map { $0.size.width + height * 0.32 } ?? 0
        let width = height + figureWidth
        let pill = Rect(x: origin.x, y: origin.y, width: width, height: height)
        var frames: [Frame] = []
        if figure != nil {
            frames.append(.shape(Shape(path: .rectangle(pill, radius: radius), fill: .color(.white),
                                       stroke: Stroke(color: accent, width: max(height * 0.06, 0.3)))))
        }
        let centre = Point(x: origin.x + radius, y: origin.y + radius)
        frames.append(.shape(Shape(path: Marks.circle(centre, radius: radius), fill: .color(accent))))
        frames += icon.frames(centre: centre, radius: radius)
        if let figure, let first = figure.lines.first {
            let y = origin.y + radius - (first.bottom - first.top) / 2
            frames.append(.text(figure, origin: Point(x: origin.x + height + height * 0.1, y: y), lines: 0..<figure.lines.count))
        }
        return (frames, width)
    }
}
