import DentalModel
import Foundation
import Graphics
import Layout

/// Reads `template.yaml` into a `Template` (without its wording), every value checked where it is written.
struct TemplateReader {
    /// The template's folder: the cover picture is relative to it.
    let folder: URL

    func read(_ root: NodeCursor, name: String) throws(InputError) -> Template {
        try root.expectMapping(keys: ["description", "page", "flow", "palette", "typography", "logo", "cover",
                                      "sections", "layout", "table", "pdfa"])
        let table = try root.required("table")
        try table.expectMapping(keys: ["columns", "prices"])
        return Template(
            name: name,
            description: try root.required("description").nonEmptyText(),
            page: try page(root.required("page")),
            palette: try palette(root.required("palette")),
            typography: try typography(root.required("typography")),
            sections: try list(root.required("sections"), of: BookletSection.self, what: "section"),
            layout: try root.optional("layout")?.choice(SectionLayout.self, what: "layout") ?? .full,
            newPagePerSection: try root.optional("flow").map { (node: NodeCursor) throws(InputError) in
                try node.choice(Flow.self, what: "flow") == .pages
            } ?? true,
            showsLogo: try root.optional("logo")?.bool() ?? true,
            coverImage: try root.optional("cover").map { (node: NodeCursor) throws(InputError) in try coverImage(node) },
            columns: try list(table.required("columns"), of: VisitColumn.self, what: "column"),
            priceMode: try table.required("prices").choice(PriceMode.self, what: "price mode"),
            archival: try root.optional("pdfa")?.bool() ?? false,
            strings: [:],
            files: []
        )
    }

    /// How sections follow each other.
    private enum Flow: String, CaseIterable {
        case pages, continuous
    }

    private enum Orientation: String, CaseIterable {
        case portrait, landscape
    }

    private func page(_ cursor: NodeCursor) throws(InputError) -> PageSetup {
        try cursor.expectMapping(keys: ["size", "orientation", "margins", "bleed", "cropMarks"])
        let sizeNode = try cursor.required("size")
        let sizeName = try sizeNode.text()
        guard let named = PageSetup.namedSizes[sizeName] else {
            throw sizeNode.error("unknown page size \"\(sizeName)\" (expected one of: "
                                 + PageSetup.namedSizes.keys.sorted().joined(separator: ", ") + ")")
        }
        let orientation = try cursor.optional("orientation")?.choice(Orientation.self, what: "orientation") ?? .portrait
        let short = min(named.width, named.height), long = max(named.width, named.height)
        let size = orientation == .portrait ? Size(width: mm(short), height: mm(long))
                                            : Size(width: mm(long), height: mm(short))
        let marginsNode = try cursor.required("margins")
        try marginsNode.expectMapping(keys: ["top", "right", "bottom", "left"])
        let margins = Insets(top: try millimetres(marginsNode.required("top"), in: 5...60),
                              right: try millimetres(marginsNode.required("right"), in: 5...60),
                              bottom: try millimetres(marginsNode.required("bottom"), in: 5...60),
                              left: try millimetres(marginsNode.required("left"), in: 5...60))
        let bleed = try cursor.optional("bleed").map { (node: NodeCursor) throws(InputError) in
            try millimetres(node, in: 0...10)
        } ?? 0
        let cropMarksNode = try cursor.optional("cropMarks")
        let cropMarks = try cropMarksNode?.bool() ?? false
        if cropMarks, bleed < mm(3) - 0.01, let cropMarksNode {
            throw cropMarksNode.error("crop marks need a bleed of at least 3 mm (bleed is \(Int((bleed / mm(1)).rounded())) mm)")
        }
        return PageSetup(size: size, margins: margins, bleed: bleed, cropMarks: cropMarks)
    }

