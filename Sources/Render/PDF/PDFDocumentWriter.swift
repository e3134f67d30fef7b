import Graphics
import Layout

/// The state of one PDF file being written: its objects, the shared resources, the text writer, the forms,
/// images and shadings made so far, the structure tree, and the streams waiting to be deflated.
final class PDFDocumentWriter {
    let archival: Bool
    let objects: PDFObjectTable
    let resources = PDFResources()
    let text: PDFTextWriter
    let structure = PDFStructureTree()
    let streams: PDFStreamBatch
    /// The shared resource dictionary, defined last (it names everything the pages and forms used).
    let resourcesObject: Int

    /// Each distinct symbol's form, by symbol (hashed once per placement, see `SymbolKey`).
    private var forms: [SymbolKey: String] = [:]
    /// The form of symbols met before, by the address of their shapes' storage: a chart places the same
    /// symbol value many times, and finding it here costs no hash through its points. The shapes are kept,
    /// so their storage stays alive and its address cannot be reused for other shapes.
    private var formsByStorage: [UnsafeRawPointer: (shapes: [Shape], name: String)] = [:]
    /// Each distinct image's XObject name, by `Image.uniqueID`.
    private var images: [String: String] = [:]
    /// Each distinct shading's name, by its dictionary.
    private var shadings: [String: String] = [:]

    /// A writer for one file; `cache` keeps what later files may reuse (see `PDFWriterCache`).
    init(archival: Bool, cache: PDFWriterCache?) {
        self.archival = archival
        objects = PDFObjectTable(cache: cache)
        streams = PDFStreamBatch(cache: cache)
        resourcesObject = objects.reserve()
        text = PDFTextWriter(objects: objects, resources: resources)
    }

    /// Every anchor named in `frames`, groups included: the destinations a link may point at.
    static func anchors(in frames: [Frame]) -> Set<String> {
        var names: Set<String> = []
        Frame.visit(frames) { if case let .anchor(name, _) = $0 { names.insert(name) } }
        return names
    }

    // MARK: The file

    /// The PDF of `pages` of `document` (already selected); checks `deadline` between pages.
    func write(_ document: LaidOutDocument, pages: [Page], deadline: Deadline) throws(GraphicsError) -> [UInt8] {
        let catalog = objects.reserve()
        let pageTree = objects.reserve()
        let anchors = pages.reduce(into: Set<String>()) { $0.formUnion(Self.anchors(in: $1.frames)) }
        var pageObjects: [Int] = []
        var contentObjects: [Int] = []
        var links: [[(rect: Rect, target: LinkTarget)]] = []
        var destinations: [(name: String, page: Int, point: Point)] = []
        for (index, page) in pages.enumerated() {
            try deadline.check()
            let pageObject = objects.reserve()
            let contents = objects.reserve()
            var painter = PDFPagePainter(document: self, pageIndex: index, height: page.size.height, anchors: anchors)
            streams.add(contents, "", data: try painter.paint(page.frames))
            pageObjects.append(pageObject)
            contentObjects.append(contents)
            links.append(painter.links)
            destinations += painter.destinations.map { ($0.name, index, $0.point) }
        }
        try text.finish()

        var catalogEntries = ["/Type /Catalog", "/Pages \(pageTree) 0 R"]
        let navigation = PDFNavigation(objects: objects, pages: pages, pageObjects: pageObjects, archival: archival)
        let annotations = links.enumerated().map { navigation.annotations($0.element, onPage: $0.offset) }
        if let dests = navigation.destinationTree(destinations) { catalogEntries.append("/Names << /Dests \(dests) 0 R >>") }
        if let outline = navigation.outline(document.outline, anchors: Set(destinations.map(\.name))) {
            catalogEntries.append("/Outlines \(outline) 0 R")
        }
        if !structure.isEmpty {
            catalogEntries.append("/StructTreeRoot \(structure.write(into: objects, pages: pageObjects)) 0 R")
            catalogEntries.append("/MarkInfo << /Marked true >>")
        }
        if let language = document.metadata.language { catalogEntries.append("/Lang \(PDFSyntax.textString(language))") }
        let information = PDFDocumentInformation(metadata: document.metadata)
        if archival { catalogEntries += try information.archivalEntries(objects: objects) }

        for (index, page) in pages.enumerated() {
            let sheet = Rect(origin: .zero, size: page.size)
            var entries = "<< /Type /Page /Parent \(pageTree) 0 R /MediaBox \(Self.box(sheet, height: page.size.height))"
            entries += " /TrimBox \(Self.box(page.trimBox ?? sheet, height: page.size.height))"
            entries += " /BleedBox \(Self.box(sheet, height: page.size.height))"
            entries += " /Resources \(resourcesObject) 0 R /Contents \(contentObjects[index]) 0 R"
            entries += " /Group << /Type /Group /S /Transparency /I true /CS /DeviceRGB >>"
            if !structure.isEmpty { entries += " /StructParents \(index)" }
            if !annotations[index].isEmpty {
                entries += " /Annots [\(annotations[index].map { "\($0) 0 R" }.joined(separator: " "))]"
            }
            objects.define(pageObjects[index], entries + " >>")
        }
        let kids = pageObjects.map { "\($0) 0 R" }.joined(separator: " ")
        objects.define(pageTree, "<< /Type /Pages /Kids [\(kids)] /Count \(pageObjects.count) >>")
        objects.define(catalog, "<< \(catalogEntries.joined(separator: " ")) >>")
        let info = objects.add(information.dictionary)
        try streams.deflate(into: objects)
        objects.define(resourcesObject, resources.dictionary)
        return try objects.file(version: "1.7", root: catalog, info: info)
    }

