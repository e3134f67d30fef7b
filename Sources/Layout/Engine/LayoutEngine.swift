import Graphics

/// Turns a `Document` of blocks into pages of positioned frames.
///
/// All decisions are made here (where lines break, which row starts a page, how an image is cropped);
/// painting the frames is a thin pass elsewhere. Each paragraph is measured once with Pango (hint metrics
/// off, so PDF and PNG break lines alike) and painted later from the same `TextBlock`.
///
/// Not thread-safe, like the `TextEngine` it uses: one engine per thread, reusable for many documents.
public final class LayoutEngine {
    public let textEngine: TextEngine
    /// The last anchor met, named in errors so an author can find the block at fault.
    var lastAnchor: String?
    /// When layout must stop (`LayoutError.deadlinePassed`): checked between sections and between the
    /// blocks of a flow. `.never` unless a caller sets it for one document.
    public var deadline = Deadline.never
    /// Drawings with an identity, drawn before, by identity and rectangle; see `frames(of:in:)`.
    var drawn: [DrawingKey: [Frame]] = [:]
    /// How many drawings `drawn` keeps before it starts over (a booklet has a few charts and keys; a
    /// tooth chart is a few thousand frames).
    public let drawingReuseCapacity: Int

    /// An engine measuring text with `textEngine` (which keeps what it laid out for reuse); it keeps at
    /// most `drawingReuseCapacity` drawn drawings for reuse.
    public init(textEngine: TextEngine, drawingReuseCapacity: Int = 64) {
        self.textEngine = textEngine
        self.drawingReuseCapacity = drawingReuseCapacity
    }

    /// Lays out every section on its own run of pages, then builds headers and footers once the page count
    /// is known, then checks that every link and outline entry points at an anchor.
    public func layout(document: Document) throws(LayoutError) -> LaidOutDocument {
        lastAnchor = nil
        var pages: [Page] = []
        var infos: [PageInfo] = []
        for (sectionIndex, section) in document.sections.enumerated() {
            if deadline.hasPassed { throw .deadlinePassed }
            let template = section.template
            let body = try bodyBox(of: template)
            let regions = Regions(width: body.width, first: body.height, full: body.height, mayPush: false)
            let placement = try flow(section.body, spacing: section.spacing, in: regions)
            for (index, fragment) in placement.fragments.enumerated() {
                var page = Page(size: template.size, contentBox: template.contentBox)
                page.frames = fragment.frames.map { $0.offsetBy(dx: body.minX, dy: body.minY) }
                pages.append(page)
                infos.append(PageInfo(number: pages.count, count: 0, section: sectionIndex, numberInSection: index + 1))
            }
        }
        for index in pages.indices {
            infos[index].count = pages.count
            let template = document.sections[infos[index].section].template
            try addBands(of: template, to: &pages[index], info: infos[index])
        }
        let result = LaidOutDocument(pages: pages, metadata: document.metadata, outline: document.outline)
        try result.checkAnchors()
        return result
    }

    /// The height `block` takes when laid out whole at `width`, without page breaks.
    public func height(of block: Block, width: Length) throws(LayoutError) -> Length {
        try whole(block, width: width).height
    }

    /// The block laid out whole in one unbounded region.
    func whole(_ block: Block, width: Length) throws(LayoutError) -> Fragment {
        try layout(block, in: .unbounded(width: width)).fragments.first ?? Fragment()
    }

