import DentalModel
import Graphics
import Layout
import PlanEngine

/// The patient's decision: a box to tick per option with its total, signature lines for the patient and
/// the doctor with the date, and the fingerprint that ties this paper to the exact data it came from.
struct AcceptanceSection {
    let context: BookletContext

    func blocks() -> [Block] {
        let styles = context.styles, type = context.typography
        var blocks: [Block] = [
            context.title(.acceptanceTitle, intro: context.line(.acceptanceIntro, styles.body)),
            .spacer(type.lines(1)),
        ]
        for index in context.input.variants {
            let name = context.dentalCase.variants[index].name
            blocks.append(.row([
                RowItem(.fixed(type.lines(2)), Blocks.checkbox(context.accent(index), size: type.body * 1.4)),
                RowItem(.fraction(1), context.line(.acceptanceOption, ["number": String(index + 1), "name": name], styles.strong)),
                RowItem(.fixed(context.amountWidth * 1.3), Blocks.plain(context.money(context.input.quote.variants[index].total),
                                                                       styles.figure.weight(.semibold))),
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
