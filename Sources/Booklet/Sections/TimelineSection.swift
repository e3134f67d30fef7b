import DentalModel
import Graphics
import Layout
import PlanEngine

/// Step by step, per variant: when each visit falls (week from the start), the healing waits between
/// visits and why, and what the patient pays at each visit — labelled so, beside the insurer's part when
/// insured — with the running total.
struct TimelineSection {
    let context: BookletContext

    func blocks() -> [Block] {
        let styles = context.styles, type = context.typography
        var blocks: [Block] = [
            .anchor("timeline"),
            context.title(.timelineTitle, intro: context.line(.timelineIntro, styles.body)),
        ]
        for index in context.input.variants {
            blocks.append(.spacer(type.lines(1.5)))
            blocks.append(.keepWithNext(.stack([
                Blocks.bar(context.accent(index), length: mm(10), height: 2.5),
                .row([RowItem(.fraction(1), .tagged(.heading(level: 2), Blocks.plain(context.dentalCase.variants[index].name, styles.heading))),
                      RowItem(.fixed(context.amountWidth * 1.3), context.line(.timelinePayments, styles.kicker.aligned(.right)))]),
            ], spacing: type.lines(0.5))))
            blocks.append(table(index))
        }
        return blocks
    }

    private func table(_ index: Int) -> Block {
        let styles = context.styles, accent = context.accent(index)
        let quote = context.input.quote.variants[index], insured = quote.insurance != nil
        var rows: [TableRow] = []
        var day = 0
        var paid = Money.zero(context.input.quote.currency)
        for (visit, visitQuote) in zip(context.dentalCase.variants[index].visits, quote.visits) {
            if let interval = visit.interval {
                day += interval.days
                if let reason = interval.reason {
                    rows.append(TableRow([
                        TableCell(.spacer(0)),
                        TableCell(Blocks.plain("↓ " + context.plain(.timelinePause, ["interval": context.interval(interval), "reason": reason]),
                                               styles.small.italicized), span: insured ? 4 : 3),
                    ]))
                }
            }
            paid = paid.adding(visitQuote.patientShare) ?? paid
            let when = day == 0 ? context.plain(.timelineStart) : context.plain(.timelineWeek, ["number": String(day / 7 + 1)])
            rows.append(TableRow([
                TableCell(Blocks.plain(when, styles.small.colored(accent).weight(.semibold))),
                TableCell(.stack([
                    context.line(.timelinePayAt, ["number": String(visitQuote.number)], styles.kicker),
                    Blocks.plain(visit.title, styles.body),
                ], spacing: 1)),
            ] + (insured ? [TableCell(Blocks.plain(context.money(visitQuote.insurerShare), styles.figure.colored(context.palette.muted)))] : [])
              + [
                TableCell(Blocks.plain(context.money(visitQuote.patientShare), styles.figure)),
                TableCell(Blocks.plain(context.money(paid), styles.figure.colored(context.palette.muted))),
            ]))
        }
        // The patient's part is labelled as such; with insurance the insurer's part stands beside it.
        let amount = TableColumn(.fixed(context.amountWidth), alignment: .right)
        let header = TableRow([TableCell(.spacer(0)), TableCell(.spacer(0))]
            + (insured ? [TableCell(context.line(.variantInsurerPays, styles.kicker.aligned(.right)))] : []) + [
            TableCell(context.line(.variantPatientShare, styles.kicker.aligned(.right))),
            TableCell(context.line(.timelinePaidSoFar, styles.kicker.aligned(.right))),
        ])
        return .table(Table(
            columns: [TableColumn(.fixed(context.typography.body * 6)), TableColumn(.fraction(1))]
                + (insured ? [amount] : []) + [amount, TableColumn(.fixed(context.amountWidth * 1.1), alignment: .right)],
            header: [header], body: rows,
            style: TableStyle(cellPadding: Insets(horizontal: 4, vertical: context.typography.lines(0.4)),
                              headerRule: Stroke(color: accent, width: 1),
                              rowRule: Stroke(color: context.palette.rule, width: 0.4))))
    }
}
