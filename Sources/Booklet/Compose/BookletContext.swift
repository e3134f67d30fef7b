import DentalModel
import Graphics
import Layout
import Odontogram

/// What every section shares while a booklet is composed: the input, the styles, the wording and the
/// formatting of money, durations, intervals and teeth in the booklet's language.
struct BookletContext {
    let input: BookletInput
    let styles: BookletStyles
    let strings: StringTable
    /// Measures text and draws charts; one per thread.
    let text: TextEngine
    /// Measures blocks, for a page that shares its height out (a chart as large as the rest leaves).
    private let measurer: LayoutEngine
    /// What sections ask for more than once, computed the first time (shared by every copy of the context).
    let kept = ComposedValues()

    init(input: BookletInput, layout: LayoutEngine) {
        self.input = input
        self.styles = BookletStyles(template: input.template, language: input.locale.rawValue)
        self.strings = input.template.strings(for: input.locale)
        self.text = layout.textEngine
        self.measurer = layout
    }

    var template: Template { input.template }
    var palette: Palette { input.template.palette }
    var typography: Typography { input.template.typography }
    var dentalCase: DentalCase { input.dentalCase }
    var locale: CaseLocale { input.locale }

    /// A template line as a paragraph of markup in `style`.
    func line(_ key: StringKey, _ values: [String: String], count: Int? = nil, _ style: TextStyle) -> Block {
        Blocks.markup(strings.markup(key, values, count: count), style)
    }

    /// A template line without placeholders (or only `{count}`) as a paragraph of markup in `style`.
    func line(_ key: StringKey, count: Int? = nil, _ style: TextStyle) -> Block {
        line(key, [:], count: count, style)
    }

    /// A template line as plain text (for table cells built from several values and for bookmarks).
    func plain(_ key: StringKey, _ values: [String: String] = [:], count: Int? = nil) -> String {
        strings.plain(key, values, count: count)
    }

    /// `12 500 ₽`, `€1,250.00` as the booklet's locale writes money.
    func money(_ amount: Money) -> String { amount.formatted(locale) }

    /// `2 h 30 min` from minutes.
    func duration(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        if hours == 0 { return plain(.durationMinutes, ["minutes": String(rest)]) }
        if rest == 0 { return plain(.durationHours, ["hours": String(hours)]) }
        return plain(.durationHoursMinutes, ["hours": String(hours), "minutes": String(rest)])
    }

    /// Calendar time from the first to the last visit: weeks up to two months, then months.
    func calendar(days: Int) -> String {
        if days < 60 { return plain(.comparisonWeeks, count: max(1, (days + 6) / 7)) }
        return plain(.comparisonMonths, count: (days + 15) / 30)
    }

    /// `3 months` from a visit interval.
    func interval(_ interval: VisitInterval) -> String {
        switch interval.unit {
        case .days: return plain(.intervalDays, count: interval.count)
        case .weeks: return plain(.intervalWeeks, count: interval.count)
        case .months: return plain(.intervalMonths, count: interval.count)
        }
    }

    /// Every X-ray of the case with its image: the panoramic ones first (the overview), then the others
    /// (CBCT, periapical, bitewing) in case order.
    var shownXrays: [(record: XRay, image: Image)] {
        let xrays = dentalCase.imaging.xrays
        return (xrays.filter { $0.kind == .panoramic } + xrays.filter { $0.kind != .panoramic })
            .compactMap { xray in input.images[xray.file.url].map { (xray, $0) } }
    }

    /// The photographs in protocol order (portrait, smile, frontal…), each with its image.
    var shownPhotos: [(record: Photo, image: Image)] {
        let photos = dentalCase.imaging.photos
        return PhotoView.allCases.flatMap { view in photos.filter { $0.view == view } }
            .compactMap { photo in input.images[photo.file.url].map { (photo, $0) } }
    }

    /// The date of the imaging, else the plan date.
    var examinationDate: String {
        let imaging = dentalCase.imaging
        let dates = imaging.xrays.map(\.date) + imaging.photos.map(\.date)
        return (dates.max() ?? dentalCase.date).formatted(locale)
    }

    /// The teeth of an item as the reader sees them: numbers, a range, a jaw or the whole mouth.
    func teeth(_ selection: ToothSelection) -> String {
        switch selection {
        case .wholeMouth: return plain(.variantWhole)
        case .jaw(.upper): return plain(.variantUpper)
        case .jaw(.lower): return plain(.variantLower)
        case .teeth, .range: return selection.label
        }
    }

