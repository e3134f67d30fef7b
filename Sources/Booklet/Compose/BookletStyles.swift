import Graphics

/// The text styles of a template: every paragraph of a booklet takes one of these, so the hierarchy is
/// carried by type (two families, four sizes, weight) and stays on the template's baseline grid.
struct BookletStyles {
    let template: Template
    /// The booklet's language (BCP 47), so Pango breaks and shapes every line as that language does.
    let language: String

    private var type: Typography { template.typography }
    private var palette: Palette { template.palette }
    /// Whether running text, captions and legends may break a long word at a syllable. Not on summary
    /// screens (chairside): read from a metre and a half in large type, their short labels and lines break
    /// between words only. Titles, headings and totals never hyphenate.
    private var hyphenatesText: Bool { template.layout != .summary }

    /// Cover and section titles, the patient's name, variant names: the display family, large, never broken
    /// at a syllable (a name broken there reads as another name).
    var display: TextStyle {
        TextStyle(language: language, family: type.displayFamily, size: type.display, weight: .regular, color: palette.accent, lineHeight: 1.15,
                  hyphenate: false)
    }
    /// Headings inside a section: like titles, not hyphenated.
    var heading: TextStyle {
        TextStyle(language: language, family: type.textFamily, size: type.heading, weight: .semibold, color: palette.text, lineHeight: 1.25,
                  hyphenate: false)
    }
    /// Running text.
    var body: TextStyle {
        TextStyle(language: language, family: type.textFamily, size: type.body, color: palette.text, lineHeight: 1.4,
                  hyphenate: hyphenatesText)
    }
    /// Running text, emphasised.
    var strong: TextStyle { body.weight(.semibold) }
    /// Captions, codes, footers.
    var small: TextStyle {
        TextStyle(language: language, family: type.textFamily, size: type.small, color: palette.muted, lineHeight: 1.35,
                  hyphenate: hyphenatesText)
    }
    /// The labels of a chart legend: never under 7.5 pt, so a key reads at arm's length.
    var legend: TextStyle {
        TextStyle(language: language, family: type.textFamily, size: max(type.small, type.body * 0.85, 7.5), color: palette.text,
                  lineHeight: 1.25, hyphenate: hyphenatesText)
    }
    /// The small spaced label above a value or a title.
    var kicker: TextStyle {
        TextStyle(language: language, family: type.textFamily, size: type.small, weight: .semibold, color: palette.muted, lineHeight: 1.3,
                  letterSpacing: type.small * 0.08)
    }
    /// Amounts in tables: tabular figures, right-aligned.
    var figure: TextStyle {
        TextStyle(language: language, family: type.textFamily, size: type.body, color: palette.text, lineHeight: 1.4, tabularFigures: true,
                  alignment: .right, hyphenate: hyphenatesText)
    }
    /// The total of a variant, at heading size, not hyphenated.
    var total: TextStyle {
        TextStyle(language: language, family: type.textFamily, size: type.heading, weight: .bold, color: palette.text, lineHeight: 1.25,
                  tabularFigures: true, alignment: .right, hyphenate: false)
    }
}

extension TextStyle {
    /// The same style in `color`.
    func colored(_ color: Color) -> TextStyle { var style = self; style.color = color; return style }
    /// The same style with `weight`.
    func weight(_ weight: FontWeight) -> TextStyle { var style = self; style.weight = weight; return style }
    /// The same style aligned.
    func aligned(_ alignment: TextAlignment) -> TextStyle { var style = self; style.alignment = alignment; return style }
    /// The same style in italics.
    var italicized: TextStyle { var style = self; style.italic = true; return style }
}
