import DentalModel
import Graphics
import Layout
import Odontogram
import PlanEngine

/// One variant: its colour and name, the goal, the chart today and after treatment with the changes in
/// plain words, the total set apart with the insurer's and the patient's shares, then visit by visit what
/// is done and why, by whom, how long and for how much; last, the jargon it uses in plain words.
struct VariantSection {
    let context: BookletContext
    /// 0-based index in the case.
    let index: Int

    private var variant: PlanVariant { context.dentalCase.variants[index] }
    private var quote: VariantQuote { context.input.quote.variants[index] }
    private var accent: Color { context.accent(index) }
    private var landscape: Bool { context.template.page.size.width > context.template.page.size.height }

    /// How the charts are set on the variant's page: one above the other (the key beside them) or side by
    /// side (the key under them), and the width each chart can be drawn at.
    struct ChartPlan {
        var arrangement: BeforeAfterChart.Arrangement
        var chartWidth: Length
    }

    /// The variant's pages from its `opening`, each chart drawn at most `chartWidth` wide (the composer
    /// gives every variant the smallest width any of them allows, so all charts of the booklet's variants
    /// share one scale).
    func blocks(_ opening: Opening, chartWidth: Length) -> [Block] {
        let type = context.typography, spacing = type.lines(1)
        let plan = opening.chartPlan
        // What changes joins the charts on their page when it fits there and the statement after it would
        // otherwise spill a few lines onto a page of their own.
        let (figure, changesWithCharts) = figure(plan, chartWidth: min(chartWidth, plan.chartWidth),
                                                 maxHeight: opening.chartHeight, changes: opening.statementSpills)
        var blocks: [Block] = [
            .anchor(context.anchor(variant: index)),
            .keepTogether([opening.header, figure], spacing: spacing),
            context.template.newPagePerSection ? .pageBreak : .spacer(type.lines(2)),
        ]
        if !changesWithCharts, let changes = opening.changes { blocks += [changes, .spacer(type.lines(2))] }
        return blocks + opening.statement
    }

    /// What the first page holds besides the charts, the height left for them and how they are set in
    /// it, and whether the statement that follows, after what changes, would spill a few lines onto a
    /// page of their own.
    struct Opening {
        var header: Block
        var changes: Block?
        var statement: [Block]
        var chartHeight: Length
        /// The arrangement that draws this variant's charts largest in `chartHeight`.
        var chartPlan: ChartPlan
        var statementSpills: Bool
    }

    /// The variant's opening, measured once (the composer reads its chart plan, then sets its blocks).
    func opening() -> Opening {
        let styles = context.styles, type = context.typography
        let title: [Block] = [
            Blocks.bar(accent, length: mm(14), height: 3),
            .tagged(.heading(level: 1), .stack([
                context.line(.variantKicker, ["number": String(index + 1)], styles.kicker.colored(accent)),
                Blocks.plain(variant.name, styles.display.colored(context.palette.text)),
            ], spacing: context.typography.lines(1))),
        ]
        // A landscape page sets the goal beside the title, so the charts get the height.
        let header: Block = landscape
            ? .row([RowItem(.fraction(3), .stack(title, spacing: type.lines(1))), RowItem(.fraction(2), goal(stacked: true))],
                   spacing: type.lines(3), alignment: .bottom)
            : .stack(title + [goal(stacked: false)], spacing: type.lines(1))
        let changes = changeList(columns: 2)
        let statement: [Block] = [
            // The total comes before the detail, as on a statement: it is never left alone at a page's top.
            totals(), .spacer(type.lines(2)), context.heading(.variantVisits), VisitTable(context: context, index: index).block(),
        ] + (Glossary(context: context).block(variant: index).map { [.spacer(type.lines(2)), $0] } ?? [])
        let body = context.bodyHeight
        let spills = changes.map { changes in
            let full = context.height(of: .stack([changes, .spacer(type.lines(2))] + statement))
            return context.template.newPagePerSection && full > body
                && full.truncatingRemainder(dividingBy: body) < context.height(of: changes) + type.lines(2)
        } ?? false
        // The opening — colour, name, goal, the two charts and their key — is one page's story: kept
        // together, the charts as large as the rest of the page leaves (less a line of slack); a continuous
        // template keeps them under half a page, so a variant takes fewer pages.
        let rest = body - context.height(of: header) - type.lines(2)
        let chartHeight = context.template.newPagePerSection ? rest : min(rest, body * 0.45)
        return Opening(header: header, changes: changes, statement: statement, chartHeight: chartHeight,
                       chartPlan: plan(maxHeight: chartHeight), statementSpills: spills)
    }

