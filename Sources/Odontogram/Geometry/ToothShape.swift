import DentalModel
import Graphics
import Layout

/// The side view (crown and roots) of one tooth type in its unit box, as charted for an upper tooth on the
/// patient's right: x runs 0…1 with the mesial side at 1, y runs 0…1 from above the root apex (0) to the
/// biting edge (1); the cervical line (the gum line) sits at y = 0.6 for every tooth, so a row of
/// teeth shares one gum line and marks at the gum line are placed once for all. `UnitBox` mirrors and
/// flips it into place.
struct ToothShape: Sendable {
    /// The crown outline.
    var crown: Path
    /// The root outlines, back to front.
    var roots: [Path]
    /// One axis per root, from the pulp chamber to the apex: where a canal filling or a post is drawn.
    var canals: [RootAxis]

    /// The centre of the root apices, where a periapical lesion is drawn, and how far apart they spread.
    var apexCentre: (point: Point, spread: Double) {
        let apices = canals.map(\.apex)
        let x = apices.map(\.x).reduce(0, +) / Double(max(apices.count, 1))
        let y = apices.map(\.y).reduce(0, +) / Double(max(apices.count, 1))
        let spread = (apices.map(\.x).max() ?? x) - (apices.map(\.x).min() ?? x)
        return (Point(x: x, y: y), spread)
    }

    /// The shape squeezed horizontally about the box's middle (narrower lower incisors).
    func narrowed(_ factor: Double) -> ToothShape {
        let squeeze = AffineTransform(a: factor, b: 0, c: 0, d: 1, tx: 0.5 * (1 - factor), ty: 0)
        return ToothShape(crown: crown.applying(squeeze), roots: roots.map { $0.applying(squeeze) },
                          canals: canals.map { RootAxis(top: squeeze.map($0.top), apex: squeeze.map($0.apex)) })
    }
}

/// The centre line of one root, from the pulp chamber (`top`, crown side) to the `apex`.
struct RootAxis: Sendable {
    var top: Point
    var apex: Point
}

extension AffineTransform {
    /// `point` mapped through the transform.
    func map(_ point: Point) -> Point {
        Point(x: a * point.x + c * point.y + tx, y: b * point.x + d * point.y + ty)
    }
}
