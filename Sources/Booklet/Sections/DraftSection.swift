import DentalModel
import Graphics
import Layout
import PlanEngine

/// The first page of a draft: why this copy is not for the patient, and the protocol's findings, errors
/// first, each with its variant, as `planpress validate` words them.
struct DraftSection {
    let context: BookletContext
    let findings: [ProtocolFinding]

    func blocks() -> [Block] {
        let styles = context.styles
        let errors = findings.filter { $0.severity == .error }
        let others = findings.filter { $0.severity != .error }
        var blocks: [Block] = [
            .anchor("draft"),
            context.title(.draftTitle, intro: context.line(errors.isEmpty ? .draftNone : .draftIntro,
                                                           styles.body.weight(.semibold).colored(context.palette.problem))),
        ]
        for (key, group) in [(StringKey.draftErrors, errors), (.draftWarnings, others)] where !group.isEmpty {
            blocks.append(.spacer(context.typography.lines(1)))
            blocks.append(context.heading(key))
            blocks += group.map(entry)
        }
        return blocks
    }

    private func entry(_ finding: ProtocolFinding) -> Block {
        let styles = context.styles, variant = finding.variant
        return .keepTogether([
            Blocks.rule(context.palette.rule),
            .row([
                RowItem(.fixed(context.typography.body * 7), .stack([
                    context.line(.variantKicker, ["number": String(variant + 1)], styles.kicker.colored(context.accent(variant))),
                    Blocks.plain(finding.ruleID, styles.small),
                ], spacing: 1)),
                RowItem(.fraction(1), Blocks.plain(finding.message, styles.body)),
            ], spacing: context.typography.lines(1)),
        ], spacing: context.typography.lines(0.75))
    }
}
