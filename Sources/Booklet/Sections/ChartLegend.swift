import Graphics
import Layout

/// The key under a chart: the three clinical colours and a missing tooth, each also told apart by its
/// pattern (hatched, solid, dotted, dashed outline) so it reads in greyscale and for colour-blind readers.
struct ChartLegend {
    let context: BookletContext

    func block() -> Block {
        let palette = context.palette, size = context.typography.small * 1.3
        let entries: [(Fill?, Color, StringKey)] = [
            (.hatch(Hatch(color: palette.problem, background: palette.problem.withAlpha(0.15), spacing: 2)), palette.problem, .legendProblem),
            (.color(palette.existing), palette.existing, .legendExisting),
            (.dots(Dots(color: palette.planned, background: palette.planned.withAlpha(0.2), spacing: 2, radius: 0.6)), palette.planned, .legendPlanned),
            (nil, palette.muted, .legendMissing),
        ]
        let items = entries.map { fill, stroke, key in
            RowItem(.fraction(1), .row([
                RowItem(.fixed(size), Blocks.swatch(fill, stroke: stroke, size: size)),
                RowItem(.fraction(1), context.line(key, context.styles.small)),
            ], spacing: size * 0.6, alignment: .center))
        }
        return .row(items, spacing: context.typography.lines(1))
    }
}