    /// Lays `block` out into `regions`: the one switch every block kind goes through.
    func layout(_ block: Block, in regions: Regions) throws(LayoutError) -> Placement {
        switch block {
        case let .paragraph(content, style, maxLines):
            return try paragraph(content, style: style, maxLines: maxLines, in: regions).structured(.paragraph)
        case let .box(child, style):
            return try keepWhole(in: regions) { regions throws(LayoutError) in try box(child, style: style, in: regions) }
        case let .image(image, sizing, fit, caption, captionSpacing):
            let fragment = try self.image(image, sizing: sizing, fit: fit, caption: caption, captionSpacing: captionSpacing,
                                          width: regions.width)
            return try unbreakable(fragment, named: "image '\(image.name)'", in: regions)
        case let .drawing(drawing):
            return try unbreakable(try self.drawing(drawing, width: regions.width), named: "drawing", in: regions)
        case let .stack(children, spacing):
            return try flow(children, spacing: spacing, in: regions)
        case let .row(items, spacing, alignment):
            return try row(items, spacing: spacing, alignment: alignment, in: regions)
        case let .grid(cells, columns, columnSpacing, rowSpacing, alignment):
            return try grid(cells, columns: columns, columnSpacing: columnSpacing, rowSpacing: rowSpacing,
                            alignment: alignment, in: regions)
        case let .table(table):
            return try self.table(table, in: regions)
        case let .spacer(height):
            return Placement(Fragment(height: min(max(0, height), max(0, regions.first))))
        case .pageBreak:
            return Placement(Fragment())
        case let .keepTogether(children, spacing):
            return try keepWhole(in: regions) { regions throws(LayoutError) in
                try flow(children, spacing: spacing, in: regions)
            }
        case let .keepWithNext(child):
            return try layout(child, in: regions)
        case let .anchor(name):
            return Placement(Fragment(height: 0, frames: [.anchor(name, at: .zero)]))
        case let .link(child, target):
            return try link(child, to: target, in: regions)
        case let .tagged(role, child):
            return try layout(child, in: regions).structured(role)
        }
    }

    /// Keeps a block whole when it fits a region, moving it to the next region if it must; only a block
    /// taller than a whole region is laid out by `breaking` across regions.
    func keepWhole(in regions: Regions,
                   breaking: (Regions) throws(LayoutError) -> Placement) throws(LayoutError) -> Placement {
        if regions.isUnbounded { return try breaking(regions) }
        let fragment = try breaking(.unbounded(width: regions.width)).fragments.first ?? Fragment()
        if regions.fitsFirst(fragment.height) { return Placement(fragment) }
        if regions.fitsFull(fragment.height), regions.mayPush || regions.first < regions.full {
            return Placement(startsInNextRegion: true, fragments: [fragment])
        }
        return try breaking(regions)
    }

    /// Places a fragment that can never break: here, in the next region, or nowhere (an error).
    func unbreakable(_ fragment: Fragment, named name: String, in regions: Regions) throws(LayoutError) -> Placement {
        if regions.fitsFirst(fragment.height) { return Placement(fragment) }
        guard regions.fitsFull(fragment.height) else {
            throw .doesNotFit(block: name, height: fragment.height, available: regions.full, after: lastAnchor)
        }
        return Placement(startsInNextRegion: true, fragments: [fragment])
    }

    /// The body's rectangle on a page of `template`: the content box less the header and footer bands.
    private func bodyBox(of template: PageTemplate) throws(LayoutError) -> Rect {
        let content = template.contentBox
        let top = template.header.map { $0.height + $0.spacing } ?? 0
        let bottom = template.footer.map { $0.height + $0.spacing } ?? 0
        let body = Rect(x: content.minX, y: content.minY + top, width: content.width, height: content.height - top - bottom)
        guard body.width > 0, body.height > 0 else {
            throw .invalidSize("a page template leaves no room for the body (\(body.width) × \(body.height) pt)")
        }
        return body
    }

    /// Builds the header and footer of one page, now that the page count is known.
    private func addBands(of template: PageTemplate, to page: inout Page, info: PageInfo) throws(LayoutError) {
        let content = template.contentBox
        let bands = [("header", template.header, content.minY), ("footer", template.footer, content.maxY - (template.footer?.height ?? 0))]
        for case let (name, band?, top) in bands {
            let fragment = try whole(band.content(info), width: content.width)
            guard fragment.height <= band.height + Regions.tolerance else {
                throw .bandOverflow(band: name, page: info.number, height: fragment.height, available: band.height)
            }
            page.frames += Frame.structured(.artifact, fragment.frames.map { $0.offsetBy(dx: content.minX, dy: top) })
        }
    }
}
