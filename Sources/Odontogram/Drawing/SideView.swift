import DentalModel
import Graphics
import Layout

/// The side view of one tooth — crown and roots — with everything its look asks for, as frames.
struct SideView {
    let tooth: ToothNumber
    let look: ToothLook
    let box: UnitBox
    let inks: Inks
    private let shape: ToothShape

    init(tooth: ToothNumber, look: ToothLook, in rect: Rect) {
        self.tooth = tooth
        self.look = look
        box = UnitBox(tooth: tooth, rect: rect)
        inks = Inks(toothWidth: rect.width)
        shape = ToothShapeLibrary.shape(for: tooth)
    }

    func frames() -> [Frame] {
        switch look.presence {
        case .missing: return missing()
        case .unerupted: return unerupted()
        case .natural, .implant, .rootRemnant, .pontic: break
        }
        // The lesion goes under the roots: a dark halo around the apex, as an X-ray shows it.
        var frames: [Frame] = look.lesion ? [lesion()] : []
        switch look.presence {
        case .natural, .rootRemnant: frames += roots(in: box, fill: ChartPalette.dentine, stroke: inks.outline)
        case .implant: frames += implant()
        case .missing, .unerupted, .pontic: break
        }
        if let depth = look.pocket { frames.append(pocket(depth: depth)) }
        if let tint = look.rootCanal { frames += canals(tint) }
        if let tint = look.post { frames.append(post(tint)) }
        frames += crownPart()
        if let tint = look.pulpotomy { frames.append(pulpotomy(tint)) }
        if look.inflammation { frames.append(inflammation()) }
        if look.bleeding { frames.append(bleeding()) }
        if look.fracture { frames += fracture() }
        if look.mobility > 0 { frames += mobility(look.mobility) }
        return frames
    }

    // MARK: Whole-tooth states

    private func missing() -> [Frame] {
        var frames = [box.symbol(shape.roots + [shape.crown], stroke: inks.ghost)]
        var cross = Path.line(from: box.point(0.22, 0.66), to: box.point(0.78, 0.95))
        cross.append(.line(from: box.point(0.78, 0.66), to: box.point(0.22, 0.95)))
        frames.append(.shape(Shape(path: cross, stroke: Stroke(color: ChartPalette.outline, width: inks.line * 1.5, cap: .round))))
        return frames
    }

    /// Drawn faint and smaller, sunk into the bone: the crown sits below the gum line, and a solid arrow
    /// above it points the way it will come through (a missing tooth has a cross instead).
    private func unerupted() -> [Frame] {
        let sunk = UnitBox(rect: box.rect(x0: 0.08, y0: 0, x1: 0.92, y1: 0.8), mirrored: box.mirrored, flipped: box.flipped)
        var frames = roots(in: sunk, fill: ChartPalette.dentine.withAlpha(0.5), stroke: inks.ghost)
        frames.append(sunk.symbol([shape.crown], fill: .color(ChartPalette.enamel), stroke: inks.ghost))
        let head = box.width(0.24)
        let tip = box.point(0.5, 0.99), back = box.point(0.5, 0.99 - head / box.rect.height)
        var arrow = Path.line(from: box.point(0.5, 0.8), to: tip)
        arrow.move(to: Point(x: back.x - head, y: back.y))
        arrow.line(to: tip)
        arrow.line(to: Point(x: back.x + head, y: back.y))
        frames.append(.shape(Shape(path: arrow, stroke: Stroke(color: ChartPalette.outline, width: inks.line * 2.2,
                                                               cap: .round, join: .round))))
        return frames
    }

    private func roots(in box: UnitBox, fill: Color, stroke: Stroke) -> [Frame] {
        [box.symbol(shape.roots, fill: .color(fill), stroke: stroke)]
    }

    // MARK: Roots and what is in them

