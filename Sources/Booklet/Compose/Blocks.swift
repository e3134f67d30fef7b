import Graphics
import Layout

/// The small building blocks every section uses, so sections read as content, not geometry.
enum Blocks {
    /// A paragraph of case text, always shown literally.
    static func plain(_ text: String, _ style: TextStyle, maxLines: Int? = nil) -> Block {
        .paragraph(.plain(text), style: style, maxLines: maxLines)
    }

    /// A paragraph of template markup (values already escaped by `StringTable`).
    static func markup(_ markup: String, _ style: TextStyle) -> Block {
        .paragraph(.markup(markup), style: style)
    }

    /// A horizontal rule across the width.
    static func rule(_ color: Color, width: Length = 0.5) -> Block {
        .drawing(Drawing(heightForWidth: { _ in width }) { rect in
            [.shape(Shape(path: .rectangle(Rect(x: 0, y: 0, width: rect.width, height: width)), fill: .color(color)))]
        })
    }

    /// A short bar of colour: the mark of a variant above its title.
    static func bar(_ color: Color, length: Length, height: Length) -> Block {
        .drawing(Drawing(heightForWidth: { _ in height }) { _ in
            [.shape(Shape(path: .rectangle(Rect(x: 0, y: 0, width: length, height: height)), fill: .color(color)))]
        })
    }

    /// A small rounded square of colour: a variant's key.
    static func swatch(_ color: Color, size: Length) -> Block {
        .drawing(Drawing(heightForWidth: { _ in size }) { _ in
            [.shape(Shape(path: .rectangle(Rect(x: 0.5, y: 0.5, width: size - 1, height: size - 1), radius: size * 0.2),
                          fill: .color(color)))]
        })
    }

    /// An empty box to tick by hand.
    static func checkbox(_ color: Color, size: Length) -> Block {
        .drawing(Drawing(heightForWidth: { _ in size }) { _ in
            [.shape(Shape(path: .rectangle(Rect(x: 0.5, y: 0.5, width: size - 1, height: size - 1), radius: 1.5),
                          stroke: Stroke(color: color, width: 1)))]
        })
    }

    /// A label over a value: the pair used on the cover and in summaries.
    static func labelled(_ label: String, _ value: Block, styles: BookletStyles) -> Block {
        .stack([plain(label, styles.kicker), value], spacing: 2)
    }

    /// `label ……… amount` on one line, the amount right-aligned in tabular figures; kept on one page.
    static func amountLine(_ label: Block, _ amount: String, style: TextStyle, amountWidth: Length) -> Block {
        .row([RowItem(.fraction(1), label), RowItem(.fixed(amountWidth), plain(amount, style))], spacing: 8,
             alignment: .bottom)
    }
}