    /// What changes, tooth by tooth, in `columns` columns under its heading, the gums across the width
    /// under them; nil when nothing does.
    private func changeList(columns: Int) -> Block? {
        let styles = context.styles, type = context.typography
        let lines = context.changeLines(variant: index)
        guard !lines.isEmpty else { return nil }
        let teeth = lines.filter { $0.tooth != nil }.map { Block.tagged(.listItem, .tagged(.listBody, Blocks.plain($0.text, styles.body))) }
        let gums = lines.filter { $0.tooth == nil }.map { Blocks.plain($0.text, styles.body) }
        let grid: [Block] = teeth.isEmpty ? []
            : [.tagged(.list, .grid(teeth, columns: columns, columnSpacing: type.lines(2), rowSpacing: type.lines(0.25)))]
        return .keepTogether([context.heading(.variantChanges)] + grid + gums, spacing: type.lines(0.5))
    }

    /// The key to what the after-chart adds (the chart of today explains the rest); nil when it adds nothing.
    private var legend: Block? {
        let added = context.addedLegend(variant: index)
        return added.keys.isEmpty ? nil : context.legend(added)
    }

    /// The width of the key's column beside charts set one above the other.
    private var legendColumnWidth: Length { context.styles.legend.size * 18 }

    /// The arrangement that draws the charts larger in `maxHeight`: side by side with the key under them,
    /// or one above the other with the key in a column beside them (when it fits that column's height).
    private func plan(maxHeight: Length) -> ChartPlan {
        let type = context.typography, width = context.template.page.contentRect.width
        let legend = legend
        let under = legend.map { context.height(of: $0) + type.lines(1) } ?? 0
        let beside = legend.map { (width: legendColumnWidth + type.lines(2), height: context.height(of: $0, width: legendColumnWidth)) }
            ?? (width: 0, height: 0)
        let sideBySide = context.chartWidth(context.chartPair(variant: index, arrangement: .sideBySide), width: width,
                                            maxHeight: maxHeight - under)
        let stacked = context.chartWidth(context.chartPair(variant: index, arrangement: .stacked), width: width - beside.width,
                                         maxHeight: maxHeight)
        return stacked > sideBySide + 0.5 && beside.height <= maxHeight
            ? ChartPlan(arrangement: .stacked, chartWidth: stacked)
            : ChartPlan(arrangement: .sideBySide, chartWidth: sideBySide)
    }

    /// The two charts set as `plan` says, each at most `chartWidth` wide, with their key; with `changes`,
    /// what changes too where it fits: in the column beside charts set one above the other (over the key),
    /// or under charts set side by side. Says whether it holds what changes.
    private func figure(_ plan: ChartPlan, chartWidth: Length, maxHeight: Length,
                        changes: Bool) -> (block: Block, holdsChanges: Bool) {
        let type = context.typography, spacing = type.lines(1), width = context.template.page.contentRect.width
        let pair = context.chartPair(variant: index, arrangement: plan.arrangement)
        let legend = legend
        if plan.arrangement == .stacked {
            let charts = context.charts(pair, variant: index, accent: accent, maxHeight: maxHeight, chartWidth: chartWidth)
            guard legend != nil || changes else { return (charts, false) }
            let chartsHeight = context.height(of: charts, width: width - legendColumnWidth - type.lines(2))
            let key = legend.map { context.height(of: $0, width: legendColumnWidth) } ?? 0
            let list = changes ? changeList(columns: 1) : nil
            let room = list.map { chartsHeight - key - context.height(of: $0, width: legendColumnWidth) - type.lines(2) } ?? -1
            // What changes sits beside today's chart, the key beside the chart after treatment.
            let column: Block = if let list, room >= 0 {
                .stack([list, .spacer(room + type.lines(2))] + [legend].compactMap { $0 })
            } else {
                legend ?? .spacer(0)
            }
            return (.row([RowItem(.fraction(1), charts), RowItem(.fixed(legendColumnWidth), column)],
                         spacing: type.lines(2), alignment: .bottom), room >= 0)
        }
        let under = legend.map { context.height(of: $0) + spacing } ?? 0
        let charts = context.charts(pair, variant: index, accent: accent, maxHeight: maxHeight - under, chartWidth: chartWidth)
        let figure: Block = legend.map { .stack([charts, $0], spacing: spacing) } ?? charts
        guard changes, let list = changeList(columns: 2),
              context.height(of: figure) + spacing + context.height(of: list) <= maxHeight else { return (figure, false) }
        return (.stack([figure, list], spacing: spacing), true)
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

    /// The total, set apart, never split from its label; with insurance, who pays what: the programme's
    /// part, the extras at the patient's expense listed apart, and what the patient pays.
    private func totals() -> Block {
        let styles = context.styles, width = context.amountWidth * 1.4
        var lines: [Block] = [Blocks.rule(accent, width: 1.2)]
        if let programme = quote.insurance {
            lines += MoneyLines(context: context).insuredStatement(quote, programme: programme, amountWidth: width)
        } else {
            lines.append(Blocks.amountLine(context.line(.variantTotal, styles.heading), context.money(quote.total),
                                           style: styles.total, amountWidth: width))
        }
        return .keepTogether(lines, spacing: context.typography.lines(0.75))
    }
}
