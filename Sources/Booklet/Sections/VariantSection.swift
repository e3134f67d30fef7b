import DentalModel
import Graphics
import Layout
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

    /// The anchor of the variant's first page.
    var anchor: String { "variant-\(index + 1)" }

    func blocks() -> [Block] {
        let styles = context.styles, type = context.typography
        // The opening — colour, name, goal and the two charts — is one page's story: kept together.
        var blocks: [Block] = [.anchor(anchor), .keepTogether([
            Blocks.bar(accent, length: mm(14), height: 3),
            context.line(.variantKicker, ["number": String(index + 1)], styles.kicker.colored(accent)),
            Blocks.plain(variant.name, styles.display.colored(context.palette.text)),
            goal(),
            charts(),
        ], spacing: type.lines(1))]
        if context.template.newPagePerSection { blocks.append(.pageBreak) } else { blocks.append(.spacer(type.lines(2))) }
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

    /// The goal and the warranty, side by side.
    private func goal() -> Block {
        let styles = context.styles
        var items = [RowItem(.fraction(2), Blocks.labelled(context.plain(.variantGoal), Blocks.plain(variant.goal, styles.body), styles: styles))]
        if let warranty = variant.warranty {
            items.append(RowItem(.fraction(1), Blocks.labelled(context.plain(.variantWarranty), Blocks.plain(warranty, styles.body), styles: styles)))
        }
        return .row(items, spacing: context.typography.lines(2))
    }

    /// Today and after treatment at the same scale and position: side by side on a landscape page, else one
    /// above the other, each capped in height so both fit one page with their legend.
    private func charts() -> Block {
        let styles = context.styles, type = context.typography
        let after = context.input.afterState.variants[index].formula
        let landscape = context.template.page.size.width > context.template.page.size.height
        // Portrait pages stack the pair: each chart gets under a third of the page (a continuous, compact
        // template less, so a variant takes fewer pages); landscape pages set them side by side.
        let share = landscape ? 0.28 : (context.template.newPagePerSection ? 0.3 : 0.22)
        let cap = context.bodyHeight * share
        let before = context.odontogram(context.dentalCase.formula)
        let treated = context.odontogram(after, changes: context.chartChanges(variant: index))
        let width = min(context.width(of: before, maxHeight: cap), context.width(of: treated, maxHeight: cap * 1.1))
        let todayBlock = Block.keepTogether([context.line(.variantToday, styles.kicker), context.chart(before, maxWidth: width)],
                                            spacing: type.lines(0.5))
        let afterBlock = Block.keepTogether([context.line(.variantAfter, styles.kicker.colored(accent)),
                                             context.chart(treated, maxWidth: width)], spacing: type.lines(0.5))
        let legend = ChartLegend(context: context).block()
        if landscape {
            return .stack([.row([RowItem(.fraction(1), todayBlock), RowItem(.fraction(1), afterBlock)], spacing: type.lines(2)), legend],
                          spacing: type.lines(1))
        }
        return .stack([todayBlock, afterBlock, legend], spacing: type.lines(1.5))
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
