import DentalModel
import Graphics
import Layout
import Odontogram
import PlanEngine

extension BookletContext {
    /// What variant `index` does, as its after-chart marks it (the chart module reads the plan engine's
    /// after-state), highlighted in the variant's colour.
    func chartChanges(variant index: Int) -> ChartChanges {
        ChartChanges(after: input.afterState.variants[index], variant: dentalCase.variants[index],
                     before: dentalCase.formula, accent: accent(index))
    }

    /// The key to `charts`, built from what they draw: each state, work and badge pictured by the chart's
    /// own code beside its label in the booklet's language, in as many columns as the width holds.
    func legend(_ charts: [Odontogram], accent: Color = ChartPalette.planned) -> Block {
        let legend = ChartLegend(charts: charts, accent: accent)
        let style = styles.legend, locale = self.locale, text = self.text
        // A column is at least 17 ems wide, so most labels take one or two lines beside their picture.
        let columns = { (width: Length) in min(max(Int(width / (style.size * 17)), 1), 6) }
        // The pictures' strokes reach a little past their boxes: a point of room above and below.
        let room: Length = 1
        return .drawing(Drawing(heightForWidth: { width in
            ((try? legend.height(forWidth: width, locale: locale, text: text, style: style, columns: columns(width))) ?? 0)
                + 2 * room
        }) { rect in
            (try? legend.frames(in: Rect(x: rect.minX, y: rect.minY + room, width: rect.width, height: rect.height - 2 * room),
                                locale: locale, text: text, style: style, columns: columns(rect.width))) ?? []
        })
    }
}
