import DentalModel
import Graphics
import Layout
import PlanEngine

/// Who pays what, in the words every money-showing section shares: a line's split between the insurer and
/// the patient, why part of a line is the patient's own expense, and an insured variant's statement — the
/// programme's part, the extras listed apart at the patient's expense, and what the patient pays.
struct MoneyLines {
    let context: BookletContext

    /// Whether any variant the booklet shows is insured (the pages that compare then show both parts).
    var anyInsured: Bool {
        context.input.variants.contains { context.input.quote.variants[$0].insurance != nil }
    }

    /// Under a line's or a visit's amount in an insured variant: what the insurer pays and what the patient
    /// pays, or that the patient pays it all. Nothing without insurance or for a declined item.
    func split(insurer: Money, patient: Money, ownExpense: Bool) -> [Block] {
        let style = context.styles.small.aligned(.right).withTabularFigures
        if ownExpense {
            return [context.line(.variantLineOwnExpense, style.colored(context.palette.problem))]
        }
        return [Blocks.plain(context.plain(.variantLineInsurer, ["amount": context.money(insurer)]), style),
                Blocks.plain(context.plain(.variantLineYou, ["amount": context.money(patient)]), style.colored(context.palette.text))]
    }

    /// The split of one item of an insured variant (empty otherwise).
    func split(_ item: ItemQuote, insured: Bool) -> [Block] {
        guard insured, !item.isDeclined else { return [] }
        return split(insurer: item.insurerShare, patient: item.patientShare, ownExpense: item.ownExpense)
    }

    /// Why part or all of an item of an insured variant is the patient's own expense; nil when none is.
    func extraReason(_ item: ItemQuote) -> String? {
        guard !item.isDeclined, !item.ownExpenseAmount.isZero else { return nil }
        if item.ownExpense { return context.plain(.variantNotCovered) }
        if item.unitsBeyondLimit > 0 { return context.plain(.variantBeyondLimit) }
        return context.plain(.variantAboveTariff)
    }

    /// An insured variant's statement: the total; the programme's part with the insurer's share and the
    /// patient's co-payment; the extras outside the programme, each on its line with its amount; and what
    /// the patient pays, set as the total is. Each amount is `amountWidth` wide.
    func insuredStatement(_ quote: VariantQuote, programme: InsuranceProgramme, amountWidth: Length) -> [Block] {
        let styles = context.styles, type = context.typography
        let name = programme.name(context.locale)
        func amount(_ label: Block, _ money: Money, _ style: TextStyle, indent: Length = 0) -> Block {
            let line = Blocks.amountLine(label, context.money(money), style: style, amountWidth: amountWidth)
            return indent == 0 ? line : .row([RowItem(.fixed(indent), .spacer(0)), RowItem(.fraction(1), line)])
        }
        let step = type.body * 1.5
        var lines: [Block] = [
            amount(context.line(.variantTotal, styles.heading), quote.total, styles.total),
            amount(context.line(.variantProgrammePart, ["insurer": name], styles.strong), quote.programmeAmount, styles.figure),
            amount(context.line(.variantInsurer, ["insurer": name, "percent": programme.coPayment.complement.formatted(context.locale)],
                                styles.body), quote.insurerShare, styles.figure, indent: step),
        ]
        if let coPayment = quote.programmeAmount.subtracting(quote.insurerShare), programme.coPayment.hundredths != 0 {
            lines.append(amount(context.line(.variantCoPayment, ["percent": programme.coPayment.formatted(context.locale)], styles.body),
                                coPayment, styles.figure, indent: step))
        }
        let extras = quote.visits.flatMap(\.items).filter { !$0.ownExpenseAmount.isZero }
        if !extras.isEmpty {
            lines.append(amount(context.line(.variantOwnExpense, ["insurer": name], styles.strong), quote.ownExpenseAmount,
                                styles.figure))
            for item in extras {
                let label = Block.stack([
                    Blocks.plain(context.teeth(item.item.teeth) + " · " + item.serviceName, styles.body),
                    Blocks.plain(extraReason(item) ?? "", styles.small),
                ], spacing: 1)
                lines.append(amount(label, item.ownExpenseAmount, styles.figure, indent: step))
            }
        }
        lines.append(Blocks.rule(context.palette.rule))
        lines.append(amount(context.line(.variantPatientShare, styles.heading), quote.patientShare, styles.total))
        return lines
    }
}