    /// `[x0 y0 x1 y1]`: `rect` (page coordinates, y down) in PDF's, y up from the bottom of a page `height` high.
    static func box(_ rect: Rect, height: Double) -> String {
        "[\(PDFSyntax.number(rect.minX)) \(PDFSyntax.number(height - rect.maxY)) \(PDFSyntax.number(rect.maxX)) \(PDFSyntax.number(height - rect.minY))]"
    }

    // MARK: Resources made once

    /// A symbol as a dictionary key, hashed once: a symbol's hash goes through every point of its paths.
    private struct SymbolKey: Hashable {
        let symbol: Symbol
        let hash: Int

        init(_ symbol: Symbol) {
            self.symbol = symbol
            hash = symbol.hashValue
        }

        static func == (a: SymbolKey, b: SymbolKey) -> Bool { a.hash == b.hash && a.symbol == b.symbol }
        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    }

    /// The name of `symbol`'s form XObject, written the first time: its shapes in the symbol's own
    /// coordinates (the placement's `cm` puts them on the page), /BBox its bounds plus room for joins and caps.
    func form(for symbol: Symbol) throws(GraphicsError) -> String {
        let storage = symbol.shapes.withUnsafeBufferPointer { $0.baseAddress.map { UnsafeRawPointer($0) } }
        if let storage, let known = formsByStorage[storage] { return known.name }
        let name = try form(for: SymbolKey(symbol))
        if let storage { formsByStorage[storage] = (symbol.shapes, name) }
        return name
    }

    /// The form of `key`'s symbol, written the first time (see `form(for:)`).
    private func form(for key: SymbolKey) throws(GraphicsError) -> String {
        let symbol = key.symbol
        if let name = forms[key] { return name }
        let object = objects.reserve()
        var drawing = PDFDrawing(document: self)
        for shape in symbol.shapes { try drawing.paint(shape) }
        // Joins and caps may reach past half the stroke width (a miter up to the limit of 10).
        let margin = 5 * (symbol.shapes.compactMap { $0.stroke?.width }.max() ?? 0) + 1
        let b = symbol.bounds
        let bbox = "[\(PDFSyntax.number(b.minX - margin)) \(PDFSyntax.number(b.minY - margin)) \(PDFSyntax.number(b.maxX + margin)) \(PDFSyntax.number(b.maxY + margin))]"
        streams.add(object, "/Type /XObject /Subtype /Form /BBox \(bbox) /Resources \(resourcesObject) 0 R",
                    data: drawing.canvas.content.bytes)
        let name = resources.addXObject(object)
        forms[key] = name
        return name
    }

