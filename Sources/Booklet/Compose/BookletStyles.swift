import Graphics

/// The text styles of a template: every paragraph of a booklet takes one of these, so the hierarchy is
/// carried by type (two families, four sizes, weight) and stays on the template's baseline grid.
struct BookletStyles {
    let template: Template
    /// The booklet's language (BCP 47), so Pango breaks and shapes every line as that language does.
    let language: String

    private var type: Typography { template.typography }
    private var palette: Palette { template.palette }

    /// Cover and section titles: the display family, large.
    var display: TextStyle {
        TextStyle(language: language, family: type.displayFamily, size: type.display, weight: .regular, color: palette.accent, lineHeight: 1.15)
    }
    /// Headings inside a section.
    var heading: TextStyle {
        TextStyle(language: language, family: type.textFamily, size: type.heading, weight: .semibold, color: palette.text, lineHeight: 1.25)
    }
    /// Running text.
    var body: TextStyle {
        TextStyle(language: language, family: type.textFamily, size: type.body, color: palette.text, lineHeight: 1.4)
    }
    /// Running text, emphasised.
    var strong: TextStyle { body.weight(.semibold) }
    /// Captions, codes, footers.
    var small: TextStyle {
        TextStyle(language: language, family: type.textFamily, size: type.small, color: palette.muted, lineHeight: 1.35)
    }
    /// The labels of a chart legend: never under 7.5 pt, so a key reads at arm's length.
    var legend: TextStyle {
        TextStyle(language: language, family: type.textFamily, size: max(type.small, type.body * 0.85, 7.5), color: palette.text,
                  lineHeight: 1.25)
    }
    /// The small spaced label above a value or a title.
    var kicker: TextStyle {
        TextStyle(language: language, family: type.textFamily, size: type.small, weight: .semibold, color: palette.muted, lineHeight: 1.3,
                  letterSpacing: type.small * 0.08)
    }
    /// Amounts in tables: tabular figures, right-aligned.
    var figure: TextStyle {
        TextStyle(language: language, family: type.textFamily, size: type.body, color: palette.text, lineHeight: 1.4, tabularFigures: true,
                  alignment: .right)
    }
    /// The total of a variant.
    var total: TextStyle {
        TextStyle(language: language, family: type.textFamily, size: type.heading, weight: .bold, color: palette.text, lineHeight: 1.25,
                  tabularFigures: true, alignment: .right)
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
