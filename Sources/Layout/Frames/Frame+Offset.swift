import Graphics

extension Frame {
    /// The same frame moved by `dx`, `dy` (gradients move with their shapes).
    public func offsetBy(dx: Length, dy: Length) -> Frame {
        switch self {
        case let .text(block, origin, lines):
            return .text(block, origin: Point(x: origin.x + dx, y: origin.y + dy), lines: lines)
        case let .shape(shape):
            return .shape(shape.offsetBy(dx: dx, dy: dy))
        case let .image(image, rect, clip):
            return .image(image, rect: rect.offsetBy(dx: dx, dy: dy), clip: clip?.offsetBy(dx: dx, dy: dy))
        case let .group(transform, clip, children):
            return .group(transform: transform.concatenating(.translation(dx, dy)), clip: clip, children: children)
        case let .symbol(symbol, transform):
            return .symbol(symbol, transform: transform.concatenating(.translation(dx, dy)))
        case let .link(rect, target):
            return .link(rect.offsetBy(dx: dx, dy: dy), target: target)
        case let .anchor(name, point):
            return .anchor(name, at: Point(x: point.x + dx, y: point.y + dy))
        case .beginStructure, .endStructure:
            return self
        }
    }
}

extension Shape {
    /// The same shape moved by `dx`, `dy`.
    public func offsetBy(dx: Length, dy: Length) -> Shape {
        Shape(path: path.applying(.translation(dx, dy)), fill: fill?.offsetBy(dx: dx, dy: dy), stroke: stroke,
              evenOdd: evenOdd)
    }
}

extension Fill {
    /// The same fill moved by `dx`, `dy`: only a gradient has a position.
    public func offsetBy(dx: Length, dy: Length) -> Fill {
        guard case let .linearGradient(from, to, stops) = self else { return self }
        return .linearGradient(from: Point(x: from.x + dx, y: from.y + dy), to: Point(x: to.x + dx, y: to.y + dy),
                               stops: stops)
    }
}
