import Graphics
import Layout

/// The tagged-PDF structure tree of the file: one structure element per written role (`elementType`), all
/// under one Document element, each holding its child elements and its marked
/// content (page and MCID) in reading order; and the parent tree that leads from each page's marked
/// content back to its element.
final class PDFStructureTree {
    /// A kid of an element: another element, or a marked-content sequence on a page (its index in the file).
    enum Kid {
        case element(Int)
        case content(page: Int, mcid: Int)
    }

    struct Element {
        /// The standard structure type: `P`, `H1`, `Figure`, `TH`…
        var type: String
        /// The parent element; `nil` for an element directly under Document.
        var parent: Int?
        var kids: [Kid] = []
        /// A Figure's alternative text.
        var alternative: String?
    }

    private(set) var elements: [Element] = []
    /// The elements directly under Document, in order.
    private var topLevel: [Int] = []
    /// For each page (by index in the file), the element of each MCID.
    private var contentOwners: [[Int]] = []

    /// Whether nothing was tagged.
    var isEmpty: Bool { elements.isEmpty }

    /// A new element of `type` under `parent` (or Document), after its earlier kids.
    func open(_ type: String, parent: Int?, alternative: String?) -> Int {
        let index = elements.count
        elements.append(Element(type: type, parent: parent, alternative: alternative))
        if let parent { elements[parent].kids.append(.element(index)) } else { topLevel.append(index) }
        return index
    }

    /// A new marked-content identifier on page `page` for content of `element`.
    func mark(_ element: Int, page: Int) -> Int {
        while contentOwners.count <= page { contentOwners.append([]) }
        let mcid = contentOwners[page].count
        contentOwners[page].append(element)
        elements[element].kids.append(.content(page: page, mcid: mcid))
        return mcid
    }

    /// The structure element type `role` is written as inside `open` (the roles already open, innermost
    /// last, with their elements), or `nil` when it is written as none: nothing inside an opaque role (a
    /// figure is read as its alternative text, an artifact not at all), and no paragraph of its own inside a
    /// role that holds text (a heading, a table cell).
    static func elementType(for role: StructureRole, inside open: [(role: StructureRole, element: Int?)]) -> String? {
        if open.contains(where: { $0.role.isOpaque }) { return nil }
        if role == .paragraph, open.contains(where: { $0.element != nil && $0.role.holdsText }) { return nil }
        switch role {
        case .paragraph: return "P"
        case let .heading(level): return "H\(min(max(level, 1), 6))"
        case .caption: return "Caption"
        case .list: return "L"
        case .listItem: return "LI"
        case .listLabel: return "Lbl"
        case .listBody: return "LBody"
        case .table: return "Table"
        case .tableRow: return "TR"
        case .headerCell: return "TH"
        case .dataCell: return "TD"
        case .figure: return "Figure"
        case .artifact: return nil
        }
    }

    /// Writes the elements, the Document element and the tree root into `objects`, pages named by
    /// `pages` (their objects, in file order); returns the StructTreeRoot's object.
    func write(into objects: PDFObjectTable, pages: [Int]) -> Int {
        let root = objects.reserve()
        let document = objects.reserve()
        let numbers = elements.map { _ in objects.reserve() }
        for (index, element) in elements.enumerated() {
            let page = element.kids.lazy.compactMap { kid -> Int? in
                if case let .content(page, _) = kid { return page } else { return nil }
            }.first
            var kids: [String] = []
            for kid in element.kids {
                switch kid {
                case let .element(child): kids.append("\(numbers[child]) 0 R")
                case let .content(onPage, mcid):
                    kids.append(onPage == page ? "\(mcid)" : "<< /Type /MCR /Pg \(pages[onPage]) 0 R /MCID \(mcid) >>")
                }
            }
            var body = "<< /Type /StructElem /S /\(element.type) /P \(element.parent.map { numbers[$0] } ?? document) 0 R"
            if let page { body += " /Pg \(pages[page]) 0 R" }
            if let alternative = element.alternative { body += " /Alt \(PDFSyntax.textString(alternative))" }
            if element.type == "TH" { body += " /A << /O /Table /Scope /Column >>" }
            body += " /K [\(kids.joined(separator: " "))] >>"
            objects.define(numbers[index], body)
        }
        let top = topLevel.map { "\(numbers[$0]) 0 R" }.joined(separator: " ")
        objects.define(document, "<< /Type /StructElem /S /Document /P \(root) 0 R /K [\(top)] >>")
        var nums: [String] = []
        for page in pages.indices {
            let owners = page < contentOwners.count ? contentOwners[page] : []
            nums.append("\(page) [\(owners.map { "\(numbers[$0]) 0 R" }.joined(separator: " "))]")
        }
        let parentTree = objects.add("<< /Nums [\(nums.joined(separator: " "))] >>")
        objects.define(root, "<< /Type /StructTreeRoot /K [\(document) 0 R] /ParentTree \(parentTree) 0 R /ParentTreeNextKey \(pages.count) >>")
        return root
    }
}
