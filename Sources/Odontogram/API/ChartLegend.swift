import DentalModel
import Graphics
import Layout

/// The legend of a chart: for each key a small picture drawn by the chart's own code, and its label.
///
/// Build it from what charts drew (`Odontogram.legendKeys`, merged over before and after charts), then
/// place it with `frames(in:…)`, or draw single pictures with `swatch(_:in:text:)` next to labels of
/// your own.
public struct ChartLegend: Hashable {
    /// The entries, in order.
    public var keys: [LegendKey]
    /// The accent of the variant the legend explains (badges and highlight).
    public var accent: Color

    /// A legend of `keys`.
    public init(keys: [LegendKey], accent: Color = ChartPalette.planned) {
        self.keys = keys
        self.accent = accent
    }

    /// A legend of everything the `charts` drew, in legend order.
    public init(charts: [Odontogram], accent: Color = ChartPalette.planned) {
        self.init(keys: LegendKey.ordered(Set(charts.flatMap(\.legendKeys))), accent: accent)
    }

    /// The size of one picture for labels in `fontSize`.
    public static func swatchSize(fontSize: Length) -> Size {
        Size(width: fontSize * 1.5, height: fontSize * 2.4)
    }

    /// The legend laid out in `columns` columns in `rect`: pictures left, labels in `style` beside them.
    public func frames(in rect: Rect, locale: CaseLocale, text: TextEngine, style: TextStyle,
                       columns: Int) throws(GraphicsError) -> [Frame] {
        try layout(width: rect.width, origin: rect.origin, locale: locale, text: text, style: style, columns: columns,
                   drawing: true).frames
    }

    /// The height `frames(in:…)` takes in `width`.
    public func height(forWidth width: Length, locale: CaseLocale, text: TextEngine, style: TextStyle,
                       columns: Int) throws(GraphicsError) -> Length {
        try layout(width: width, origin: .zero, locale: locale, text: text, style: style, columns: columns,
                   drawing: false).height
    }

    /// The frames (none unless `drawing`: a measure needs only the labels) and the height.
    private func layout(width: Length, origin: Point, locale: CaseLocale, text: TextEngine, style: TextStyle,
                        columns: Int, drawing: Bool) throws(GraphicsError) -> (frames: [Frame], height: Length) {
        let columns = max(columns, 1)
        let swatchSize = Self.swatchSize(fontSize: style.size)
        let gap = style.size * 0.8
        let columnWidth = (width - gap * Double(columns - 1)) / Double(columns)
        let labelWidth = max(columnWidth - swatchSize.width - gap * 0.6, style.size)
        let perColumn = (keys.count + columns - 1) / columns
        var frames: [Frame] = []
        var height: Length = 0
        for column in 0..<columns {
            var y = origin.y
            let x = origin.x + Double(column) * (columnWidth + gap)
            for key in keys.dropFirst(column * perColumn).prefix(perColumn) {
                let label = try text.layout(.plain(key.label(locale)), style: style, width: labelWidth)
                let rowHeight = max(swatchSize.height, label.size.height)
                if drawing {
                    frames += try swatch(key, in: Rect(x: x, y: y + (rowHeight - swatchSize.height) / 2, width: swatchSize.width,
                                                       height: swatchSize.height), text: text)
                    frames.append(.text(label, origin: Point(x: x + swatchSize.width + gap * 0.6,
                                                             y: y + (rowHeight - label.size.height) / 2),
                                        lines: 0..<label.lines.count))
                }
                y += rowHeight + style.size * 0.35
            }
            height = max(height, y - origin.y)
        }
        return (frames, height)
    }

    /// The picture of `key` in `rect`, drawn with the chart's own looks.
    public func swatch(_ key: LegendKey, in rect: Rect, text: TextEngine) throws(GraphicsError) -> [Frame] {
        let badgeHeight = min(rect.width, rect.height) * 0.8
        let badgeOrigin = Point(x: rect.minX + (rect.width - badgeHeight) / 2, y: rect.minY + (rect.height - badgeHeight) / 2)
        switch key {
        case let .action(kind):
            return ActionBadge.frames(icon: .action(kind), figure: nil, origin: badgeOrigin, height: badgeHeight,
                                      accent: accent).frames
        case .severalSpecialists:
            return ActionBadge.frames(icon: .team, figure: nil, origin: badgeOrigin, height: badgeHeight, accent: accent).frames
        case .visitNumber:
            let height = min(rect.height * 0.5, rect.width * 0.6)
            let figure = try text.layout(.plain("2"), style: TextStyle(size: height * 0.7, weight: .semibold,
                                                                       color: ChartPalette.text, lineHeight: 1))
            let width = height * 1.32 + figure.size.width
            return ActionBadge.frames(icon: .action(.other), figure: figure,
                                      origin: Point(x: rect.midX - width / 2, y: rect.midY - height / 2),
                                      height: height, accent: accent).frames
        case .changed:
            let area = Shape(path: .rectangle(rect, radius: rect.width * 0.15), fill: .color(accent.withAlpha(0.1)),
                             stroke: Stroke(color: accent, width: max(rect.width * 0.03, 0.4)))
            let inner = rect.inset(top: rect.height * 0.08, right: rect.width * 0.12, bottom: rect.height * 0.08,
                                   left: rect.width * 0.12)
            return [.shape(area)] + ToothGlyph.frames(ToothRecord(tooth: Self.tooth(11)), in: inner, views: .side)
        case .bridge:
            return bridgeSwatch(in: rect)
        default:
            let sample = Self.sample(key)
            return ToothGlyph.frames(sample.record, in: rect, views: sample.views, baseline: sample.baseline)
        }
    }

