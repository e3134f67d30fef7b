import DentalModel
import Graphics
import Layout

/// The tooth chart (odontogram) of a formula, as a layout element: it sizes to its box and returns
/// frames, like any other block.
///
/// Each tooth is drawn twice — its side view (crown and roots) and its occlusal face with five
/// surfaces — with every state and finding of the case model in a look of its own. Given `changes`, the
/// chart is an after-chart: work the variant adds is green, treated teeth are highlighted in the
/// variant's accent and carry a badge per action with the visit number.
///
/// ```swift
/// let chart = Odontogram(formula: dentalCase.formula, notation: dentalCase.notation)
/// let height = chart.height(forWidth: 480)
/// let frames = try chart.frames(in: Rect(x: 57, y: 120, width: 480, height: height), text: engine)
/// ```
public struct Odontogram: Hashable {
    /// The formula drawn.
    public let formula: DentalFormula
    /// How tooth numbers are written.
    public let notation: ToothNotation
    /// What makes this an after-chart, if it is one.
    public let changes: ChartChanges?
    /// Teeth, reserved badge lines and header; shared between the charts of a before/after pair.
    var layout: ChartLayout
    private let looks: [ToothNumber: ToothLook]

    /// A chart of `formula`, numbered in `notation`; an after-chart when `changes` are given.
    public init(formula: DentalFormula, notation: ToothNotation = .fdi, changes: ChartChanges? = nil) {
        self.formula = formula
        self.notation = notation
        self.changes = changes
        var looks: [ToothNumber: ToothLook] = [:]
        for tooth in formula.chartedTeeth {
            looks[tooth] = ToothLook(record: formula.record(for: tooth), sextant: formula.sextants[Sextant(tooth: tooth)],
                                     baseline: changes?.before.record(for: tooth),
                                     newWork: changes?.newWork[tooth] ?? [],
                                     bridgeMaterial: Self.bridgeMaterial(around: tooth, in: formula))
        }
        self.looks = looks
        let markLines = formula.chartedTeeth.map { Self.badges(changes?.actions[$0] ?? []).count }.max() ?? 0
        layout = ChartLayout(teeth: formula.chartedTeeth, markLines: markLines,
                             header: !(changes?.areaActions.isEmpty ?? true))
    }

    /// The height the chart takes when drawn `width` points wide.
    public func height(forWidth width: Length) -> Length {
        layout.height(forWidth: width)
    }

    /// Where every tooth goes in `rect`: the chart as large as fits, centred horizontally, at the top.
    public func geometry(in rect: Rect) -> ChartGeometry {
        layout.geometry(in: rect)
    }

    /// Teeth the variant treats, in chart order: those with actions of their own, and those whose state,
    /// restorations or findings differ from before. Gum values alone do not count: whole-mouth hygiene
    /// changes them everywhere and is shown once, above the chart.
    public var changedTeeth: [ToothNumber] {
        guard let changes else { return [] }
        return formula.chartedTeeth.filter { tooth in
            let now = formula.record(for: tooth), then = changes.before.record(for: tooth)
            return !(changes.actions[tooth] ?? []).isEmpty || now.state != then.state
                || now.restorations != then.restorations || now.findings != then.findings
        }
    }

    /// The legend entries of what this chart draws, in legend order.
    public var legendKeys: [LegendKey] {
        var keys = looks.values.reduce(into: Set<LegendKey>()) { $0.formUnion($1.legendKeys) }
        if let changes {
            if !changedTeeth.isEmpty { keys.insert(.changed) }
            let badges = formula.chartedTeeth.flatMap { Self.badges(changes.actions[$0] ?? []) }
                + Self.badges(changes.areaActions, team: false)
            for badge in badges {
                switch badge.icon {
                case let .action(kind): keys.insert(.action(kind)); keys.insert(.visitNumber)
                case .team: keys.insert(.severalSpecialists)
                }
            }
        }
        return LegendKey.ordered(keys)
    }

    /// The chart's frames in `rect`; tooth numbers and badge figures are shaped with `text`.
    public func frames(in rect: Rect, text: TextEngine) throws(GraphicsError) -> [Frame] {
        let geometry = geometry(in: rect)
        let metrics = geometry.metrics
        let accent = changes?.accent ?? ChartPalette.planned
        let changed = Set(changedTeeth)
        var frames: [Frame] = []
        for cell in geometry.cells where changed.contains(cell.tooth) {
            frames.append(highlight(cell, metrics: metrics, accent: accent))
        }
        for cell in geometry.cells {
            guard let look = looks[cell.tooth] else { continue }
            frames += SideView(tooth: cell.tooth, look: look, in: cell.side).frames()
            frames += OcclusalView(tooth: cell.tooth, look: look, in: cell.occlusal).frames()
        }
        frames += bridgeConnectors(geometry)
        for cell in geometry.cells {
            let isChanged = changed.contains(cell.tooth)
            let style = TextStyle(size: metrics.numberFont, weight: isChanged ? .bold : .medium,
                                  color: isChanged ? accent : ChartPalette.text, lineHeight: 1)
            let block = try text.layout(.plain(notation.format(cell.tooth)), style: style)
            frames.append(.text(block, origin: Point(x: cell.number.midX - block.size.width / 2,
                                                     y: cell.number.midY - block.size.height / 2),
                                lines: 0..<block.lines.count))
        }
        if let changes {
            frames += try badgeFrames(changes, geometry: geometry, accent: accent, text: text)
        }
        return frames
    }

    // MARK: Highlights and bridges