    /// A threaded screw in place of the roots.
    private func implant() -> [Frame] {
        let top = 0.60, bottom = 0.13, steps = 20
        var left: [Point] = [], right: [Point] = []
        for index in 0...steps {
            let t = Double(index) / Double(steps)
            let y = top + (bottom - top) * t
            let half = 0.15 + (0.10 - 0.15) * t + (index.isMultiple(of: 2) ? 0 : 0.03)
            left.append(box.point(0.5 - half, y))
            right.append(box.point(0.5 + half, y))
        }
        let screw = Marks.polygon(left + [box.point(0.5, bottom - 0.035)] + right.reversed())
        let neck = Marks.polygon([box.point(0.40, 0.58), box.point(0.60, 0.58), box.point(0.58, 0.66), box.point(0.42, 0.66)])
        let metal = Stroke(color: ChartPalette.metal, width: inks.line, join: .round)
        return [.shape(Shape(path: screw, fill: .color(ChartPalette.titanium), stroke: metal)),
                .shape(Shape(path: neck, fill: .color(ChartPalette.titanium), stroke: metal))]
    }

    private func canals(_ tint: Tint) -> [Frame] {
        var path = Path()
        for canal in shape.canals {
            path.append(.line(from: box.point(canal.top), to: box.point(canal.apex)))
        }
        return [.shape(Shape(path: path, stroke: Stroke(color: tint.color, width: inks.line * 1.6, cap: .round)))]
    }

    /// A bar in the first root, from the pulp chamber halfway to the apex.
    private func post(_ tint: Tint) -> Frame {
        let canal = shape.canals[0]
        let end = Point(x: canal.top.x + (canal.apex.x - canal.top.x) * 0.55, y: canal.top.y + (canal.apex.y - canal.top.y) * 0.55)
        let bar = Marks.bar(from: box.point(canal.top.x, 0.66), to: box.point(end), width: box.width(0.12))
        return .shape(Shape(path: bar, fill: .color(tint.color), stroke: Stroke(color: ChartPalette.metal, width: inks.line * 0.8)))
    }

    /// The sealed pulp chamber of a pulpotomy: a filled oval in the crown above the neck, and no canal line
    /// (root canal treatment draws the canals instead).
    private func pulpotomy(_ tint: Tint) -> Frame {
        let chamber = Path.ellipse(in: box.rect(x0: 0.36, y0: 0.64, x1: 0.64, y1: 0.78))
        return .shape(Shape(path: chamber, fill: .color(tint.color), stroke: Stroke(color: .white, width: inks.line * 0.8)))
    }

    /// A dark circle around the apices.
    private func lesion() -> Frame {
        let (apex, spread) = shape.apexCentre
        let radius = min(box.width(0.12 + spread * 0.12), box.rect.height * 0.1)
        var centre = box.point(apex)
        centre.y = min(max(centre.y, box.rect.minY + radius + inks.line), box.rect.maxY - radius - inks.line)
        return .shape(Shape(path: Marks.circle(centre, radius: radius), fill: .color(ChartPalette.lesion.withAlpha(0.92)),
                            stroke: Stroke(color: ChartPalette.problem, width: inks.line)))
    }

    /// A red wedge down the distal side of the root, as deep as the pocket: a long, narrow spike where the
    /// gum findings at the neck are a wave (inflammation) and a round drop (bleeding).
    private func pocket(depth: Int) -> Frame {
        let reach = min(Double(depth) / 15, 0.6) * 0.6
        let wedge = Marks.polygon([box.point(0.12, 0.62), box.point(0.36, 0.62), box.point(0.27, 0.60 - reach)])
        return .shape(Shape(path: wedge, fill: .color(ChartPalette.problem)))
    }

    // MARK: The crown

    private func crownPart() -> [Frame] {
        let crownPath = box.path(shape.crown)
        switch look.presence {
        case .rootRemnant:
            return [brokenTop()]
        case .implant where look.crown == nil:
            let cap = Marks.polygon([box.point(0.36, 0.64), box.point(0.64, 0.64), box.point(0.60, 0.71), box.point(0.40, 0.71)])
            return [.shape(Shape(path: cap, fill: .color(ChartPalette.titanium),
                                 stroke: Stroke(color: ChartPalette.metal, width: inks.line, join: .round)))]
                + gumLineMarks()
        default:
            break
        }
        guard let crown = look.crown else { return naturalCrown(crownPath) }
        var frames: [Frame] = [.shape(Shape(path: crownPath, fill: inks.crownFill(crown)))]
        if crown.material == .metalCeramic {
            // The metal collar at the margin.
            let collar = Shape(path: .rectangle(box.rect(x0: 0, y0: 0.55, x1: 1, y1: 0.665)), fill: .color(ChartPalette.metal))
            frames.append(.group(transform: .identity, clip: crownPath, children: [.shape(collar)]))
        }
        frames.append(box.symbol([shape.crown], stroke: inks.crownStroke(crown)))
        return frames + plannedOutline(dash: inks.crownStroke(crown).dash) + gumLineMarks()
    }

