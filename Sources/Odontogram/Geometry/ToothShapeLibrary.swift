import DentalModel
import Graphics
import Layout

/// The tooth outlines, built once from a few knots each. Upper molars have three roots, lower molars
/// two, the upper first premolar two, every other tooth one; primary molars have thin, splayed roots
/// (they make room for the premolar growing between them).
enum ToothShapeLibrary {
    /// The side-view shape for `tooth`.
    static func shape(for tooth: ToothNumber) -> ToothShape {
        let upper = tooth.jaw == .upper
        switch (tooth.kind, tooth.isPrimary) {
        case (.incisor, _): return upper ? upperIncisor : lowerIncisor
        case (.canine, _): return upper ? upperCanine : lowerCanine
        case (.premolar, _): return upper && tooth.position == 4 ? upperFirstPremolar : premolar
        case (.molar, true): return upper ? primaryUpperMolar : primaryLowerMolar
        case (.molar, false):
            switch (upper, tooth.position == 8) {
            case (true, false): return upperMolar
            case (true, true): return upperThirdMolar
            case (false, false): return lowerMolar
            case (false, true): return lowerThirdMolar
            }
        }
    }

    // MARK: Shapes

    static let upperIncisor = ToothShape(crown: incisorCrown, roots: [root(0.27, 0.73, apex: (0.47, 0.07))],
                                         canals: [axis(0.27, 0.73, apex: (0.47, 0.07))])
    static let lowerIncisor = upperIncisor.narrowed(0.84)
    static let upperCanine = ToothShape(crown: canineCrown, roots: [root(0.26, 0.74, apex: (0.46, 0.015))],
                                        canals: [axis(0.26, 0.74, apex: (0.46, 0.015))])
    static let lowerCanine = upperCanine.narrowed(0.9)
    static let premolar = ToothShape(crown: premolarCrown, roots: [root(0.28, 0.72, apex: (0.47, 0.07))],
                                     canals: [axis(0.28, 0.72, apex: (0.47, 0.07))])
    /// Buccal and palatal roots; the palatal one is behind.
    static let upperFirstPremolar = ToothShape(
        crown: premolarCrown,
        roots: [root(0.42, 0.74, apex: (0.60, 0.09)), root(0.26, 0.60, apex: (0.38, 0.08))],
        canals: [axis(0.42, 0.74, apex: (0.60, 0.09)), axis(0.26, 0.60, apex: (0.38, 0.08))])
    /// Palatal (behind, longest), distobuccal and mesiobuccal roots.
    static let upperMolar = ToothShape(
        crown: molarCrown(cusps: [0.30, 0.70]),
        roots: [root(0.36, 0.66, apex: (0.50, 0.04)), root(0.13, 0.42, apex: (0.20, 0.14)),
                root(0.58, 0.87, apex: (0.78, 0.12))],
        canals: [axis(0.36, 0.66, apex: (0.50, 0.04)), axis(0.13, 0.42, apex: (0.20, 0.14)),
                 axis(0.58, 0.87, apex: (0.78, 0.12))])
    static let lowerMolar = ToothShape(
        crown: molarCrown(cusps: [0.22, 0.50, 0.78]),
        roots: [root(0.14, 0.45, apex: (0.24, 0.10)), root(0.54, 0.87, apex: (0.72, 0.08))],
        canals: [axis(0.14, 0.45, apex: (0.24, 0.10)), axis(0.54, 0.87, apex: (0.72, 0.08))])
    /// Upper third molars usually have their roots fused into one cone.
    static let upperThirdMolar = ToothShape(
        crown: molarCrown(cusps: [0.32, 0.68]), roots: [root(0.20, 0.80, apex: (0.44, 0.18))],
        canals: [axis(0.20, 0.80, apex: (0.44, 0.18))])
    /// Lower third molars: two short roots bent together.
    static let lowerThirdMolar = ToothShape(
        crown: molarCrown(cusps: [0.25, 0.52, 0.78]),
        roots: [root(0.17, 0.48, apex: (0.34, 0.17)), root(0.52, 0.84, apex: (0.60, 0.15))],
        canals: [axis(0.17, 0.48, apex: (0.34, 0.17)), axis(0.52, 0.84, apex: (0.60, 0.15))])
    static let primaryUpperMolar = ToothShape(
        crown: molarCrown(cusps: [0.32, 0.68], neck: 0.22),
        roots: [root(0.40, 0.62, apex: (0.50, 0.10)), root(0.14, 0.36, apex: (0.11, 0.15)),
                root(0.64, 0.86, apex: (0.89, 0.15))],
        canals: [axis(0.40, 0.62, apex: (0.50, 0.10)), axis(0.14, 0.36, apex: (0.11, 0.15)),
                 axis(0.64, 0.86, apex: (0.89, 0.15))])
    static let primaryLowerMolar = ToothShape(
        crown: molarCrown(cusps: [0.24, 0.50, 0.76], neck: 0.22),
        roots: [root(0.14, 0.40, apex: (0.11, 0.12)), root(0.60, 0.86, apex: (0.89, 0.12))],
        canals: [axis(0.14, 0.40, apex: (0.11, 0.12)), axis(0.60, 0.86, apex: (0.89, 0.12))])

