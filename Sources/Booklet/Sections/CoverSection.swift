import DentalModel
import Graphics
import Layout
import PlanEngine

/// The cover: the clinic's mark, the picture, whose plan this is, its date and how long its prices hold,
/// and the options it offers, each in its own colour. In a continuous template it is a compact header.
struct CoverSection {
    let context: BookletContext

    func blocks() -> [Block] {
        let styles = context.styles, type = context.typography
        let dentalCase = context.dentalCase
        var blocks: [Block] = [.anchor("cover")]
        if let logo = logo() { blocks.append(logo) }
        if context.template.newPagePerSection, let url = context.template.coverImage, let image = context.input.images[url] {
            blocks.append(.spacer(type.lines(2)))
            blocks.append(.image(image, sizing: .aspectRatio(2.4), fit: .cover))
        }
        blocks.append(.spacer(type.lines(context.template.newPagePerSection ? 5 : 2)))
        blocks.append(.tagged(.heading(level: 1), context.line(.coverKicker, styles.kicker.colored(context.palette.accent))))
        blocks.append(.spacer(type.lines(1)))
        blocks.append(Blocks.plain(dentalCase.patient.name, styles.display.colored(context.palette.text)))
        blocks.append(.spacer(type.lines(2)))
        blocks.append(Blocks.rule(context.palette.rule))
        blocks.append(.spacer(type.lines(2)))
        blocks.append(.row([
            RowItem(.fraction(1), Blocks.labelled(context.plain(.coverPlanDate), Blocks.plain(dentalCase.date.formatted(context.locale), styles.body), styles: styles)),
            RowItem(.fraction(1), Blocks.labelled(context.plain(.coverValidUntil), Blocks.plain(dentalCase.validUntil.formatted(context.locale), styles.body), styles: styles)),
            RowItem(.fraction(1), Blocks.labelled(context.plain(.coverPatientId), Blocks.plain(dentalCase.patient.id, styles.body), styles: styles)),
        ], spacing: type.lines(2)))
        blocks.append(.spacer(type.lines(3)))
        if context.template.newPagePerSection {
            blocks.append(.row([RowItem(.fraction(1.5), options()), RowItem(.fraction(1), clinic())], spacing: type.lines(3)))
        } else {
            blocks.append(options())
        }
        return blocks
    }

    /// The clinic's logo at the top left, as tall as three baseline units.
    private func logo() -> Block? {
        guard context.template.showsLogo, let file = context.dentalCase.clinic.logo,
              let image = context.input.images[file.url] else { return nil }
        let height = context.typography.lines(3.5)
        let width = height * image.uprightSize.width / max(image.uprightSize.height, 1)
        return .row([RowItem(.fixed(width), .image(image, sizing: .height(height))), RowItem(.fraction(1), .spacer(0))])
    }

    /// "Three options to choose from" and each option's name beside its colour.
    private func options() -> Block {
        let styles = context.styles
        var rows: [Block] = [context.line(.coverOptions, count: context.input.variants.count, styles.body)]
        for index in context.input.variants {
            let variant = context.dentalCase.variants[index]
            let swatch = Blocks.swatch(context.accent(index), size: context.typography.body * 0.8)
            rows.append(.row([
                RowItem(.fixed(context.typography.body * 1.6), .stack([.spacer(context.typography.body * 0.35), swatch])),
                RowItem(.fraction(1), .stack([
                    context.line(.variantKicker, ["number": String(index + 1)], styles.kicker.colored(context.accent(index))),
                    Blocks.plain(variant.name, styles.strong),
                ], spacing: 1)),
            ]))
        }
        return .stack(rows, spacing: context.typography.lines(1.5))
    }

    private func clinic() -> Block {
        let clinic = context.dentalCase.clinic, styles = context.styles
        return .stack([
            Blocks.plain(clinic.name, styles.strong),
            Blocks.plain(clinic.address, styles.small),
            Blocks.plain(clinic.phone, styles.small),
        ], spacing: 3)
    }
}
