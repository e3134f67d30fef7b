import DentalModel
import Graphics
import Layout
import Odontogram
import PlanEngine

extension BookletContext {
    /// What variant `index` does, as its after-chart marks it (the chart module reads the plan engine's
    /// after-state), highlighted in the variant's colour.
    func chartChanges(variant index: Int) -> ChartChanges {
        ChartChanges(after: input.afterState.variants[index],
                     before: dentalCase.formula, accent: accent(index))
    }

    /// The chart of the teeth today.
    var currentChart: Odontogram {
        if let chart = kept.currentChart { return chart }
        let chart = odontogram(dentalCase.formula)
        kept.currentChart = chart
        return chart
    }

    /// The chart of today in words, for a reader who cannot see it: the findings summary under it.
    var currentChartWords: String {
        let sentences = FindingsSummary(context: self).sentences()
        guard !sentences.isEmpty else { return plain(.currentHealthy) }
        return sentences.compactMap { try? text.layout(.markup($0), style: styles.body).text }.joined(separator: " ")
    }

    /// What variant `index` changes, tooth by tooth and for the gums, as "What changes" prints it.
    func changeLines(variant index: Int) -> [ChangeLines.Line] {
        if let lines = kept.changeLines[index] { return lines }
        let lines = ChangeLines(strings: strings, dentalCase: dentalCase, after: input.afterState.variants[index]).lines()
        kept.changeLines[index] = lines
        return lines
    }

    /// The charts of today and after variant `index` in words: what changes, tooth by tooth.
    func chartWords(variant index: Int) -> String {
        let changes = changeLines(variant: index).map(\.text)
        return ([strings.plain(.variantChanges)] + changes).joined(separator: changes.isEmpty ? "" : ". ")
    }

    /// The chart after variant `index`.
    func afterChart(variant index: Int) -> Odontogram {
        if let chart = kept.afterCharts[index] { return chart }
        let chart = odontogram(input.afterState.variants[index].formula, changes: chartChanges(variant: index))
        kept.afterCharts[index] = chart
        return chart
    }

    /// The key to `charts`: every state, work and badge they draw.
    func legend(_ charts: [Odontogram], accent: Color = ChartPalette.planned, compact: Bool = false) -> Block {
        legend(ChartLegend(charts: charts, accent: accent), compact: compact)
    }

    /// The key to what variant `index`'s after-chart adds to the chart of today (planned work, highlight,
    /// action badges…): the rest is explained once, under the chart of today.
    func addedLegend(variant index: Int) -> ChartLegend {
        let today = Set(currentChart.legendKeys)
        return ChartLegend(keys: afterChart(variant: index).legendKeys.filter { !today.contains($0) }, accent: accent(index))
    }

    /// `legend` drawn with each picture beside its label in the booklet's language, in as many columns as
    /// the width holds; `compact` sets it in the small size, for a key beside a chart on a screen.
    func legend(_ legend: ChartLegend, compact: Bool = false) -> Block {
        let style = compact ? styles.small.colored(palette.text) : styles.legend
        let locale = self.locale, text = self.text
        // A column is at least 13 (compact) or 17 ems wide, so most labels take one or two lines beside
        // their picture.
        let ems: Length = compact ? 13 : 17
        let columns = { (width: Length) in min(max(Int(width / (style.size * ems)), 1), 6) }
        // The pictures' strokes reach a little past their boxes: a point of room on every side.
        let room: Length = 1
        return .drawing(Drawing(heightForWidth: { width in
            ((try? legend.height(forWidth: width - 2 * room, locale: locale, text: text, style: style,
                                 columns: columns(width - 2 * room))) ?? 0) + 2 * room
        }, identity: LegendIdentity(legend: legend, locale: locale, style: style, ems: ems)) { rect in
            let inner = rect.inset(top: room, right: room, bottom: room, left: room)
            return (try? legend.frames(in: inner, locale: locale, text: text, style: style, columns: columns(inner.width))) ?? []
        })
    }