    // MARK: Crowns

    /// A shovel-shaped crown widening to a straight incisal edge; the mesial corner (right) is sharper.
    static let incisorCrown = Spline.closed([
        Knot(0.27, 0.60, sharp: true), Knot(0.18, 0.74), Knot(0.13, 0.88), Knot(0.16, 0.975), Knot(0.26, 0.997),
        Knot(0.55, 0.998), Knot(0.84, 0.995), Knot(0.885, 0.95), Knot(0.87, 0.84), Knot(0.81, 0.72),
        Knot(0.73, 0.60, sharp: true), Knot(0.50, 0.565),
    ])

    /// A pointed crown; the cusp tip leans mesially, so the distal slope is the longer.
    static let canineCrown = Spline.closed([
        Knot(0.25, 0.60, sharp: true), Knot(0.16, 0.70), Knot(0.12, 0.80), Knot(0.19, 0.90), Knot(0.35, 0.965),
        Knot(0.55, 1.0, sharp: true), Knot(0.72, 0.95), Knot(0.86, 0.86), Knot(0.88, 0.76), Knot(0.83, 0.67),
        Knot(0.75, 0.60, sharp: true), Knot(0.50, 0.565),
    ])

    /// A bulbous crown with one blunt buccal cusp.
    static let premolarCrown = Spline.closed([
        Knot(0.26, 0.60, sharp: true), Knot(0.15, 0.69), Knot(0.12, 0.80), Knot(0.17, 0.90), Knot(0.32, 0.965),
        Knot(0.52, 0.995), Knot(0.72, 0.96), Knot(0.86, 0.88), Knot(0.88, 0.78), Knot(0.84, 0.67),
        Knot(0.74, 0.60, sharp: true), Knot(0.50, 0.57),
    ])

    /// A wide crown with a cusp at each of `cusps` (x) and a groove between neighbours; `neck` is how far
    /// in the cervical corners sit (primary molars are pinched at the neck).
    static func molarCrown(cusps: [Double], neck: Double = 0.17) -> Path {
        var knots = [Knot(neck, 0.60, sharp: true), Knot(0.07, 0.68), Knot(0.05, 0.80), Knot(0.08, 0.92),
                     Knot((cusps.first ?? 0.3) - 0.11, 0.975)]
        for (index, cusp) in cusps.enumerated() {
            knots.append(Knot(cusp, 0.995))
            if index + 1 < cusps.count {
                let groove = (cusp + cusps[index + 1]) / 2
                knots.append(Knot(groove, 0.95, sharp: true))
            }
        }
        knots += [Knot((cusps.last ?? 0.7) + 0.11, 0.975), Knot(0.92, 0.92), Knot(0.95, 0.80), Knot(0.93, 0.68),
                  Knot(1 - neck, 0.60, sharp: true), Knot(0.50, 0.575)]
        return Spline.closed(knots)
    }

    // MARK: Roots

    /// A tapered root from the cervical line between `left` and `right` to a rounded `apex`.
    static func root(_ left: Double, _ right: Double, apex: (x: Double, y: Double)) -> Path {
        let top = 0.615, tip = 0.06
        let middle = top - (top - apex.y) * 0.45, shoulder = apex.y + (top - apex.y) * 0.12
        return Spline.closed([
            Knot(left, top, sharp: true), Knot(left + (apex.x - tip - left) * 0.3, middle),
            Knot(apex.x - tip, shoulder), Knot(apex.x, apex.y), Knot(apex.x + tip, shoulder),
            Knot(right + (apex.x + tip - right) * 0.3, middle), Knot(right, top, sharp: true),
        ])
    }

    /// The canal of the root `root(left, right, apex:)`: from the pulp chamber to just short of the apex.
    static func axis(_ left: Double, _ right: Double, apex: (x: Double, y: Double)) -> RootAxis {
        RootAxis(top: Point(x: (left + right) / 2, y: 0.68), apex: Point(x: apex.x, y: apex.y + 0.03))
    }
}
