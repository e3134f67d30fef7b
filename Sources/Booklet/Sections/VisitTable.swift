import DentalModel
import Graphics
import Layout
import PlanEngine

/// A variant's visits as one table that runs across pages under a repeated header: per visit a heading
/// row (number, title, who, how long, how long after the previous one), its lines — teeth, problem,
/// solution, code, price — and its subtotal. In an insured variant each line and subtotal also shows the
/// insurer's and the patient's part, and a line outside the programme says so. In totals-only mode line
/// prices and codes are left out.
struct VisitTable {
    let context: BookletContext
    let index: Int

    func block() -> Block {
        let columns = shownColumns
        let styles = context.styles
        let header = TableRow(columns.map { TableCell(headerCell($0)) })
        var body: [TableRow] = []
        let visits = context.dentalCase.variants[index].visits
        for (visitIndex, visitQuote) in context.input.quote.variants[index].visits.enumerated() {
            // A visit's heading never ends a page: it goes with at least the visit's first line.
            body.append(TableRow([TableCell(visitHeading(visits[visitIndex], quote: visitQuote), span: columns.count)],
                                 background: context.palette.tint, keepWithNext: true))
            for item in visitQuote.items {
                body.append(TableRow(columns.map { TableCell(cell($0, item)) }))
            }
            let label = context.line(.variantSubtotal, ["number": String(visitQuote.number)], styles.small.weight(.semibold))
            let amount = Block.stack([Blocks.plain(context.money(visitQuote.subtotal), styles.figure.weight(.semibold))]
                                     + (insured ? money.split(insurer: visitQuote.insurerShare, patient: visitQuote.patientShare,
                                                              ownExpense: visitQuote.insurerShare.isZero) : []), spacing: 1)
            body.append(TableRow([TableCell(label, span: columns.count - 1), TableCell(amount)], keepWithPrevious: true))
        }
        let rule = Stroke(color: context.palette.rule, width: 0.5)
        return .table(Table(columns: columns.map(layoutColumn), header: [header], body: body,
                            style: TableStyle(cellPadding: Insets(horizontal: Self.cellPadding, vertical: context.typography.lines(0.4)),
                                              headerRule: Stroke(color: context.accent(index), width: 1), rowRule: rule)))
    }

    private var money: MoneyLines { MoneyLines(context: context) }
    /// Whether the variant is insured: each line and subtotal then shows the insurer's and the patient's part.
    private var insured: Bool { context.input.quote.variants[index].insurance != nil }

    /// The template's columns; in totals-only mode without codes, quantities and prices, but always ending
    /// in an amount column for the subtotals.
    private var shownColumns: [VisitColumn] {
        var columns = context.template.columns
        if context.template.priceMode == .totals {
            columns.removeAll { [.code, .quantity, .price].contains($0) }
        }
        if columns.last != .price { columns.removeAll { $0 == .price }; columns.append(.price) }
        return columns
    }

    /// The space left and right of a cell's content.
    private static let cellPadding: Length = 4

    /// The widest service code in this variant as its cells set it, so no code breaks across lines.
    private var codeWidth: Length {
        context.input.quote.variants[index].visits.flatMap(\.items).compactMap {
            try? context.text.layout(.plain($0.code), style: context.styles.small).size.width
        }.max() ?? 0
    }

    private func layoutColumn(_ column: VisitColumn) -> TableColumn {
        let body = context.typography.body
        switch column {
        case .teeth: return TableColumn(.fixed(body * 5.2))
        case .problem: return TableColumn(.fraction(1))
        case .solution: return TableColumn(.fraction(1.2))
        case .code: return TableColumn(.fixed(max(body * 3.4, codeWidth.rounded(.up) + 2 * Self.cellPadding)))
        case .quantity: return TableColumn(.fixed(body * 3), alignment: .right)
        case .price: return TableColumn(.fixed(context.amountWidth), alignment: .right)
        }
    }

    private func headerCell(_ column: VisitColumn) -> Block {
        let key: StringKey
        switch column {
        case .teeth: key = .variantTeeth
        case .problem: key = .variantProblem
        case .solution: key = .variantSolution
        case .code: key = .variantCode
        case .quantity: key = .variantQuantity
        case .price: key = .variantPrice
        }
        let style = context.styles.kicker.aligned(column == .price || column == .quantity ? .right : .left)
        return context.line(key, style)
    }

    private func visitHeading(_ visit: Visit, quote: VisitQuote) -> Block {
        let styles = context.styles
        let title = context.line(.variantVisit, ["number": String(quote.number)], styles.kicker.colored(context.accent(index)))
        var facts: [String] = []
        if !visit.specialists.isEmpty {
            let names = visit.specialists.map { [$0.role, $0.name].compactMap { $0 }.joined(separator: " ") }
                .joined(separator: ", ")
            facts.append(visit.specialists.count > 1
                ? context.plain(visit.specialistOrder == .together ? .variantTogether : .variantSequential, ["specialists": names])
                : names)
        }
        facts.append(context.duration(visit.durationMinutes))
        if let interval = visit.interval {
            facts.append(interval.reason.map {
                context.plain(.variantWaitBecause, ["interval": context.interval(interval), "reason": $0])
            } ?? context.plain(.variantWait, ["interval": context.interval(interval)]))
        }
        return .stack([
            .row([RowItem(.fixed(context.typography.body * 5.2), title),
                  RowItem(.fraction(1), Blocks.plain(visit.title, styles.strong))]),
            .row([RowItem(.fixed(context.typography.body * 5.2), .spacer(0)),
                  RowItem(.fraction(1), Blocks.plain(facts.joined(separator: " · "), styles.small))]),
        ], spacing: 1)
    }

    private func cell(_ column: VisitColumn, _ item: ItemQuote) -> Block {
        let styles = context.styles
        switch column {
        case .teeth:
            return Blocks.plain(context.teeth(item.item.teeth), styles.body.weight(.medium))
        case .problem:
            return Blocks.plain(item.item.problem ?? "", styles.body)
        case .solution:
            var lines = [Blocks.plain(item.item.solution ?? item.serviceName, styles.body)]
            if item.item.solution != nil { lines.append(Blocks.plain(item.serviceName, styles.small)) }
            if item.isDeclined { lines.append(context.line(.variantDeclined, styles.small.colored(context.palette.problem))) }
            if let reason = money.extraReason(item) { lines.append(Blocks.plain(reason, styles.small.colored(context.palette.problem))) }
            return .stack(lines, spacing: 1)
        case .code:
            return Blocks.plain(item.code, styles.small)
        case .quantity:
            return Blocks.plain(NumberFormat.integer(item.quantity, context.locale), styles.figure)
        case .price:
            guard context.template.priceMode == .itemised else { return .spacer(0) }
            var lines = [Blocks.plain(context.money(item.amount), styles.figure)]
            if item.quantity > 1 && !item.isDeclined {
                lines.append(Blocks.plain("\(NumberFormat.integer(item.quantity, context.locale)) × \(context.money(item.unitPrice))",
                                          styles.small.aligned(.right).withTabularFigures))
            }
            return .stack(lines + money.split(item, insured: insured), spacing: 1)
        }
    }
}

extension TextStyle {
    /// The same style with tabular figures.
    var withTabularFigures: TextStyle { var style = self; style.tabularFigures = true; return style }
}
