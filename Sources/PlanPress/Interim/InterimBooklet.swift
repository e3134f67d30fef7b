import DentalModel
import Graphics
import Layout

/// A plain but complete booklet composed straight from the case, used until the booklet engine plugs in:
/// a cover, the imaging, each variant's visits and items in a table that runs across pages, and the
/// notes. Every piece of case text is `.plain`, so it is shown literally.
struct InterimBooklet {
    let dentalCase: DentalCase
    let locale: CaseLocale
    /// The variants to show, with their 1-based numbers in the case.
    let variants: [(number: Int, variant: PlanVariant)]
    let images: CaseImages

    private var labels: InterimLabels { InterimLabels(locale) }

    /// The document, ready for `LayoutEngine`.
    func document() -> Document {
        let template = PageTemplate(size: .a4, margins: Insets(top: mm(16), right: mm(18), bottom: mm(12), left: mm(18)),
                                    footer: PageBand(height: 12, spacing: mm(6)) { [labels, dentalCase] info in
            .row([RowItem(.fraction(1), .paragraph(.plain(dentalCase.clinic.name), style: Styles.footer)),
                  RowItem(.fixed(120), .paragraph(.plain(labels.page(info.number, info.count)),
                                                  style: Styles.footer.aligned(.right)))])
        })
        var sections = [Section(template: template, body: cover(), spacing: 0)]
        if !dentalCase.imaging.xrays.isEmpty || !dentalCase.imaging.photos.isEmpty {
            sections.append(Section(template: template, body: imaging(), spacing: 12))
        }
        sections.append(Section(template: template, body: plan(), spacing: 10))
        if let notes = dentalCase.notes {
            sections.append(Section(template: template, body: [
                .anchor("notes"), .paragraph(.plain(labels.notes), style: Styles.heading),
                .paragraph(.plain(notes), style: Styles.body),
            ], spacing: 10))
        }
        return Document(sections: sections, metadata: metadata(), outline: outline(hasNotes: dentalCase.notes != nil))
    }

    private func metadata() -> PDFMetadata {
        PDFMetadata(title: "\(labels.title) — \(dentalCase.patient.name)", author: dentalCase.clinic.name,
                    subject: variants.map(\.variant.name).joined(separator: "; "),
                    creationDate: "\(dentalCase.date)T00:00:00Z")
    }

    private func outline(hasNotes: Bool) -> [OutlineEntry] {
        var entries = [OutlineEntry(title: labels.title, anchor: "cover")]
        if !dentalCase.imaging.xrays.isEmpty || !dentalCase.imaging.photos.isEmpty {
            entries.append(OutlineEntry(title: labels.imaging, anchor: "imaging"))
        }
        entries.append(OutlineEntry(title: labels.plan, anchor: "plan", children: variants.map { number, variant in
            OutlineEntry(title: "\(labels.variant) \(number). \(variant.name)", anchor: "variant-\(number)")
        }))
        if hasNotes { entries.append(OutlineEntry(title: labels.notes, anchor: "notes")) }
        return entries
    }

    // MARK: Cover

    private func cover() -> [Block] {
        let clinic = dentalCase.clinic
        var masthead: [RowItem] = []
        if let logo = clinic.logo.flatMap({ images[$0] }) {
            masthead.append(RowItem(.fixed(150), .image(logo, sizing: .height(44), fit: .contain)))
        }
        masthead.append(RowItem(.fraction(1), .stack([
            .paragraph(.plain(clinic.name), style: Styles.strong.aligned(.right)),
            .paragraph(.plain(clinic.address), style: Styles.small.aligned(.right)),
            .paragraph(.plain(clinic.phone), style: Styles.small.aligned(.right)),
        ], spacing: 2)))
        let patient = dentalCase.patient
        let facts: [(String, String)] = [
            (labels.birthDate, patient.birthDate.formatted(locale)), (labels.card, patient.id),
            (labels.planDate, dentalCase.date.formatted(locale)), (labels.validUntil, dentalCase.validUntil.formatted(locale)),
        ]
        var blocks: [Block] = [
            .row(masthead, spacing: 12, alignment: .center),
            .spacer(mm(28)),
            .anchor("cover"),
            .paragraph(.plain(labels.title.uppercased()), style: Styles.eyebrow),
            .spacer(4),
            .paragraph(.plain(patient.name), style: Styles.title),
            .spacer(14),
            .table(Table(columns: [TableColumn(.fixed(170)), TableColumn(.fraction(1))], body: facts.map { label, value in
                TableRow([TableCell(.paragraph(.plain(label), style: Styles.small)),
                          TableCell(.paragraph(.plain(value), style: Styles.body))])
            }, style: TableStyle(cellPadding: Insets(horizontal: 0, vertical: 4), rowRule: Stroke(color: Styles.rule, width: 0.5)))),
        ]
        if let hero = dentalCase.imaging.photos.first(where: { $0.view == .smile }).flatMap({ images[$0.file] }) {
            blocks += [.spacer(mm(10)), .image(hero, sizing: .aspectRatio(16 / 9), fit: .cover)]
        }
        blocks += [.spacer(mm(8)), .stack(variants.map { number, variant in
            .row([RowItem(.fixed(22), .paragraph(.plain("\(number)"), style: Styles.accentNumber)),
                  RowItem(.fraction(1), .stack([.paragraph(.plain(variant.name), style: Styles.strong),
                                                .paragraph(.plain(variant.goal), style: Styles.small)], spacing: 1))])
        }, spacing: 8)]
        return blocks
    }

    // MARK: Imaging

