import Graphics

/// The colours of a template: a neutral base, the clinic's accent, one accent per variant and the
/// clinical colours every chart and legend share.
public struct Palette: Hashable, Sendable {
    /// Body text.
    public var text: Color
    /// Secondary text: captions, codes, labels.
    public var muted: Color
    /// Thin rules and table lines.
    public var rule: Color
    /// A quiet background tint for bands and totals.
    public var tint: Color
    /// The clinic's own colour: titles, cover.
    public var accent: Color
    /// One accent per variant, in variant order; a variant keeps its colour through the booklet.
    public var variants: [Color]
    /// Red: a problem found.
    public var problem: Color
    /// Blue: work already in the mouth.
    public var existing: Color
    /// Green: planned work, the state after treatment.
    public var planned: Color

    /// Creates a palette.
    public init(text: Color, muted: Color, rule: Color, tint: Color, accent: Color, variants: [Color],
                problem: Color, existing: Color, planned: Color) {
        self.text = text; self.muted = muted; self.rule = rule; self.tint = tint; self.accent = accent
        self.variants = variants; self.problem = problem; self.existing = existing; self.planned = planned
    }

    /// The accent of variant `index` (0-based); colours repeat when a case has more variants than colours.
    public func variant(_ index: Int) -> Color {
        variants.isEmpty ? accent : variants[index % variants.count]
    }
}