    private func naturalCrown(_ crownPath: Path) -> [Frame] {
        var frames = [box.symbol([shape.crown], fill: .color(ChartPalette.enamel), stroke: inks.outline)]
        var patches: [Frame] = []
        for surface in DentalModel.Surface.allCases {
            guard let area = Self.areas[surface] else { continue }
            let path = area.ellipse ? Path.ellipse(in: box.rect(x0: area.x0, y0: area.y0, x1: area.x1, y1: area.y1))
                : Path.rectangle(box.rect(x0: area.x0, y0: area.y0, x1: area.x1, y1: area.y1))
            if let work = look.surfaceWork[surface] {
                patches.append(.shape(Shape(path: path, fill: inks.surface(work))))
            }
            if let tint = look.sealant[surface] {
                patches.append(.shape(Shape(path: path, fill: inks.sealant(tint))))
            }
            if look.caries.contains(surface) {
                patches.append(.shape(Shape(path: path, fill: inks.caries(over: look.surfaceWork[surface] != nil),
                                            stroke: Stroke(color: ChartPalette.problem, width: inks.line * 0.7))))
            }
        }
        if look.wear {
            let band = box.rect(x0: 0, y0: 0.935, x1: 1, y1: 1.01)
            patches.append(.shape(Shape(path: .rectangle(band), fill: .hatch(Hatch(
                color: ChartPalette.outline, background: .white, angle: 135, spacing: inks.pitch * 0.7, lineWidth: inks.line * 0.6)))))
            patches.append(.shape(Shape(path: .line(from: box.point(0, 0.935), to: box.point(1, 0.935)),
                                        stroke: Stroke(color: ChartPalette.outline, width: inks.line))))
        }
        if !patches.isEmpty {
            frames.append(.group(transform: .identity, clip: crownPath, children: patches))
            frames.append(box.symbol([shape.crown], stroke: inks.outline))
        }
        if let tint = look.veneer {
            let shell = AffineTransform(a: 0.84, b: 0, c: 0, d: 0.82, tx: 0.08, ty: 0.985 * 0.18)
            frames.append(.shape(Shape(path: box.path(shape.crown.applying(shell)), fill: inks.veneer(tint),
                                       stroke: Stroke(color: tint.color, width: inks.line * 1.2, join: .round))))
        }
        return frames + plannedOutline() + gumLineMarks()
    }

    /// The crown's double outline when the tooth has planned work (see `Inks.plannedOutline`).
    private func plannedOutline(dash: [Length] = []) -> [Frame] {
        look.hasPlannedWork ? inks.plannedOutline(of: box.path(shape.crown), dash: dash) : []
    }

    /// Plaque at the neck of the crown: a stipple of small diamonds in two staggered rows, kept inside the
    /// crown's neck (no clip, so it costs one plain fill).
    private func gumLineMarks() -> [Frame] {
        guard look.plaque else { return [] }
        let crown = shape.crown.bounds
        let neck = (left: crown.minX + (0.5 - crown.minX) * 0.3, right: crown.maxX - (crown.maxX - 0.5) * 0.3)
        let radius = min(box.width(0.035), inks.pitch * 0.3)
        var dots = Path()
        for (row, y) in [0.63, 0.665].enumerated() {
            let count = 6 - row
            for index in 0..<count {
                let x = neck.left + (neck.right - neck.left) * (Double(index) + 0.5 + (row == 0 ? 0 : 0.5)) / Double(6)
                let centre = box.point(x, y)
                dots.append(Marks.polygon([Point(x: centre.x, y: centre.y - radius), Point(x: centre.x + radius, y: centre.y),
                                           Point(x: centre.x, y: centre.y + radius), Point(x: centre.x - radius, y: centre.y)]))
            }
        }
        return [.shape(Shape(path: dots, fill: .color(ChartPalette.plaque)))]
    }

