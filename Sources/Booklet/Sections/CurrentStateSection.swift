import Foundation
import DentalModel
import Graphics
import Layout

/// What we found: the panoramic X-ray large enough to see and every other X-ray (a CBCT, a periapical)
/// beside each other under it, the photographs in protocol order with their captions, the chart of the
/// teeth today with its legend, the findings in plain words, and the doctor's notes verbatim.
struct CurrentStateSection {
    let context: BookletContext

    func blocks() -> [Block] {
        let styles = context.styles, type = context.typography
        var blocks: [Block] = [
            .anchor("current-state"),
            context.title(.currentTitle, intro: context.line(.currentIntro, ["date": context.examinationDate], styles.body)),
        ]
        let xrays = context.shownXrays
        if let (xray, image) = xrays.first {
            blocks.append(context.heading(.currentXray))
            // Large enough to see: half a landscape screen, two fifths of a portrait page (photos follow), a
            // quarter when sections follow on, so the X-ray can share the cover's page.
            let share = context.template.page.size.width > context.template.page.size.height ? 0.5
                : context.template.newPagePerSection ? 0.4 : 0.25
            blocks.append(.image(image, sizing: context.sizing(image, maxHeight: context.bodyHeight * share), caption: Blocks.plain(xray.caption, styles.small),
                                 captionSpacing: type.lines(0.5)))
        }
        if xrays.count > 1 {
            // The other X-rays, three across at their own proportions.
            blocks.append(.spacer(type.lines(1)))
            blocks.append(.grid(xrays.dropFirst().map { xray, image in
                .image(image, sizing: .aspectRatio(image.uprightSize.width / max(image.uprightSize.height, 1)), fit: .contain,
                       caption: Blocks.plain(xray.caption, styles.small, maxLines: 2), captionSpacing: type.lines(0.5))
            }, columns: 3, columnSpacing: type.lines(1), rowSpacing: type.lines(1.5)))
        }
        let photos = context.shownPhotos
        if !photos.isEmpty {
            if blocks.count > 2 { blocks.append(.spacer(type.lines(1))) }
            blocks.append(context.heading(.currentPhotos))
            // Four across: the seven protocol views take two rows and sit on the X-ray's page.
            blocks.append(.grid(photos.map { photo($0.record, $0.image) }, columns: 4, columnSpacing: type.lines(1),
                                rowSpacing: type.lines(1.5)))
        }
        if context.template.newPagePerSection { blocks.append(.pageBreak) } else { blocks.append(.spacer(type.lines(1))) }
        blocks.append(context.heading(.currentChart))
        let chart = context.odontogram(context.dentalCase.formula)
        blocks.append(context.chart(chart, maxWidth: context.width(of: chart, maxHeight: context.bodyHeight * 0.6)))
        blocks.append(context.legend([chart]))
        blocks.append(.spacer(type.lines(1)))
        let sentences = FindingsSummary(context: context).sentences()
        let summary = sentences.isEmpty ? context.line(.currentHealthy, styles.body)
                                        : .tagged(.list, .stack(sentences.map(bullet), spacing: type.lines(0.5)))
        blocks.append(.keepTogether([context.heading(.currentSummary), summary], spacing: type.lines(0.5)))
        if let notes = notes() {
            blocks += [.spacer(type.lines(1)), .keepTogether([context.heading(.currentNotes), notes], spacing: type.lines(0.5))]
        }
        return blocks
    }

    /// The case's notes and every tooth's notes (and its findings' notes), verbatim, as the case writes
    /// them; nil when it has none.
    private func notes() -> Block? {
        let styles = context.styles, formula = context.dentalCase.formula
        var lines: [Block] = []
        for record in formula.allRecords {
            let texts = [record.notes].compactMap { $0 } + record.findings.compactMap(\.note)
            for text in texts where !text.isBlank {
                lines.append(Blocks.plain(context.dentalCase.notation.format(record.tooth) + ": " + text, styles.body))
            }
        }
        if let notes = context.dentalCase.notes, !notes.isBlank {
            lines.append(Blocks.plain(notes.trimmingCharacters(in: .newlines), styles.body))
        }
        return lines.isEmpty ? nil : .stack(lines, spacing: context.typography.lines(0.5))
    }

    private func photo(_ photo: Photo, _ image: Image) -> Block {
        .image(image, sizing: .aspectRatio(4.0 / 3.0), fit: .cover,
               caption: Blocks.plain(photo.caption, context.styles.small, maxLines: 2),
               captionSpacing: context.typography.lines(0.5))
    }

    private func bullet(_ markup: String) -> Block {
        let type = context.typography
        return .tagged(.listItem, .row([
            RowItem(.fixed(type.body * 1.2), .tagged(.listLabel, Blocks.plain("•", context.styles.body.colored(context.palette.problem)))),
            RowItem(.fraction(1), .tagged(.listBody, Blocks.markup(markup, context.styles.body))),
        ]))
    }
}