    /// A pontic between two abutment halves, joined by the bridge bar.
    private func bridgeSwatch(in rect: Rect) -> [Frame] {
        let pontic = ToothRecord(tooth: Self.tooth(46), state: .pontic)
        var frames = ToothGlyph.frames(pontic, in: rect, views: .side)
        let y = rect.minY + rect.height * 0.25
        let bar = Rect(x: rect.minX, y: y - rect.width * 0.06, width: rect.width, height: rect.width * 0.12)
        frames.append(.shape(Shape(path: .rectangle(bar, radius: rect.width * 0.06), fill: .color(ChartPalette.existing),
                                   stroke: Stroke(color: .white, width: 0.4))))
        for x in [rect.minX + rect.width * 0.08, rect.midX, rect.maxX - rect.width * 0.08] {
            frames.append(.shape(Shape(path: Marks.circle(Point(x: x, y: y), radius: rect.width * 0.1),
                                       fill: .color(ChartPalette.existing), stroke: Stroke(color: .white, width: 0.4))))
        }
        return frames
    }

    private struct Sample {
        var record: ToothRecord
        var views: ToothGlyph.Views
        var baseline: ToothRecord?
    }

    private static func tooth(_ fdi: Int) -> ToothNumber {
        ToothNumber(fdi: fdi) ?? ToothNumber.allPermanent[0]
    }

    /// A tooth showing `key`, and the view that shows it best.
    private static func sample(_ key: LegendKey) -> Sample {
        func side(_ fdi: Int, state: ToothState = .present, restorations: [Restoration] = [], findings: [Finding] = [],
                  periodontal: PeriodontalStatus = .init()) -> Sample {
            Sample(record: ToothRecord(tooth: tooth(fdi), state: state, restorations: restorations, findings: findings,
                                       periodontal: periodontal), views: .side)
        }
        func face(_ restorations: [Restoration] = [], findings: [Finding] = []) -> Sample {
            Sample(record: ToothRecord(tooth: tooth(46), restorations: restorations, findings: findings), views: .occlusal)
        }
        func crown(_ material: RestorationMaterial) -> Sample { side(16, restorations: [Restoration(kind: .crown, material: material)]) }
        switch key {
        case .caries: return face(findings: [Finding(kind: .caries, surfaces: [.occlusal, .mesial])])
        case .periapicalLesion: return side(21, findings: [Finding(kind: .periapicalLesion)])
        case .fracture: return side(21, findings: [Finding(kind: .fracture)])
        case .rootRemnant: return side(25, state: .rootRemnant)
        case .inflammation: return side(21, periodontal: PeriodontalStatus(inflammation: true))
        case .bleeding: return side(21, periodontal: PeriodontalStatus(bleeding: true))
        case .pocket: return side(21, periodontal: PeriodontalStatus(pocketDepthMM: 6))
        case .plaque: return side(21, periodontal: PeriodontalStatus(plaque: true))
        case .mobility: return side(21, findings: [Finding(kind: .mobility, grade: 2)])
        case .wear: return side(21, findings: [Finding(kind: .wear)])
        case .missing: return side(21, state: .missing)
        case .unerupted: return side(21, state: .unerupted)
        case .fillingComposite: return face([Restoration(kind: .filling, surfaces: [.mesial, .occlusal], material: .composite)])
        case .fillingMetal: return face([Restoration(kind: .filling, surfaces: [.occlusal, .distal], material: .amalgam)])
        case .fillingTemporary: return face([Restoration(kind: .filling, surfaces: [.occlusal], material: .temporary)])
        case .inlay: return face([Restoration(kind: .inlay, surfaces: [.mesial, .occlusal, .distal], material: .ceramic)])
        case .inlayMetal: return face([Restoration(kind: .inlay, surfaces: [.mesial, .occlusal, .distal], material: .gold)])
        case .sealant: return face([Restoration(kind: .sealant, surfaces: [.occlusal])])
        case .crownCeramic: return crown(.zirconia)
        case .crownMetalCeramic: return crown(.metalCeramic)
        case .crownMetal: return crown(.metal)
        case .crownTemporary: return crown(.temporary)
        case .veneer: return side(21, restorations: [Restoration(kind: .veneer)])
        case .rootCanal: return side(25, restorations: [Restoration(kind: .rootCanalFilled)])
        case .pulpotomy: return side(85, restorations: [Restoration(kind: .pulpotomy)])
        case .post: return side(25, restorations: [Restoration(kind: .rootCanalFilled), Restoration(kind: .postAndCore)])
        case .implant: return side(26, state: .implant, restorations: [Restoration(kind: .crown, material: .zirconia)])
        case .planned:
            var sample = crown(.zirconia)
            sample.baseline = ToothRecord(tooth: tooth(16))
            return sample
        case .bridge, .changed, .action, .visitNumber, .severalSpecialists:
            return side(21)
        }
    }
}
