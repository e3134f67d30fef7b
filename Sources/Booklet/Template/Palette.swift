import Graphics

/// The colours of a template: a neutral base, the clinic's accent, one accent per variant, and the red
/// of problems named in the text. The tooth chart's clinical colours (red problem, blue existing work,
/// green planned work) are fixed in `Odontogram.ChartPalette`, so every chart and legend reads the same.
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
    /// Red: a problem named in the text (a declined item, a finding).
    public var problem: Color

    /// Creates a palette.
    public init(text: Color, muted: Color, rule: Color, tint: Color, accent: Color, variants: [Color],
                problem: Color) {
        self.text = text; self.muted = muted; self.rule = rule; self.tint = tint; self.accent = accent
        self.variants = variants; self.problem = problem
    }

    /// The accent of variant `index` (0-based); colours repeat when a case has more variants than colours.
    public func variant(_ index: Int) -> Color {
        variants.isEmpty ? accent : variants[index % variants.count]
    }
}
