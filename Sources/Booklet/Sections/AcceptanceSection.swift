import DentalModel
import Graphics
import Layout
import PlanEngine

/// The patient's decision: a box to tick per option with what the patient pays for it (with insurance, the
/// cost and the insurer's part beside it), signature lines for the patient and
/// the doctor with the date, and the fingerprint that ties this paper to the exact data it came from.
struct AcceptanceSection {
    let context: BookletContext

    func blocks() -> [Block] {
        let styles = context.styles, type = context.typography
        var blocks: [Block] = [
            context.title(.acceptanceTitle, intro: context.line(.acceptanceIntro, styles.body)),
            .spacer(type.lines(1)),
        ]
        let insured = MoneyLines(context: context).anyInsured
        for index in context.input.variants {
            let name = context.dentalCase.variants[index].name, quote = context.input.quote.variants[index]
            var option = [context.line(.acceptanceOption, ["number": String(index + 1), "name": name], styles.strong)]
            if let programme = quote.insurance {
                option.append(context.line(.variantInsuredCost, [
                    "total": context.money(quote.total), "insurer": programme.name(context.locale),
                    "insurerShare": context.money(quote.insurerShare)], styles.small))
            }
            // What the patient pays: with insurance anywhere in the booklet, labelled so.
            let amount = Blocks.plain(context.money(quote.patientShare), styles.figure.weight(.semibold))
            blocks.append(.row([
                RowItem(.fixed(type.lines(2)), Blocks.checkbox(context.accent(index), size: type.body * 1.4)),
                RowItem(.fraction(1), .stack(option, spacing: 2)),
                RowItem(.fixed(context.amountWidth * 1.3),
                        insured ? .stack([amount, context.line(.variantPatientShare, styles.small.aligned(.right))], spacing: 1)
                                : amount),
            ], spacing: type.lines(1)))
            blocks.append(.spacer(type.lines(0.5)))
        }
        blocks.append(.spacer(type.lines(3)))
        blocks.append(signature(.acceptancePatient, name: context.dentalCase.patient.name))
        blocks.append(.spacer(type.lines(3)))
        blocks.append(signature(.acceptanceDoctor, name: nil))
        blocks.append(.spacer(type.lines(5)))
        // The decision is one page: title, options, signatures and fingerprint never part.
        return [.anchor("acceptance"), .keepTogether(blocks + [
            Blocks.rule(context.palette.rule),
            .row([
                RowItem(.fraction(1), .stack([context.line(.acceptanceFingerprint, styles.kicker),
                                              context.line(.acceptanceFingerprintNote, styles.small)], spacing: 2)),
                RowItem(.fixed(mm(48)), Blocks.plain(context.input.fingerprint,
                                                     styles.body.weight(.semibold).withTabularFigures.aligned(.right))),
            ], spacing: type.lines(2)),
        ])]
    }

    /// `Patient ______ Signature ______ Date ______`, labels under the lines.
    private func signature(_ role: StringKey, name: String?) -> Block {
        let styles = context.styles, type = context.typography
        func field(_ label: Block) -> Block {
            .stack([.spacer(type.lines(3)), Blocks.rule(context.palette.text, width: 0.6), label], spacing: 3)
        }
        let who = Block.stack([context.line(role, styles.kicker)] + (name.map { [Blocks.plain($0, styles.small)] } ?? []),
                              spacing: 1)
        return .row([
            RowItem(.fraction(2), field(who)),
            RowItem(.fraction(2), field(context.line(.acceptanceSignature, styles.kicker))),
            RowItem(.fraction(1.2), field(context.line(.acceptanceDate, styles.kicker))),
        ], spacing: type.lines(2))
    }
}
