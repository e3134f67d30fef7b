import Graphics

/// A vector outline in points: the geometry of shapes, chart glyphs and clips.
public struct Path: Hashable, Sendable {
    /// One drawing instruction.
    public enum Element: Hashable, Sendable {
        case move(Point)
        case line(Point)
        case curve(to: Point, control1: Point, control2: Point)
        case close
    }

    public private(set) var elements: [Element] = []

    public init() {}

    public mutating func move(to point: Point) { elements.append(.move(point)) }
    public mutating func line(to point: Point) { elements.append(.line(point)) }
    public mutating func curve(to point: Point, control1: Point, control2: Point) {
        elements.append(.curve(to: point, control1: control1, control2: control2))
    }
    public mutating func close() { elements.append(.close) }

    /// Appends every element of `other`.
    public mutating func append(_ other: Path) { elements += other.elements }

    /// A rectangle, with corners rounded by `radius` when it is positive.
    public static func rectangle(_ rect: Rect, radius: Length = 0) -> Path {
        var path = Path()
        let r = min(radius, rect.width / 2, rect.height / 2)
        guard r > 0 else {
            path.move(to: rect.origin)
            path.line(to: Point(x: rect.maxX, y: rect.minY))
            path.line(to: Point(x: rect.maxX, y: rect.maxY))
            path.line(to: Point(x: rect.minX, y: rect.maxY))
            path.close()
            return path
        }
        let k = r * 0.552_284_75  // control distance of a quarter circle
        path.move(to: Point(x: rect.minX + r, y: rect.minY))
        path.line(to: Point(x: rect.maxX - r, y: rect.minY))
        path.curve(to: Point(x: rect.maxX, y: rect.minY + r), control1: Point(x: rect.maxX - r + k, y: rect.minY),
                   control2: Point(x: rect.maxX, y: rect.minY + r - k))
        path.line(to: Point(x: rect.maxX, y: rect.maxY - r))
        path.curve(to: Point(x: rect.maxX - r, y: rect.maxY), control1: Point(x: rect.maxX, y: rect.maxY - r + k),
                   control2: Point(x: rect.maxX - r + k, y: rect.maxY))
        path.line(to: Point(x: rect.minX + r, y: rect.maxY))
        path.curve(to: Point(x: rect.minX, y: rect.maxY - r), control1: Point(x: rect.minX + r - k, y: rect.maxY),
                   control2: Point(x: rect.minX, y: rect.maxY - r + k))
        path.line(to: Point(x: rect.minX, y: rect.minY + r))
        path.curve(to: Point(x: rect.minX + r, y: rect.minY), control1: Point(x: rect.minX, y: rect.minY + r - k),
                   control2: Point(x: rect.minX + r - k, y: rect.minY))
        path.close()
        return path
    }

    /// An ellipse inscribed in `rect`.
    public static func ellipse(in rect: Rect) -> Path {
        let rx = rect.width / 2, ry = rect.height / 2
        let cx = rect.minX + rx, cy = rect.minY + ry
        let kx = rx * 0.552_284_75, ky = ry * 0.552_284_75
        var path = Path()
        path.move(to: Point(x: cx + rx, y: cy))
        path.curve(to: Point(x: cx, y: cy + ry), control1: Point(x: cx + rx, y: cy + ky), control2: Point(x: cx + kx, y: cy + ry))
        path.curve(to: Point(x: cx - rx, y: cy), control1: Point(x: cx - kx, y: cy + ry), control2: Point(x: cx - rx, y: cy + ky))
        path.curve(to: Point(x: cx, y: cy - ry), control1: Point(x: cx - rx, y: cy - ky), control2: Point(x: cx - kx, y: cy - ry))
        path.curve(to: Point(x: cx + rx, y: cy), control1: Point(x: cx + kx, y: cy - ry), control2: Point(x: cx + rx, y: cy - ky))
        path.close()
        return path
    }

    /// A straight segment.
    public static func line(from start: Point, to end: Point) -> Path {
        var path = Path()
        path.move(to: start)
        path.line(to: end)
        return path
    }

    /// The path with every point mapped through `transform`.
    public func applying(_ transform: AffineTransform) -> Path {
        // A translation (layout moves every frame into its container at every level) needs no products.
        let translates = transform.a == 1 && transform.b == 0 && transform.c == 0 && transform.d == 1
        func map(_ p: Point) -> Point {
            if translates { return Point(x: p.x + transform.tx, y: p.y + transform.ty) }
            return Point(x: transform.a * p.x + transform.c * p.y + transform.tx, y: transform.b * p.x + transform.d * p.y + transform.ty)
        }
        var result = Path()
        result.elements = elements.map {
            switch $0 {
            case let .move(p): .move(map(p))
            case let .line(p): .line(map(p))
            case let .curve(p, c1, c2): .curve(to: map(p), control1: map(c1), control2: map(c2))
            case .close: .close
            }
        }
        return result
    }

    /// The smallest rectangle holding every point and control point (an upper bound of the drawn area).
    public var bounds: Rect {
        var points: [Point] = []
        for element in elements {
            switch element {
            case let .move(p), let .line(p): points.append(p)
            case let .curve(p, c1, c2): points += [p, c1, c2]
            case .close: break
            }
        }
        guard let first = points.first else { return Rect(origin: .zero, size: .zero) }
        var minX = first.x, minY = first.y, maxX = first.x, maxY = first.y
        for p in points {
            minX = min(minX, p.x); minY = min(minY, p.y); maxX = max(maxX, p.x); maxY = max(maxY, p.y)
        }
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }
}
