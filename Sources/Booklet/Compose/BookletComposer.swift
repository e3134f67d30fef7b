import DentalModel
import Graphics
import Layout
import PlanEngine

/// Composes the treatment-plan booklet: the template's sections in the template's order, on its pages,
/// in its colours and words, as a `Document` for `LayoutEngine`.
///
/// A one-variant booklet has no comparison; an appendix with nothing to justify is left out. With
/// `flow: pages` every section and every variant starts a page; with `flow: continuous` they follow on.
public struct BookletComposer {
    private let context: BookletContext

    /// A composer for `input`, measuring with `layout` (one per thread, and the one that lays the booklet
    /// out: the charts it draws while measuring are kept for the layout).
    public init(input: BookletInput, layout: LayoutEngine) {
        context = BookletContext(input: input, layout: layout)
    }

    /// The booklet, ready for layout. `deadline` is checked between sections (and between variants), so a
    /// composition past it stops within one section's work with `GraphicsError.deadlinePassed`.
    public func document(deadline: Deadline = .never) throws(GraphicsError) -> Document {
        var parts: [(blocks: [Block], outline: OutlineEntry, isCover: Bool)] = []
        let strings = context.strings, summary = context.template.layout == .summary
        if let findings = context.input.draftFindings {
            parts.append((DraftSection(context: context, findings: findings).blocks(),
                          OutlineEntry(title: strings.plain(.draftTitle), anchor: "draft"), false))
        }
        for section in context.template.sections {
            try deadline.check()
            switch section {
            case .cover:
                parts.append((CoverSection(context: context).blocks(),
                              OutlineEntry(title: strings.plain(.coverKicker), anchor: "cover"), true))
            case .currentState:
                let blocks = summary ? CurrentStateSummarySection(context: context).blocks()
                                     : CurrentStateSection(context: context).blocks()
                parts.append((blocks,
                              OutlineEntry(title: strings.plain(.currentTitle), anchor: "current-state"), false))
            case .variants:
                let variants = context.input.variants
                // Each variant's opening, measured once; one scale for every variant's charts: the largest
                // every variant's page allows.
                let openings = summary ? [] : variants.map { VariantSection(context: context, index: $0).opening() }
                let chartWidth = openings.map(\.chartPlan.chartWidth).min() ?? 0
                for (position, index) in variants.enumerated() {
                    try deadline.check()
                    let title = strings.plain(.variantKicker, ["number": String(index + 1)]) + ". "
                        + context.dentalCase.variants[index].name
                    let blocks = summary ? VariantSummarySection(context: context, index: index).blocks()
                        : VariantSection(context: context, index: index).blocks(openings[position], chartWidth: chartWidth)
                    parts.append((blocks, OutlineEntry(title: title, anchor: context.anchor(variant: index)), false))
                }
            case .comparison where context.input.variants.count > 1:
                parts.append((ComparisonSection(context: context).blocks(),
                              OutlineEntry(title: strings.plain(.comparisonTitle), anchor: "comparison"), false))
            case .comparison:
                continue
            case .timeline:
                parts.append((TimelineSection(context: context).blocks(),
                              OutlineEntry(title: strings.plain(.timelineTitle), anchor: "timeline"), false))
            case .justifications:
                let appendix = JustificationsSection(context: context)
                if appendix.isEmpty { continue }
                parts.append((appendix.blocks(),
                              OutlineEntry(title: strings.plain(.justificationsTitle), anchor: "justifications"), false))
            case .acceptance:
                parts.append((AcceptanceSection(context: context).blocks(),
                              OutlineEntry(title: strings.plain(.acceptanceTitle), anchor: "acceptance"), false))
            }
        }
        let sections: [Section]
        if context.template.newPagePerSection {
            sections = parts.map { Section(template: pageTemplate(footer: !$0.isCover), body: $0.blocks, spacing: 0) }
        } else {
            let gap = Block.spacer(context.typography.lines(4))
            let body = parts.enumerated().flatMap { offset, part in offset == 0 ? part.blocks : [gap] + part.blocks }
            sections = [Section(template: pageTemplate(footer: true), body: body, spacing: 0)]
        }
        return Document(sections: sections, metadata: metadata(), outline: parts.map(\.outline))
    }

    /// The trimmed page with the template's margins and a footer: clinic and patient, page x of y.
    private func pageTemplate(footer: Bool) -> PageTemplate {
        let page = context.template.page
        let margins = page.margins
        guard footer else { return PageTemplate(size: page.size, margins: margins) }
        let band = PageBand(height: context.footerHeight, spacing: context.typography.lines(2)) { info in
            context.footer(page: info.number, of: info.count)
        }
        return PageTemplate(size: page.size, margins: margins, footer: band)
    }

    /// Title, author, subject and language; the creation date is the plan's date so the same input gives the same bytes.
    private func metadata() -> PDFMetadata {
        let dentalCase = context.dentalCase
        return PDFMetadata(title: context.strings.plain(.documentTitle, ["patient": dentalCase.patient.name]),
                           author: dentalCase.clinic.name,
                           subject: context.input.variants.map { dentalCase.variants[$0].name }.joined(separator: "; "),
                           keywords: context.input.fingerprint,
                           creator: "PlanPress",
                           creationDate: "\(dentalCase.date)T00:00:00Z", language: context.locale.rawValue)
    }
}