    /// `18, 28, 38` or `14–17, 24` in the case's notation: neighbours in a chart row as a run.
    func toothList(_ teeth: [ToothNumber]) -> String {
        ToothRuns(notation: dentalCase.notation).text(teeth)
    }

    /// The anchor of variant `index`'s first page, for links and the outline.
    func anchor(variant index: Int) -> String { "variant-\(index + 1)" }

    /// The accent of variant `index` (0-based in the case), the same on every page.
    func accent(_ index: Int) -> Color { palette.variant(index) }

    /// The tooth chart of `formula`; an after-chart when `changes` are given.
    func odontogram(_ formula: DentalFormula, changes: ChartChanges? = nil) -> Odontogram {
        Odontogram(formula: formula, notation: dentalCase.notation, changes: changes)
    }

    /// `chart` as a block that sizes to its width but is never drawn wider than `maxWidth` (it is then
    /// centred): charts of a before/after pair get the same `maxWidth`, so they share one scale.
    func chart(_ chart: Odontogram, maxWidth: Length) -> Block {
        // The teeth's strokes reach a little past their cells: a point of room left and right.
        let room: Length = 1
        return .drawing(Drawing(heightForWidth: { chart.height(forWidth: min($0 - 2 * room, maxWidth)) },
                                alternativeText: currentChartWords, identity: chart) { [text] rect in
            (try? chart.frames(in: rect.inset(top: 0, right: room, bottom: 0, left: room), text: text)) ?? []
        })
    }

    /// The widest `chart` can be drawn and stay under `maxHeight`.
    func width(of chart: Odontogram, maxHeight: Length) -> Length {
        let reference: Length = 1000
        return maxHeight / max(chart.height(forWidth: reference) / reference, 0.001)
    }

    /// The height `block` takes `width` wide (by default across the page's text width).
    func height(of block: Block, width: Length? = nil) -> Length {
        (try? measurer.height(of: block, width: width ?? template.page.contentRect.width)) ?? 0
    }

    /// The height the body of a page has between the margins and the footer.
    var bodyHeight: Length {
        template.page.contentRect.height - footerHeight - typography.lines(2)
    }

    /// The footer's band: as many grid lines as its line of small type needs, two at least.
    var footerHeight: Length {
        let needed = height(of: footer(page: 88, of: 88))
        return typography.lines(max(2, (needed / typography.baseline).rounded(.up)))
    }

    /// The footer of page `page` of `count`: clinic and patient, page x of y, under a rule.
    func footer(page: Int, of count: Int) -> Block {
        .stack([
            Blocks.rule(palette.rule),
            .row([
                RowItem(.fraction(1), .paragraph(.markup(strings.markup(.documentFooter, [
                    "clinic": dentalCase.clinic.name, "patient": dentalCase.patient.name])), style: styles.small, maxLines: 1)),
                RowItem(.fixed(mm(40)), .paragraph(.markup(strings.markup(.documentPage, [
                    "page": String(page), "pages": String(count)])),
                    style: styles.small.aligned(.right).withTabularFigures, maxLines: 1)),
            ], spacing: 8, alignment: .firstBaseline),
        ], spacing: 3)
    }

    /// How an image of `image`'s proportions is sized to fill the width but stay under `maxHeight`.
    func sizing(_ image: Image, maxHeight: Length) -> ImageSizing {
        let natural = image.uprightSize.width / max(image.uprightSize.height, 1)
        return .aspectRatio(max(natural, template.page.contentRect.width / maxHeight))
    }

    /// The section title block: the display title over its intro (if any), on the grid, a grid line above
    /// what follows; it never ends a page.
    func title(_ key: StringKey, intro: Block? = nil) -> Block {
        .keepWithNext(.box(.stack([.tagged(.heading(level: 1), line(key, styles.display))] + [intro].compactMap { $0 },
                                  spacing: typography.lines(2)),
                           style: BoxStyle(padding: Insets(top: 0, right: 0, bottom: typography.lines(2), left: 0))))
    }

    /// A heading inside a section, kept with what follows.
    func heading(_ key: StringKey, _ values: [String: String] = [:]) -> Block {
        .keepWithNext(.tagged(.heading(level: 2), line(key, values, styles.heading)))
    }

    /// The width amounts take in tables: wide enough for the largest total in this case.
    var amountWidth: Length {
        mm(30) * typography.body / 9.5
    }
}
