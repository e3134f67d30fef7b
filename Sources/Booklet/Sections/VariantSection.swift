import DentalModel
import Graphics
import Layout
import Odontogram
import PlanEngine

/// One variant: its colour and name, the goal, the chart today and after treatment with the changes in
/// plain words, the total set apart with the insurer's and the patient's shares, then visit by visit what
/// is done and why, by whom, how long and for how much.
struct VariantSection {
    let context: BookletContext
    /// 0-based index in the case.
    let index: Int

    private var variant: PlanVariant { context.dentalCase.variants[index] }
    private var quote: VariantQuote { context.input.quote.variants[index] }
    private var accent: Color { context.accent(index) }
    private var landscape: Bool { context.template.page.size.width > context.template.page.size.height }

    /// The anchor of the variant's first page.
    var anchor: String { "variant-\(index + 1)" }

    func blocks() -> [Block] {
        let styles = context.styles, type = context.typography
        let chartPair = chartPair()
        let title: [Block] = [
            Blocks.bar(accent, length: mm(14), height: 3),
            context.line(.variantKicker, ["number": String(index + 1)], styles.kicker.colored(accent)),
            Blocks.plain(variant.name, styles.display.colored(context.palette.text)),
        ]
        // A landscape screen sets the goal beside the title, so the charts get the height.
        let header: Block = landscape
            ? .row([RowItem(.fraction(3), .stack(title, spacing: type.lines(1))), RowItem(.fraction(2), goal(stacked: true))],
                   spacing: type.lines(3), alignment: .bottom)
            : .stack(title + [goal(stacked: false)], spacing: type.lines(1))
        let legend = context.legend(chartPair.charts, accent: accent)
        // The opening — colour, name, goal and the two charts — is one page's story: kept together, the
        // charts as large as the rest of the page leaves (less a line of slack). On paper the key follows
        // under the charts (a continuous template keeps the pair under half a page, so a variant takes
        // fewer pages); a landscape screen gives the charts its whole height and the key the next screen.
        let opening = landscape ? header : .stack([header, legend], spacing: type.lines(1))
        let rest = context.bodyHeight - context.height(of: opening) - type.lines(2)
        let chartHeight = context.template.newPagePerSection ? rest : min(rest, context.bodyHeight * 0.45)
        let pair = charts(chartPair, maxHeight: chartHeight)
        var blocks: [Block] = [.anchor(anchor), .keepTogether(landscape ? [header, pair] : [header, pair, legend],
                                                              spacing: type.lines(1))]
        if landscape { blocks += [.pageBreak, legend] }
        if context.template.newPagePerSection && !landscape {
            blocks.append(.pageBreak)
        } else {
            blocks.append(.spacer(type.lines(2)))
        }
        let changes = ChangeLines(context: context, index: index).lines()
        if !changes.isEmpty {
            blocks.append(.keepTogether([
                context.heading(.variantChanges),
                .grid(changes.map { Blocks.plain($0, styles.body) }, columns: 2, columnSpacing: type.lines(2),
                      rowSpacing: type.lines(0.25)),
            ], spacing: type.lines(0.5)))
            blocks.append(.spacer(type.lines(2)))
        }
        // The total comes before the detail, as on a statement: it is never left alone at a page's top.
        blocks.append(totals())
        blocks.append(.spacer(type.lines(2)))
        blocks.append(context.heading(.variantVisits))
        blocks.append(VisitTable(context: context, index: index).block())
        return blocks
    }

    /// The goal and the warranty, side by side or one above the other.
    private func goal(stacked: Bool) -> Block {
        let styles = context.styles, spacing = context.typography.lines(stacked ? 1 : 2)
        let goal = Blocks.labelled(context.plain(.variantGoal), Blocks.plain(variant.goal, styles.body), styles: styles)
        guard let warranty = variant.warranty.map({
            Blocks.labelled(context.plain(.variantWarranty), Blocks.plain($0, styles.body), styles: styles)
        }) else { return goal }
        return stacked ? .stack([goal, warranty], spacing: spacing)
                       : .row([RowItem(.fraction(2), goal), RowItem(.fraction(1), warranty)], spacing: spacing)
    }

    /// Today and after treatment side by side at one scale and geometry, so the eye sees only what changes.
    /// (Stacked on a portrait page, the pair and the full legend leave each chart a sliver of height.)
    private func chartPair() -> BeforeAfterChart {
        let type = context.typography
        let after = context.input.afterState.variants[index].formula
        return BeforeAfterChart(before: context.odontogram(context.dentalCase.formula),
                                after: [context.odontogram(after, changes: context.chartChanges(variant: index))],
                                arrangement: .sideBySide, spacing: type.lines(2),
                                captionHeight: context.styles.kicker.size * 1.3 + type.lines(0.5))
    }

    /// The pair drawn at most `maxHeight` tall, each chart under its caption ("Today", "After treatment" in
    /// the variant's colour) set at the chart's left edge.
    private func charts(_ pair: BeforeAfterChart, maxHeight: Length) -> Block {
        let kicker = context.styles.kicker, text = context.text
        let captions = [(StringKey.variantToday, kicker), (.variantAfter, kicker.colored(accent))].compactMap { key, style in
            try? text.layout(.markup(context.strings.markup(key)), style: style)
        }
        return .drawing(Drawing(heightForWidth: { min(pair.height(forWidth: $0), max(maxHeight, 0)) }) { rect in
            var frames = (try? pair.frames(in: rect, text: text)) ?? []
            for (panel, caption) in zip(pair.panels(in: rect), captions) {
                let left = pair.charts[0].geometry(in: panel.chart).bounds.minX
                frames.append(.text(caption, origin: Point(x: left, y: panel.caption.minY), lines: 0..<caption.lines.count))
            }
            return frames
        })
    }

    /// The total, set apart, never split from its label; with insurance, who pays what.
    private func totals() -> Block {
        let styles = context.styles, width = context.amountWidth * 1.4
        var lines: [Block] = [
            Blocks.rule(accent, width: 1.2),
            Blocks.amountLine(context.line(.variantTotal, styles.heading), context.money(quote.total), style: styles.total,
                              amountWidth: width),
        ]
        if let programme = quote.insurance {
            let name = programme.name(context.locale)
            lines.append(Blocks.amountLine(context.line(.variantInsurer, ["insurer": name], styles.body),
                                           context.money(quote.insurerShare), style: styles.figure, amountWidth: width))
            lines.append(Blocks.amountLine(context.line(.variantPatientShare, styles.strong),
                                           context.money(quote.patientShare), style: styles.figure.weight(.semibold),
                                           amountWidth: width))
            let own = quote.visits.flatMap(\.items).filter(\.ownExpense)
            if !own.isEmpty {
                lines.append(context.line(.variantOwnExpense, ["insurer": name], styles.kicker))
                lines.append(Blocks.plain(own.map(\.serviceName).joined(separator: "; "), styles.small))
            }
        }
        return .keepTogether(lines, spacing: context.typography.lines(0.75))
    }
}