    /// The name of `image`'s XObject, written the first time it is drawn in the file.
    func imageName(for image: Image) throws(GraphicsError) -> String {
        if let name = images[image.uniqueID] { return name }
        let object = try PDFImageObject.write(image, into: objects, streams: streams, interpolate: !archival)
        let name = resources.addXObject(object)
        images[image.uniqueID] = name
        return name
    }

    /// The name of a graphics state whose soft mask is the alpha of `stops` along `start` → `end` inside
    /// `clip` (coordinates where the state is set, which the mask's form shares).
    func gradientMask(from start: Point, to end: Point, stops: [GradientStop], clip: Path, evenOdd: Bool) -> String {
        let grey = stops.map { GradientStop(offset: $0.offset, color: Color(red: $0.color.alpha, green: $0.color.alpha, blue: $0.color.alpha)) }
        let shading = self.shading(from: start, to: end, stops: grey, colorSpace: "/DeviceGray")
        var canvas = PDFCanvas()
        canvas.append(clip)
        canvas.clip(evenOdd: evenOdd)
        canvas.content.append("/\(shading) sh\n")
        let b = clip.bounds
        let form = objects.reserve()
        streams.add(form, "/Type /XObject /Subtype /Form /BBox [\(PDFSyntax.number(b.minX)) \(PDFSyntax.number(b.minY)) \(PDFSyntax.number(b.maxX)) \(PDFSyntax.number(b.maxY))] /Group << /S /Transparency /CS /DeviceGray >> /Resources \(resourcesObject) 0 R",
                    data: canvas.content.bytes)
        return resources.addGraphicsState(objects.add("<< /Type /ExtGState /SMask << /Type /Mask /S /Luminosity /G \(form) 0 R >> >>"))
    }

    /// The name of an axial shading from `start` to `end` (coordinates where it is painted) through
    /// `stops`, extended at both ends as Cairo's default pad extends a gradient.
    func shading(from start: Point, to end: Point, stops: [GradientStop], colorSpace: String = "/DeviceRGB") -> String {
        var sorted = stops.sorted { $0.offset < $1.offset }
        if sorted[0].offset > 0 { sorted.insert(GradientStop(offset: 0, color: sorted[0].color), at: 0) }
        if sorted[sorted.count - 1].offset < 1 { sorted.append(GradientStop(offset: 1, color: sorted[sorted.count - 1].color)) }
        func rgb(_ color: Color) -> String {
            colorSpace == "/DeviceGray" ? "[\(PDFSyntax.number(color.red))]"
                : "[\(PDFSyntax.number(color.red)) \(PDFSyntax.number(color.green)) \(PDFSyntax.number(color.blue))]"
        }
        func segment(_ a: GradientStop, _ b: GradientStop) -> String {
            "<< /FunctionType 2 /Domain [0 1] /C0 \(rgb(a.color)) /C1 \(rgb(b.color)) /N 1 >>"
        }
        let function: String
        if sorted.count == 2 {
            function = segment(sorted[0], sorted[1])
        } else {
            let pieces = (1..<sorted.count).map { segment(sorted[$0 - 1], sorted[$0]) }
            let bounds = sorted.dropFirst().dropLast().map { PDFSyntax.number(min(max($0.offset, 0), 1)) }
            let encode = Array(repeating: "0 1", count: pieces.count)
            function = "<< /FunctionType 3 /Domain [0 1] /Functions [\(pieces.joined(separator: " "))] /Bounds [\(bounds.joined(separator: " "))] /Encode [\(encode.joined(separator: " "))] >>"
        }
        let dictionary = "<< /ShadingType 2 /ColorSpace \(colorSpace) /Coords [\(PDFSyntax.number(start.x)) \(PDFSyntax.number(start.y)) \(PDFSyntax.number(end.x)) \(PDFSyntax.number(end.y))] /Function \(function) /Extend [true true] >>"
        if let name = shadings[dictionary] { return name }
        let name = resources.addShading(objects.add(dictionary))
        shadings[dictionary] = name
        return name
    }
}
