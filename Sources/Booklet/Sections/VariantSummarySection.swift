import DentalModel
import Graphics
import Layout
import Odontogram
import PlanEngine

/// One variant on one screen, for the chair (`layout: summary`), in two columns. Left: the name in the
/// variant's colour, the goal, the charts of today and after treatment side by side, as large as the rest
/// of the screen allows. Right: what the patient pays in large type (with insurance, the cost and the
/// insurer's part under it), the time in the chair, the calendar time, and the visits as a short list —
/// number, title, what the patient pays for it — under their count. The warranty goes under the charts or beside them, wherever it leaves the charts larger.
/// A list too long for the screen ends in "+ N more visits".
struct VariantSummarySection {
    let context: BookletContext
    /// 0-based index in the case.
    let index: Int

    private var variant: PlanVariant { context.dentalCase.variants[index] }
    private var quote: VariantQuote { context.input.quote.variants[index] }
    private var accent: Color { context.accent(index) }

    func blocks() -> [Block] {
        let styles = context.styles, type = context.typography, width = context.template.page.contentRect.width
        let gap = type.lines(4), spacing = type.lines(2)
        // Half a line of slack, so rounding never pushes the screen's last line onto a second screen.
        let height = context.bodyHeight - type.lines(0.5)
        let head: Block = .stack([
            .tagged(.heading(level: 1), .stack([context.line(.variantKicker, ["number": String(index + 1)], styles.kicker.colored(accent)),
                    Blocks.plain(variant.name, styles.display.colored(accent), maxLines: 2)], spacing: 1)),
            Blocks.plain(variant.goal, styles.body, maxLines: 2),
        ], spacing: type.lines(1))
        let warranty = variant.warranty.map {
            Blocks.labelled(context.plain(.variantWarranty), Blocks.plain($0, styles.body.weight(.medium), maxLines: 2),
                            styles: styles)
        }
        // The charts as large as the height left allows, in 55 to 60 % of the width. The warranty goes under
        // them when that costs them nothing (they are as wide as they may be), else beside them.
        let pair = context.chartPair(variant: index, arrangement: .sideBySide)
        let room = height - context.height(of: head, width: width * 0.55) - spacing
        let under = warranty.map { context.height(of: $0, width: width * 0.55) + spacing } ?? 0
        let warrantyUnder = context.chartWidth(pair, width: width * 0.6, maxHeight: room - under)
            >= context.chartWidth(pair, width: width * 0.6, maxHeight: room) - 0.5
        let chartHeight = warrantyUnder ? room - under : room
        let wanted = context.chartWidth(pair, width: width * 0.6, maxHeight: chartHeight) * 2 + pair.spacing
        let leftWidth = min(max(wanted, width * 0.55), width * 0.6), rightWidth = width - leftWidth - gap
        let besideCharts = warrantyUnder ? nil : warranty
        // The most visits that fit; the subtotals' column is measured once for every try.
        let amountWidth = quote.visits.compactMap {
            try? context.text.layout(.plain(context.money(visitAmount($0))), style: context.styles.figure).size.width
        }.max() ?? context.amountWidth
        let column = stride(from: quote.visits.count, through: 1, by: -1).lazy
            .map { facts(visits: $0, amountWidth: amountWidth, warranty: besideCharts) }
            .first { context.height(of: $0, width: rightWidth) <= height }
            ?? facts(visits: 0, amountWidth: amountWidth, warranty: besideCharts)
        return [
            .anchor(context.anchor(variant: index)),
            .row([
                RowItem(.fixed(leftWidth), .stack([head, context.charts(pair, variant: index, accent: accent, maxHeight: chartHeight)]
                                                  + [warrantyUnder ? warranty : nil].compactMap { $0 }, spacing: spacing)),
                RowItem(.fraction(1), column),
            ], spacing: gap),
        ]
    }

