import Graphics
import Layout

/// The white symbol inside an action badge's disc.
enum BadgeIcon: Hashable, Sendable {
    case action(ActionKind)
    /// Several specialists: two figures.
    case team

    /// The icon as shapes in white, centred on `centre` in a disc of `radius`.
    func frames(centre c: Point, radius r: Length) -> [Frame] {
        let line = max(r * 0.22, 0.35)
        let stroke = Stroke(color: .white, width: line, cap: .round, join: .round)
        func p(_ dx: Double, _ dy: Double) -> Point { Point(x: c.x + dx * r, y: c.y + dy * r) }
        func stroked(_ path: Path) -> [Frame] { [.shape(Shape(path: path, stroke: stroke))] }
        func filled(_ path: Path) -> [Frame] { [.shape(Shape(path: path, fill: .color(.white)))] }
        switch self {
        case .action(.extraction):
            var path = Path.line(from: p(-0.42, -0.42), to: p(0.42, 0.42))
            path.append(.line(from: p(0.42, -0.42), to: p(-0.42, 0.42)))
            return stroked(path)
        case .action(.implant):
            var path = Path.line(from: p(0, -0.6), to: p(0, 0.6))
            for dy in [-0.35, 0.0, 0.35] { path.append(.line(from: p(-0.32, dy), to: p(0.32, dy - 0.1))) }
            return stroked(path)
        case .action(.crown):
            var path = Path()
            path.move(to: p(-0.48, 0.45))
            path.line(to: p(-0.48, -0.05))
            path.curve(to: p(0.48, -0.05), control1: p(-0.48, -0.65), control2: p(0.48, -0.65))
            path.line(to: p(0.48, 0.45))
            return stroked(path)
        case .action(.bridge):
            var path = Path.line(from: p(-0.58, -0.32), to: p(0.58, -0.32))
            path.append(.line(from: p(-0.34, -0.32), to: p(-0.34, 0.5)))
            path.append(.line(from: p(0.34, -0.32), to: p(0.34, 0.5)))
            return stroked(path)
        case .action(.veneer):
            var path = Path()
            path.move(to: p(-0.15, -0.55))
            path.curve(to: p(-0.15, 0.55), control1: p(0.5, -0.3), control2: p(0.5, 0.3))
            return stroked(path)
        case .action(.filling):
            return filled(.rectangle(Rect(x: c.x - 0.4 * r, y: c.y - 0.4 * r, width: 0.8 * r, height: 0.8 * r), radius: 0.12 * r))
        case .action(.inlay):
            return stroked(.rectangle(Rect(x: c.x - 0.38 * r, y: c.y - 0.38 * r, width: 0.76 * r, height: 0.76 * r)))
        case .action(.endodontics):
            var path = Path()
            path.move(to: p(-0.42, -0.5))
            path.line(to: p(0, 0.6))
            path.line(to: p(0.42, -0.5))
            path.append(.line(from: p(0, -0.5), to: p(0, 0.25)))
            return stroked(path)
        case .action(.post):
            return filled(.rectangle(Rect(x: c.x - 0.16 * r, y: c.y - 0.55 * r, width: 0.32 * r, height: 1.1 * r)))
        case .action(.hygiene):
            return filled(Marks.polygon([p(0, -0.65), p(0.16, -0.16), p(0.65, 0), p(0.16, 0.16), p(0, 0.65), p(-0.16, 0.16),
                                         p(-0.65, 0), p(-0.16, -0.16)]))
        case .action(.periodontal):
            return stroked(Marks.wave(x0: c.x - 0.58 * r, x1: c.x + 0.58 * r, y: c.y, periods: 1, amplitude: 0.28 * r))
        case .action(.other):
            return filled(Marks.circle(c, radius: 0.26 * r))
        case .team:
            var path = Path()
            for dx in [-0.3, 0.3] {
                path.append(Marks.circle(p(dx, -0.25), radius: 0.19 * r))
                path.move(to: p(dx - 0.3, 0.55))
                path.curve(to: p(dx + 0.3, 0.55), control1: p(dx - 0.3, 0.02), control2: p(dx + 0.3, 0.02))
                path.close()
            }
            return filled(path)
        }
    }
}
