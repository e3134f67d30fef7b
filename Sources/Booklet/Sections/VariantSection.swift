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

    func blocks() -> [Block] {
        let styles = context.styles, type = context.typography
        let title: [Block] = [
            Blocks.bar(accent, length: mm(14), height: 3),
            context.line(.variantKicker, ["number": String(index + 1)], styles.kicker.colored(accent)),
            Blocks.plain(variant.name, styles.display.colored(context.palette.text)),
        ]
        // A landscape page sets the goal beside the title, so the charts get the height.
        let header: Block = landscape
            ? .row([RowItem(.fraction(3), .stack(title, spacing: type.lines(1))), RowItem(.fraction(2), goal(stacked: true))],
                   spacing: type.lines(3), alignment: .bottom)
            : .stack(title + [goal(stacked: false)], spacing: type.lines(1))
        let spacing = type.lines(1)
        let changes = changeList()
        let statement: [Block] = [
            // The total comes before the detail, as on a statement: it is never left alone at a page's top.
            totals(), .spacer(type.lines(2)), context.heading(.variantVisits), VisitTable(context: context, index: index).block(),
        ]
        // What changes follows the charts on their page when the statement after it would otherwise spill a
        // few lines onto a page of their own.
        let body = context.bodyHeight
        let withCharts = changes.flatMap { changes -> Block? in
            let full = context.height(of: .stack([changes, .spacer(type.lines(2))] + statement))
            let spills = full > body && full.truncatingRemainder(dividingBy: body) < context.height(of: changes) + type.lines(2)
            return context.template.newPagePerSection && spills ? changes : nil
        }
        // The opening — colour, name, goal, the two charts and their key — is one page's story: kept
        // together, the charts as large as the rest of the page leaves (less a line of slack); a continuous
        // template keeps them under half a page, so a variant takes fewer pages.
        let rest = body - context.height(of: header) - spacing - (withCharts.map { context.height(of: $0) + spacing } ?? 0)
            - type.lines(1)
        let chartHeight = context.template.newPagePerSection ? rest : min(rest, body * 0.45)
        var blocks: [Block] = [
            .anchor(context.anchor(variant: index)),
            .keepTogether([header, figure(maxHeight: chartHeight)] + [withCharts].compactMap { $0 }, spacing: spacing),
            context.template.newPagePerSection ? .pageBreak : .spacer(type.lines(2)),
        ]
        if withCharts == nil, let changes { blocks += [changes, .spacer(type.lines(2))] }
        return blocks + statement
    }

    /// What changes, tooth by tooth, in two columns under its heading; nil when nothing does.
    private func changeList() -> Block? {
        let styles = context.styles, type = context.typography
        let changes = ChangeLines(context: context, index: index).lines()
        guard !changes.isEmpty else { return nil }
        return .keepTogether([
            context.heading(.variantChanges),
            .grid(changes.map { Blocks.plain($0, styles.body) }, columns: 2, columnSpacing: type.lines(2),
                  rowSpacing: type.lines(0.25)),
        ], spacing: type.lines(0.5))
    }

    /// The two charts and the key to what the after-chart adds (the chart of today explains the rest), at
    /// most `maxHeight` tall, set whichever way draws the charts larger: side by side with the key under
    /// them, or one above the other with the key in a column beside them.
    private func figure(maxHeight: Length) -> Block {
        let type = context.typography, width = context.template.page.contentRect.width
        let spacing = type.lines(1), gap = type.lines(2)
        let added = context.addedLegend(variant: index)
        let legend: Block? = added.keys.isEmpty ? nil : context.legend(added)
        let under = legend.map { context.height(of: $0) + spacing } ?? 0
        let besideWidth = context.styles.legend.size * 18
        let beside = legend.map { (width: besideWidth + gap, height: context.height(of: $0, width: besideWidth)) }
            ?? (width: 0, height: 0)
        let sideBySide = context.chartPair(variant: index, arrangement: .sideBySide)
        let stacked = context.chartPair(variant: index, arrangement: .stacked)
        if context.chartWidth(stacked, width: width - beside.width, maxHeight: maxHeight)
            > context.chartWidth(sideBySide, width: width, maxHeight: maxHeight - under) + 0.5,
           beside.height <= maxHeight {
            let charts = context.charts(stacked, accent: accent, maxHeight: maxHeight)
            guard let legend else { return charts }
            return .row([RowItem(.fraction(1), charts), RowItem(.fixed(besideWidth), legend)], spacing: gap,
                        alignment: .bottom)
        }
        let charts = context.charts(sideBySide, accent: accent, maxHeight: maxHeight - under)
        guard let legend else { return charts }
        return .stack([charts, legend], spacing: spacing)
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
