import Graphics
import Layout

/// Links, named destinations and the outline: the ways a reader moves through the file.
struct PDFNavigation {
    let objects: PDFObjectTable
    let pages: [Page]
    let pageObjects: [Int]
    /// PDF/A: annotations are printed (flag 4).
    let archival: Bool

    /// The Link annotations of page `index`, written into `objects`: an internal link goes to its named
    /// destination, a URI through a /URI action. Returns their objects, in order.
    func annotations(_ links: [(rect: Rect, target: LinkTarget)], onPage index: Int) -> [Int] {
        let height = pages[index].size.height
        return links.map { link in
            var body = "<< /Type /Annot /Subtype /Link /Rect \(PDFDocumentWriter.box(link.rect, height: height)) /Border [0 0 0]"
            if archival { body += " /F 4" }
            switch link.target {
            case let .anchor(name): body += " /Dest \(PDFSyntax.byteString(name))"
            case let .uri(uri): body += " /A << /S /URI /URI \(PDFSyntax.byteString(uri)) >>"
            }
            return objects.add(body + " >>")
        }
    }

    /// The /Dests name tree of `destinations` (the first of a name wins), keys sorted by their bytes;
    /// `nil` when there are none.
    func destinationTree(_ destinations: [(name: String, page: Int, point: Point)]) -> Int? {
        var seen = Set<String>()
        let unique = destinations.filter { seen.insert($0.name).inserted }
            .sorted { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
        guard !unique.isEmpty else { return nil }
        let entries = unique.map { destination in
            let height = pages[destination.page].size.height
            return "\(PDFSyntax.byteString(destination.name)) [\(pageObjects[destination.page]) 0 R /XYZ \(PDFSyntax.number(destination.point.x)) \(PDFSyntax.number(height - destination.point.y)) 0]"
        }
        let first = PDFSyntax.byteString(unique[0].name), last = PDFSyntax.byteString(unique[unique.count - 1].name)
        return objects.add("<< /Limits [\(first) \(last)] /Names [\(entries.joined(separator: " "))] >>")
    }

    /// An outline entry kept in the file: its anchor is among the destinations.
    private struct Item {
        var title: String
        var anchor: String
        var children: [Item]
    }

    /// The outline of `entries`, an entry whose anchor is not in `anchors` skipped and its children lifted
    /// into its place (as `PDFExporter.addOutline`); top-level entries open, deeper ones closed. `nil`
    /// when nothing is left.
    func outline(_ entries: [OutlineEntry], anchors: Set<String>) -> Int? {
        func kept(_ entries: [OutlineEntry]) -> [Item] {
            entries.flatMap { entry in
                anchors.contains(entry.anchor)
                    ? [Item(title: entry.title, anchor: entry.anchor, children: kept(entry.children))] : kept(entry.children)
            }
        }
        let items = kept(entries)
        guard !items.isEmpty else { return nil }
        let root = objects.reserve()
        let top = write(items, parent: root, open: true)
        let visible = items.count + items.reduce(0) { $0 + $1.children.count }
        objects.define(root, "<< /Type /Outlines /First \(top.first!) 0 R /Last \(top.last!) 0 R /Count \(visible) >>")
        return root
    }

    /// Writes `items` as siblings under `parent`; returns their objects. Open items count their visible
    /// descendants (their children, which are closed), closed ones minus their children.
    private func write(_ items: [Item], parent: Int, open: Bool) -> [Int] {
        let numbers = items.map { _ in objects.reserve() }
        for (index, item) in items.enumerated() {
            var body = "<< /Title \(PDFSyntax.textString(item.title)) /Parent \(parent) 0 R /Dest \(PDFSyntax.byteString(item.anchor))"
            if index > 0 { body += " /Prev \(numbers[index - 1]) 0 R" }
            if index + 1 < items.count { body += " /Next \(numbers[index + 1]) 0 R" }
            if !item.children.isEmpty {
                let children = write(item.children, parent: numbers[index], open: false)
                body += " /First \(children.first!) 0 R /Last \(children.last!) 0 R /Count \(open ? item.children.count : -item.children.count)"
            }
            objects.define(numbers[index], body + " >>")
        }
        return numbers
    }
}