    /// The total; the time in the chair and from the first to the last visit, each label beside its value;
    /// `warranty` if given; then the first `shown` visits, their subtotals in a column `amountWidth` wide.
    private func facts(visits shown: Int, amountWidth: Length, warranty: Block?) -> Block {
        let styles = context.styles, type = context.typography
        // The large figure is what the patient pays; with insurance the cost and the insurer's part sit under it.
        let headline: (label: StringKey, amount: Money) = quote.insurance == nil
            ? (.variantTotal, quote.total) : (.variantPatientShare, quote.patientShare)
        let total: Block = .row([
            RowItem(.fraction(1), context.line(headline.label, styles.heading)),
            RowItem(.fraction(1.5), Blocks.plain(context.money(headline.amount), totalStyle.aligned(.right), maxLines: 1)),
        ], spacing: type.lines(1), alignment: .bottom)
        let facts = [
            fact(.comparisonChairTime, context.duration(quote.durationMinutes)),
            fact(.comparisonCalendar, context.calendar(days: quote.intervalDays)),
        ] + [warranty].compactMap { $0 }
        let share: [Block] = quote.insurance == nil ? [] : [
            amountLine(.comparisonTotal, quote.total),
            amountLine(.variantInsurerPays, quote.insurerShare),
        ]
        return .stack([
            .stack([total] + share + [Blocks.rule(accent, width: 1.5)], spacing: type.lines(1)),
            .stack(facts, spacing: type.lines(1)),
            visitList(shown: shown, amountWidth: amountWidth),
        ], spacing: type.lines(2))
    }

    /// A label beside an amount, on one line.
    private func amountLine(_ label: StringKey, _ amount: Money) -> Block {
        let styles = context.styles
        return .row([
            RowItem(.fraction(1.4), context.line(label, styles.body)),
            RowItem(.fraction(1), Blocks.plain(context.money(amount), styles.figure.weight(.medium), maxLines: 1)),
        ], spacing: context.typography.lines(1), alignment: .bottom)
    }

    /// The total: as large as the display type, in figures that line up.
    private var totalStyle: TextStyle {
        var style = context.styles.total.aligned(.left)
        style.size = context.typography.display
        style.lineHeight = 1.1
        return style
    }

    /// A label beside its value (the label at most three lines, the value at most two).
    private func fact(_ label: StringKey, _ value: String) -> Block {
        let styles = context.styles
        return .row([RowItem(.fraction(0.7), Blocks.plain(context.plain(label), styles.kicker, maxLines: 3)),
                     RowItem(.fraction(1), Blocks.plain(value, styles.body.weight(.medium), maxLines: 2))],
                    spacing: context.typography.lines(1.5))
    }

    /// What a visit costs the patient: its subtotal, or their share of it when insured.
    private func visitAmount(_ visit: VisitQuote) -> Money {
        quote.insurance == nil ? visit.subtotal : visit.patientShare
    }

    /// Visit number, title and what it costs the patient, one line each, for the first `shown` visits, then how many more.
    private func visitList(shown: Int, amountWidth: Length) -> Block {
        let styles = context.styles, type = context.typography
        var lines: [Block] = zip(variant.visits, quote.visits).prefix(shown).map { visit, visitQuote in
            .row([
                RowItem(.fixed(type.body * 1.6), Blocks.plain(String(visitQuote.number), styles.strong.colored(accent))),
                RowItem(.fraction(1), Blocks.plain(visit.title, styles.body, maxLines: 1)),
                RowItem(.fixed(amountWidth + 1), Blocks.plain(context.money(visitAmount(visitQuote)), styles.figure)),
            ], spacing: type.lines(0.75))
        }
        if shown < quote.visits.count {
            lines.append(context.line(.variantMoreVisits, count: quote.visits.count - shown,
                                      styles.body.colored(context.palette.muted)))
        }
        var count = context.line(.comparisonVisitCount, count: quote.visits.count, styles.kicker)
        if quote.insurance != nil {
            count = .row([RowItem(.fraction(1), count),
                          RowItem(.fraction(1), context.line(.variantPatientShare, styles.kicker.aligned(.right)))])
        }
        return .stack([.stack([count, Blocks.rule(context.palette.rule)], spacing: type.lines(0.5))] + lines,
                      spacing: type.lines(0.6))
    }
}