    private func imaging() -> [Block] {
        var blocks: [Block] = [.anchor("imaging"), .paragraph(.plain(labels.imaging), style: Styles.heading)]
        for xray in dentalCase.imaging.xrays {
            guard let image = images[xray.file] else { continue }
            blocks.append(.image(image, sizing: .aspectRatio(2), fit: .contain,
                                 caption: .paragraph(.plain(xray.caption), style: Styles.caption)))
        }
        let photos: [Block] = dentalCase.imaging.photos.compactMap { photo in
            images[photo.file].map { image in
                .image(image, sizing: .aspectRatio(3 / 2), fit: .cover,
                       caption: .paragraph(.plain(photo.caption), style: Styles.caption))
            }
        }
        if !photos.isEmpty { blocks.append(.grid(photos, columns: 3, columnSpacing: 8, rowSpacing: 10)) }
        return blocks
    }

    // MARK: Plan

    private func plan() -> [Block] {
        var blocks: [Block] = [.anchor("plan")]
        for (index, entry) in variants.enumerated() {
            if index > 0 { blocks.append(.pageBreak) }
            blocks += variantBlocks(number: entry.number, variant: entry.variant)
        }
        return blocks
    }

    private func variantBlocks(number: Int, variant: PlanVariant) -> [Block] {
        var blocks: [Block] = [
            .anchor("variant-\(number)"),
            .keepWithNext(.paragraph(.plain("\(labels.variant) \(number)".uppercased()), style: Styles.eyebrow)),
            .keepWithNext(.paragraph(.plain(variant.name), style: Styles.heading)),
            .paragraph(.plain(variant.goal), style: Styles.body),
        ]
        if let warranty = variant.warranty { blocks.append(.paragraph(.plain(warranty), style: Styles.small)) }
        blocks.append(.table(itemTable(variant)))
        return blocks
    }

    private func itemTable(_ variant: PlanVariant) -> Table {
        let header = TableRow([labels.teeth, labels.problem, labels.solution, labels.code].map {
            TableCell(.paragraph(.plain($0.uppercased()), style: Styles.columnHead))
        })
        var body: [TableRow] = []
        for (index, visit) in variant.visits.enumerated() {
            let people = visit.specialists.map { [$0.role, $0.name].compactMap { $0 }.joined(separator: " ") }
            let line = "\(index + 1). \(visit.title)  ·  \(people.joined(separator: ", "))  ·  \(visit.durationMinutes) \(labels.minutes)"
            body.append(TableRow([TableCell(.paragraph(.plain(line), style: Styles.strong), span: 4)],
                                 background: Styles.tint))
            for item in visit.items {
                var solution: [Block] = [.paragraph(.plain(item.solution ?? ""), style: Styles.body)]
                if let reason = item.declinedJustification {
                    solution.append(.paragraph(.plain("\(labels.declined): \(reason)"), style: Styles.warning))
                }
                body.append(TableRow([
                    TableCell(.paragraph(.plain(item.teeth.label), style: Styles.body)),
                    TableCell(.paragraph(.plain(item.problem ?? ""), style: Styles.body)),
                    TableCell(.stack(solution, spacing: 2)),
                    TableCell(.paragraph(.plain(item.code), style: Styles.code)),
                ]))
            }
        }
        return Table(columns: [TableColumn(.fixed(58)), TableColumn(.fraction(1)), TableColumn(.fraction(1.3)),
                               TableColumn(.fixed(40), alignment: .right)],
                     header: [header], body: body,
                     style: TableStyle(cellPadding: Insets(horizontal: 5, vertical: 4),
                                       headerRule: Stroke(color: Styles.ink, width: 0.8),
                                       rowRule: Stroke(color: Styles.rule, width: 0.5)))
    }
}

/// The interim booklet's type and colours: two families, a few sizes, one accent.
private enum Styles {
    static let ink = Color(hex: "#1C2430") ?? .black
    static let muted = Color(hex: "#667085") ?? .black
    static let accent = Color(hex: "#0E6F67") ?? .black
    static let rule = Color(hex: "#D5DAE0") ?? .black
    static let tint = Color(hex: "#EEF4F3") ?? .white
    static let alert = Color(hex: "#B42318") ?? .black

    static let title = TextStyle(family: "Noto Serif", size: 30, weight: .bold, color: ink, lineHeight: 1.15)
    static let heading = TextStyle(family: "Noto Serif", size: 19, weight: .bold, color: ink, lineHeight: 1.2)
    static let eyebrow = TextStyle(size: 8.5, weight: .semibold, color: accent, letterSpacing: 1.2)
    static let accentNumber = TextStyle(family: "Noto Serif", size: 16, weight: .bold, color: accent, lineHeight: 1)
    static let body = TextStyle(size: 9.5, color: ink, lineHeight: 1.3)
    static let strong = TextStyle(size: 9.5, weight: .semibold, color: ink, lineHeight: 1.3)
    static let small = TextStyle(size: 8.5, color: muted, lineHeight: 1.3)
    static let caption = TextStyle(size: 8, color: muted, lineHeight: 1.25)
    static let columnHead = TextStyle(size: 7.5, weight: .semibold, color: muted, letterSpacing: 0.6)
    static let code = TextStyle(size: 8.5, weight: .medium, color: muted, tabularFigures: true)
    static let warning = TextStyle(size: 8.5, italic: true, color: alert, lineHeight: 1.3)
    static let footer = TextStyle(size: 7.5, color: muted)
}

extension TextStyle {
    /// The same style with another alignment.
    fileprivate func aligned(_ alignment: TextAlignment) -> TextStyle {
        var style = self
        style.alignment = alignment
        return style
    }
}