    /// The broken, jagged top of a root remnant.
    private func brokenTop() -> Frame {
        let bounds = shape.roots.map(\.bounds)
        let left = max(bounds.map(\.minX).min() ?? 0.25, 0.1), right = min(bounds.map(\.maxX).max() ?? 0.75, 0.9)
        var points = [box.point(left, 0.6)]
        let peaks = [0.67, 0.63, 0.70, 0.62, 0.68, 0.64]
        for (index, peak) in peaks.enumerated() {
            points.append(box.point(left + (right - left) * Double(index + 1) / Double(peaks.count + 1), peak))
        }
        points.append(box.point(right, 0.6))
        return .shape(Shape(path: Marks.polygon(points), fill: .color(ChartPalette.dentine), stroke: inks.outline))
    }

    // MARK: Findings drawn over the tooth

    /// A red wave along the gum line, on the root side.
    private func inflammation() -> Frame {
        let start = box.point(0.06, 0.565), end = box.point(0.94, 0.565)
        let wave = Marks.wave(x0: min(start.x, end.x), x1: max(start.x, end.x), y: start.y, periods: 2,
                              amplitude: box.width(0.06))
        return .shape(Shape(path: wave, stroke: Stroke(color: ChartPalette.problem, width: inks.line * 2.2, cap: .round)))
    }

    /// A red drop at the gum line, large enough to read as a drop, not a dot.
    private func bleeding() -> Frame {
        let anchor = box.point(0.80, 0.50)
        let height = box.width(0.28)
        return .shape(Shape(path: Marks.drop(top: Point(x: anchor.x, y: anchor.y - height / 2), height: height),
                            fill: .color(ChartPalette.problem)))
    }

    /// A red zigzag with a white halo, across the crown (or the root of a remnant).
    private func fracture() -> [Frame] {
        let (start, end) = look.presence == .rootRemnant
            ? (box.point(0.40, 0.62), box.point(0.56, 0.30)) : (box.point(0.34, 0.985), box.point(0.62, 0.64))
        let line = Marks.zigzag(from: start, to: end, teeth: 4, amplitude: box.width(0.07))
        return [.shape(Shape(path: line, stroke: Stroke(color: .white, width: inks.line * 3.4, cap: .round, join: .round))),
                .shape(Shape(path: line, stroke: Stroke(color: ChartPalette.problem, width: inks.line * 1.5, cap: .round, join: .round)))]
    }

    /// A white tag across the root: a ↔ arrow crossed by one tick per mobility grade.
    private func mobility(_ grade: Int) -> [Frame] {
        let centre = box.point(0.5, 0.36)
        let height = min(box.width(0.34), box.rect.height * 0.12), width = box.width(0.9)
        let tag = Rect(x: centre.x - width / 2, y: centre.y - height / 2, width: width, height: height)
        var marks = Marks.doubleArrow(x0: tag.minX + height * 0.25, x1: tag.maxX - height * 0.25, y: centre.y, head: height * 0.3)
        let gap = height * 0.32
        for index in 0..<grade {
            let x = centre.x + (Double(index) - Double(grade - 1) / 2) * gap
            marks.append(.line(from: Point(x: x, y: centre.y - height * 0.32), to: Point(x: x, y: centre.y + height * 0.32)))
        }
        return [.shape(Shape(path: .rectangle(tag, radius: height / 2), fill: .color(.white),
                             stroke: Stroke(color: ChartPalette.text, width: inks.line * 0.7))),
                .shape(Shape(path: marks, stroke: Stroke(color: ChartPalette.text, width: inks.line, cap: .round, join: .round)))]
    }

    /// Where a surface shows on the buccal view, in unit coordinates: strips along the mesial and distal
    /// walls and the biting edge (clipped to the crown), an oval on the buccal face; the lingual one does
    /// not show.
    private static let areas: [DentalModel.Surface: (x0: Double, y0: Double, x1: Double, y1: Double, ellipse: Bool)] = [
        .mesial: (0.74, 0.70, 1, 1.01, false), .distal: (0, 0.70, 0.26, 1.01, false),
        .occlusal: (0, 0.915, 1, 1.01, false), .incisal: (0, 0.93, 1, 1.01, false), .buccal: (0.33, 0.71, 0.67, 0.87, true),
    ]
}
