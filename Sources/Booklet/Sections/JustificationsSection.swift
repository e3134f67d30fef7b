import DentalModel
import Graphics
import Layout
import PlanEngine

/// Everything that differs from the standard plan, with its written reason: items the patient declined
/// and prices the clinic changed. Composed only when there is something to say.
struct JustificationsSection {
    let context: BookletContext

    /// Whether any shown variant has a declined item or a price override.
    var isEmpty: Bool { declined.isEmpty && overrides.isEmpty }

    private var items: [(variant: Int, item: ItemQuote)] {
        context.input.variants.flatMap { index in
            context.input.quote.variants[index].visits.flatMap(\.items).map { (index, $0) }
        }
    }
    private var declined: [(variant: Int, item: ItemQuote)] { items.filter { $0.item.isDeclined } }
    private var overrides: [(variant: Int, item: ItemQuote)] { items.filter { $0.item.item.priceOverride != nil } }

    func blocks() -> [Block] {
        let styles = context.styles, type = context.typography
        var blocks: [Block] = [
            .anchor("justifications"),
            context.title(.justificationsTitle, intro: context.line(.justificationsIntro, styles.body)),
        ]
        if !declined.isEmpty {
            blocks.append(context.heading(.justificationsDeclined))
            for (variant, item) in declined {
                blocks.append(entry(variant: variant, item: item,
                                    detail: Blocks.plain(item.item.declinedJustification ?? "", styles.body)))
            }
        }
        if !overrides.isEmpty {
            blocks.append(.spacer(type.lines(1)))
            blocks.append(context.heading(.justificationsOverrides))
            for (variant, item) in overrides {
                // A price above the list price is said to be so, never worded as a saving.
                let above = item.unitPrice.minorUnits > item.listUnitPrice.minorUnits
                let prices = context.line(above ? .justificationsAbovePrice : .justificationsListPrice,
                                          ["price": context.money(item.listUnitPrice),
                                           "override": context.money(item.unitPrice)], styles.small)
                blocks.append(entry(variant: variant, item: item, detail: .stack([
                    Blocks.plain(item.item.priceOverride?.reason ?? "", styles.body), prices,
                ], spacing: 2)))
            }
        }
        return blocks
    }

    private func entry(variant: Int, item: ItemQuote, detail: Block) -> Block {
        let styles = context.styles
        return .keepTogether([
            Blocks.rule(context.palette.rule),
            .row([
                RowItem(.fixed(context.typography.body * 7), .stack([
                    context.line(.variantKicker, ["number": String(variant + 1)], styles.kicker.colored(context.accent(variant))),
                    Blocks.plain(context.teeth(item.item.teeth), styles.strong),
                ], spacing: 1)),
                RowItem(.fraction(1), .stack([Blocks.plain(item.serviceName, styles.strong), detail], spacing: 2)),
            ], spacing: context.typography.lines(1)),
        ], spacing: context.typography.lines(0.75))
    }
}