    /// Today and after variant `index` at one scale and geometry, so the eye sees only what changes.
    func chartPair(variant index: Int, arrangement: BeforeAfterChart.Arrangement) -> BeforeAfterChart {
        BeforeAfterChart(before: currentChart, after: [afterChart(variant: index)], arrangement: arrangement,
                         spacing: typography.lines(2), captionHeight: styles.kicker.size * 1.3 + typography.lines(0.5))
    }

    /// How wide each chart of `pair` is drawn in a box `width` wide and at most `maxHeight` tall: the
    /// widest the pair can be and stay under `maxHeight` (found by halving, as a chart's height is not quite
    /// proportional to its width), so a pair drawn at that width is scaled by its width.
    func chartWidth(_ pair: BeforeAfterChart, width: Length, maxHeight: Length) -> Length {
        var low: Length = 0, high = max(width, 0)
        if pair.height(forWidth: high) > maxHeight {
            for _ in 0..<40 {
                let middle = (low + high) / 2
                if pair.height(forWidth: middle) > maxHeight { high = middle } else { low = middle }
            }
            high = low
        }
        return pair.panels(in: Rect(x: 0, y: 0, width: high, height: max(maxHeight, 0)))[0].chart.width
    }

    /// `pair` drawn at most `maxHeight` tall and each chart at most `chartWidth` wide (centred), each chart
    /// under its caption ("Today", "After treatment" in `accent`) set at the chart's left edge.
    /// To a reader who cannot see them, the charts are what changes in variant `index`, in words.
    func charts(_ pair: BeforeAfterChart, variant index: Int, accent: Color, maxHeight: Length,
                chartWidth: Length = .infinity) -> Block {
        let kicker = styles.kicker, text = self.text
        let words = [(StringKey.variantToday, kicker), (.variantAfter, kicker.colored(accent))].map { key, style in
            Caption(markup: strings.markup(key), style: style)
        }
        let captions = words.compactMap { try? text.layout(.markup($0.markup), style: $0.style) }
        let count = Double(pair.charts.count)
        let pairWidth = pair.arrangement == .stacked ? chartWidth : chartWidth * count + pair.spacing * (count - 1)
        let identity = ChartsIdentity(pair: pair, captions: words, pairWidth: pairWidth)
        // The teeth's strokes reach a little past their cells: a point of room left and right.
        let room: Length = 1
        return .drawing(Drawing(heightForWidth: { min(pair.height(forWidth: min($0 - 2 * room, pairWidth)), max(maxHeight, 0)) },
                                alternativeText: chartWords(variant: index), identity: identity) { bounds in
            let width = min(bounds.width - 2 * room, pairWidth)
            // A hundredth of a point of height to spare, so a pair its width limits is scaled by its width
            // exactly: charts drawn at one width then share their tooth outlines across the booklet.
            let rect = Rect(x: bounds.minX + (bounds.width - width) / 2, y: bounds.minY, width: width,
                            height: bounds.height + 0.01)
            var frames = (try? pair.frames(in: rect, text: text)) ?? []
            for (panel, caption) in zip(pair.panels(in: rect), captions) {
                let chart = pair.charts[0].geometry(in: panel.chart).bounds
                frames.append(.text(caption, origin: Point(x: chart.minX, y: panel.caption.minY), lines: 0..<caption.lines.count))
            }
            return frames
        })
    }
}

/// What a before/after pair's drawing draws from (`BookletContext.charts`), so it is drawn once.
private struct ChartsIdentity: Hashable {
    var pair: BeforeAfterChart
    var captions: [Caption]
    var pairWidth: Length
}

/// A chart's caption: its words and their style.
private struct Caption: Hashable {
    var markup: String
    var style: TextStyle
}

/// What a chart key's drawing draws from (`BookletContext.legend`), so it is drawn once.
private struct LegendIdentity: Hashable {
    var legend: ChartLegend
    var locale: CaseLocale
    var style: TextStyle
    var ems: Length
}