    private func highlight(_ cell: ToothCell, metrics: ChartMetrics, accent: Color) -> Frame {
        let top = min(cell.number.minY, cell.side.minY, cell.occlusal.minY)
        let bottom = max(cell.number.maxY, cell.side.maxY, cell.occlusal.maxY)
        let inset = metrics.unit * 0.03
        let area = Rect(x: cell.column.minX + inset, y: top, width: cell.column.width - 2 * inset, height: bottom - top)
        return .shape(Shape(path: .rectangle(area, radius: metrics.unit * 0.14), fill: .color(accent.withAlpha(0.1)),
                            stroke: Stroke(color: accent, width: max(metrics.unit * 0.025, 0.4))))
    }

    /// A bar joining the crowns of each bridge, with a dot on every member.
    private func bridgeConnectors(_ geometry: ChartGeometry) -> [Frame] {
        var frames: [Frame] = []
        let cells = Dictionary(uniqueKeysWithValues: geometry.cells.map { ($0.tooth, $0) })
        for row in [ToothNumber.upperPermanent, ToothNumber.upperPrimary, ToothNumber.lowerPrimary, ToothNumber.lowerPermanent] {
            var members: Set<ToothNumber> = []
            for (left, right) in zip(row, row.dropFirst()) {
                guard let a = looks[left], let b = looks[right], let tintA = a.bridge, let tintB = b.bridge,
                      a.presence == .pontic || b.presence == .pontic,
                      let cellA = cells[left], let cellB = cells[right] else { continue }
                let tint: Tint = tintA == .planned || tintB == .planned ? .planned : .existing
                let y = UnitBox(tooth: left, rect: cellA.side).point(0.5, 0.80).y
                let bar = Rect(x: cellA.side.midX, y: y - geometry.unit * 0.05, width: cellB.side.midX - cellA.side.midX,
                               height: geometry.unit * 0.1)
                frames.append(.shape(Shape(path: .rectangle(bar, radius: geometry.unit * 0.05), fill: .color(tint.color),
                                           stroke: Stroke(color: .white, width: max(geometry.unit * 0.02, 0.3)))))
                members.formUnion([left, right])
            }
            for tooth in row where members.contains(tooth) {
                guard let cell = cells[tooth], let tint = looks[tooth]?.bridge else { continue }
                let centre = UnitBox(tooth: tooth, rect: cell.side).point(0.5, 0.80)
                frames.append(.shape(Shape(path: Marks.circle(centre, radius: geometry.unit * 0.09), fill: .color(tint.color),
                                           stroke: Stroke(color: .white, width: max(geometry.unit * 0.02, 0.3)))))
            }
        }
        return frames
    }

    /// The bridge material a pontic takes from its nearest abutment in the row, if any says.
    private static func bridgeMaterial(around tooth: ToothNumber, in formula: DentalFormula) -> RestorationMaterial? {
        guard formula.record(for: tooth).state == .pontic else { return nil }
        let row = tooth.chartRow
        guard let index = row.firstIndex(of: tooth) else { return nil }
        let byDistance = row.indices.sorted { abs($0 - index) < abs($1 - index) }
        for other in byDistance where other != index {
            let record = formula.record(for: row[other])
            if let abutment = record.restoration(.bridgeAbutment),
               let material = record.restoration(.crown)?.material ?? abutment.material {
                return material
            }
        }
        return nil
    }

    // MARK: Badges

    struct Badge: Hashable {
        var icon: BadgeIcon
        var figure: String
    }

    /// The badges of `actions`: one per distinct action and visit, then one for several specialists.
    static func badges(_ actions: [PlannedAction], team: Bool = true) -> [Badge] {
        var seen: Set<Badge> = []
        var badges: [Badge] = []
        for action in actions.sorted(by: { ($0.visit, $0.kind.rawValue) < ($1.visit, $1.kind.rawValue) }) {
            let badge = Badge(icon: .action(action.kind), figure: String(action.visit))
            if seen.insert(badge).inserted { badges.append(badge) }
        }
        let specialists = Set(actions.flatMap(\.specialists))
        if team, specialists.count > 1 { badges.append(Badge(icon: .team, figure: String(specialists.count))) }
        return badges
    }

    private func badgeFrames(_ changes: ChartChanges, geometry: ChartGeometry, accent: Color,
                             text: TextEngine) throws(GraphicsError) -> [Frame] {
        let metrics = geometry.metrics
        let style = TextStyle(size: metrics.badgeFont, weight: .semibold, color: ChartPalette.text, lineHeight: 1,
                              tabularFigures: true)
        var frames: [Frame] = []
        for cell in geometry.cells {
            guard let marks = cell.marks else { continue }
            for (index, badge) in Self.badges(changes.actions[cell.tooth] ?? []).enumerated() {
                let figure = try text.layout(.plain(badge.figure), style: style)
                let width = metrics.badgeHeight * 1.32 + figure.size.width
                let line = Double(index) * metrics.badgeLine + metrics.unit * 0.05
                // Badges stack outwards from the tooth number.
                let y = cell.tooth.jaw == .upper ? marks.maxY - line - metrics.badgeHeight : marks.minY + line
                frames += ActionBadge.frames(icon: badge.icon, figure: figure, origin: Point(x: marks.midX - width / 2, y: y),
                                             height: metrics.badgeHeight, accent: accent).frames
            }
        }
        if let header = geometry.header {
            var x = header.minX
            for badge in Self.badges(changes.areaActions, team: false) {
                let figure = try text.layout(.plain(badge.figure), style: style)
                let placed = ActionBadge.frames(icon: badge.icon, figure: figure,
                                                origin: Point(x: x, y: header.midY - metrics.badgeHeight / 2),
                                                height: metrics.badgeHeight, accent: accent)
                frames += placed.frames
                x += placed.width + metrics.unit * 0.15
            }
        }
        return frames
    }
}
