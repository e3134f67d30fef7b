import DentalModel
import Graphics
import Layout
import PlanEngine

/// The variants side by side — total (with insurance: cost, the insurer's part and what the patient pays), visits, chair time, calendar time, specialists, warranty — each
/// column headed in its variant's colour. Only composed when two or more variants are shown. On a
/// summary screen the specialists and the introduction are left out, so the table holds one screen.
struct ComparisonSection {
    let context: BookletContext

    func blocks() -> [Block] {
        let styles = context.styles, type = context.typography
        let shown = context.input.variants
        let summary = context.template.layout == .summary
        let header = TableRow([TableCell(.spacer(0))] + shown.map { index in
            TableCell(.stack([
                Blocks.bar(context.accent(index), length: mm(10), height: 2.5),
                context.line(.variantKicker, ["number": String(index + 1)], styles.kicker.colored(context.accent(index))),
                Blocks.plain(context.dentalCase.variants[index].name, styles.strong, maxLines: summary ? 2 : nil),
            ], spacing: type.lines(0.5)))
        })
        let quotes = context.input.quote.variants
        // With insurance in any variant, the cost, the insurer's part and — set as the total — what the patient pays.
        // A summary screen has room for one money row: what the patient pays, the cost and the insurer's part under it.
        let money: [(StringKey, (Int) -> Block)] = !MoneyLines(context: context).anyInsured ? [
            (.comparisonTotal, { Blocks.plain(context.money(quotes[$0].total), styles.total.aligned(.left)) }),
        ] : summary ? [
            (.variantPatientShare, { index in .stack([
                Blocks.plain(context.money(quotes[index].patientShare), styles.total.aligned(.left)),
                quotes[index].insurance.map { programme in
                    context.line(.variantInsuredCost, ["total": context.money(quotes[index].total),
                                                      "insurer": programme.name(context.locale),
                                                      "insurerShare": context.money(quotes[index].insurerShare)], styles.small)
                } ?? .spacer(0),
            ], spacing: 1) }),
        ] : [
            (.comparisonTotal, { Blocks.plain(context.money(quotes[$0].total), styles.body) }),
            (.variantInsurerPays, { insurer($0) }),
            (.variantPatientShare, { Blocks.plain(context.money(quotes[$0].patientShare), styles.total.aligned(.left)) }),
        ]
        var rows: [(StringKey, (Int) -> Block)] = money + [
            (.comparisonVisits, { context.line(.comparisonVisitCount, count: context.dentalCase.variants[$0].visits.count, styles.body) }),
            (.comparisonChairTime, { Blocks.plain(context.duration(context.input.quote.variants[$0].durationMinutes), styles.body) }),
            (.comparisonCalendar, { Blocks.plain(context.calendar(days: context.input.quote.variants[$0].intervalDays), styles.body) }),
            (.comparisonSpecialists, { Blocks.plain(specialists($0), styles.body) }),
            (.comparisonWarranty, { Blocks.plain(context.dentalCase.variants[$0].warranty ?? "—", styles.body,
                                                 maxLines: summary ? 3 : nil) }),
        ]
        if summary { rows.removeAll { $0.0 == .comparisonSpecialists } }
        let body = rows.map { key, value in
            TableRow([TableCell(context.line(key, styles.kicker))] + shown.map { TableCell(value($0)) })
        }
        let table = Table(columns: [TableColumn(.fixed(type.small * 13))] + shown.map { _ in TableColumn(.fraction(1)) },
                          header: [header], body: body,
                          style: TableStyle(cellPadding: Insets(horizontal: 6, vertical: type.lines(summary ? 0.4 : 0.75)),
                                            headerRule: Stroke(color: context.palette.text, width: 0.8),
                                            rowRule: Stroke(color: context.palette.rule, width: 0.5)))
        // A few rows read across: never split over two pages when they fit one.
        return [
            .anchor("comparison"),
            .keepTogether([context.title(.comparisonTitle, intro: summary ? nil : context.line(.comparisonIntro, styles.body)),
                           .table(table)]),
        ]
    }

    /// What the insurer pays for variant `index`, under its programme's name; a dash without insurance.
    private func insurer(_ index: Int) -> Block {
        let styles = context.styles, quote = context.input.quote.variants[index]
        guard let programme = quote.insurance else { return Blocks.plain("—", styles.body) }
        return .stack([Blocks.plain(context.money(quote.insurerShare), styles.body),
                       Blocks.plain(programme.name(context.locale), styles.small)], spacing: 1)
    }

    /// The people of a variant, each once, in order of appearance, by their roles: one person under two
    /// roles is one entry ("хирург / хирург-имплантолог").
    private func specialists(_ index: Int) -> String {
        var people: [(person: String, roles: [String])] = []
        for specialist in context.dentalCase.variants[index].visits.flatMap(\.specialists) {
            if let at = people.firstIndex(where: { $0.person == specialist.person }) {
                if !people[at].roles.contains(specialist.role) { people[at].roles.append(specialist.role) }
            } else {
                people.append((specialist.person, [specialist.role]))
            }
        }
        return people.map { $0.roles.joined(separator: " / ") }.joined(separator: ", ")
    }
}