    private func palette(_ cursor: NodeCursor) throws(InputError) -> Palette {
        try cursor.expectMapping(keys: ["text", "muted", "rule", "tint", "accent", "variants", "problem"])
        let variantsNode = try cursor.required("variants")
        var variants: [Color] = []
        for node in try variantsNode.list() { variants.append(try color(node)) }
        guard variants.count >= DentalCase.maxVariants else {
            throw variantsNode.error("give one colour per variant: \(DentalCase.maxVariants) colours (found \(variants.count))")
        }
        return Palette(text: try color(cursor.required("text")), muted: try color(cursor.required("muted")),
                       rule: try color(cursor.required("rule")), tint: try color(cursor.required("tint")),
                       accent: try color(cursor.required("accent")), variants: variants,
                       problem: try color(cursor.required("problem")))
    }

    private func typography(_ cursor: NodeCursor) throws(InputError) -> Typography {
        try cursor.expectMapping(keys: ["text", "display", "baseline", "sizes"])
        let sizes = try cursor.required("sizes")
        try sizes.expectMapping(keys: ["display", "heading", "body", "small"])
        return Typography(textFamily: try family(cursor.required("text")),
                          displayFamily: try family(cursor.required("display")),
                          baseline: try millimetres(cursor.required("baseline"), in: 2...8),
                          display: try points(sizes.required("display"), in: 12...72),
                          heading: try points(sizes.required("heading"), in: 8...36),
                          body: try points(sizes.required("body"), in: 6...24),
                          small: try points(sizes.required("small"), in: 5...16))
    }

    /// The families PlanPress ships; no other font is ever used.
    static let families = ["Inter", "Noto Serif"]

    private func family(_ cursor: NodeCursor) throws(InputError) -> String {
        let name = try cursor.text()
        guard Self.families.contains(name) else {
            throw cursor.error("unknown font family \"\(name)\" (the shipped families are: "
                               + Self.families.joined(separator: ", ") + ")")
        }
        return name
    }

    private func coverImage(_ cursor: NodeCursor) throws(InputError) -> URL {
        try cursor.expectMapping(keys: ["image"])
        let node = try cursor.required("image")
        let written = try node.nonEmptyText()
        let url = folder.appendingPathComponent(written).standardizedFileURL
        guard url.path.hasPrefix(folder.path + "/"), FileManager.default.fileExists(atPath: url.path) else {
            throw node.error("cover image \"\(written)\" is not a file in the template's folder")
        }
        return url
    }

    private func color(_ cursor: NodeCursor) throws(InputError) -> Color {
        let text = try cursor.text()
        guard let color = Color(hex: text) else {
            throw cursor.error("\"\(text)\" is not a colour (write #RRGGBB, in quotes)")
        }
        return color
    }

    private func millimetres(_ cursor: NodeCursor, in range: ClosedRange<Double>) throws(InputError) -> Length {
        mm(try number(cursor, in: range, unit: "mm"))
    }

    private func points(_ cursor: NodeCursor, in range: ClosedRange<Double>) throws(InputError) -> Length {
        try number(cursor, in: range, unit: "pt")
    }

    private func number(_ cursor: NodeCursor, in range: ClosedRange<Double>, unit: String) throws(InputError) -> Double {
        let text = try cursor.text()
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)) else {
            throw cursor.error("\"\(text)\" is not a number of \(unit)")
        }
        guard range.contains(value) else {
            throw cursor.error("\(text) \(unit) is out of range \(range.lowerBound.formatted())…\(range.upperBound.formatted()) \(unit)")
        }
        return value
    }

    private func list<T: RawRepresentable & CaseIterable & Equatable>(_ cursor: NodeCursor, of type: T.Type,
                                                                      what: String) throws(InputError) -> [T]
    where T.RawValue == String {
        var result: [T] = []
        for node in try cursor.list() {
            let value = try node.choice(type, what: what)
            guard !result.contains(value) else { throw node.error("\(what) \"\(value.rawValue)\" is listed twice") }
            result.append(value)
        }
        guard !result.isEmpty else { throw cursor.error("list at least one \(what)") }
        return result
    }
}
