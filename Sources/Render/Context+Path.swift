import Graphics
import Layout

extension Context {
    /// Replaces the current path with `path`.
    func setPath(_ path: Path) {
        newPath()
        for element in path.elements {
            switch element {
            case let .move(point): move(to: point)
            case let .line(point): line(to: point)
            case let .curve(point, control1, control2): curve(to: point, control1: control1, control2: control2)
            case .close: closePath()
            }
        }
    }
}
