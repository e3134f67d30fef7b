import DentalModel
import Foundation
import Yams

/// A case file's parsed document, edited in place by `--fix` and written back in its own format.
///
/// Every value the user wrote keeps its text and its YAML style (plain, quoted, flow or block); added
/// items name their teeth in the case's notation.
struct CaseDocument: FixTarget {
    /// The document's root mapping.
    var root: Node
    /// The notation the file writes teeth in.
    let notation: ToothNotation
    /// The file's name, for errors.
    let file: String

    mutating func insert(_ item: PlanItem, variant: Int, visit: Int, before index: Int?) throws(InputError) {
        let added = node(for: item), problem = unexpected("variants[\(variant)].visits[\(visit)].items")
        try editVisits(of: variant) { visits throws(InputError) in
            guard visits.indices.contains(visit), var mapping = visits[visit].mapping,
                  var items = mapping["items"]?.sequence else { throw problem }
            items.insert(added, at: min(index ?? items.count, items.count))
            mapping["items"] = .sequence(items)
            visits[visit] = .mapping(mapping)
        }
    }

    mutating func insertFirstVisit(title: String, items: [PlanItem], variant: Int) throws(InputError) {
        let visit: Node.Mapping = [
            Node("title"): Node(title),
            Node("duration"): Node("30"),
            Node("items"): .sequence(Node.Sequence(items.map(node(for:)))),
        ]
        try editVisits(of: variant) { visits in
            if var first = visits.first?.mapping, first["interval"] == nil {
                first["interval"] = Node("1 day")
                visits[visits.startIndex] = .mapping(first)
            }
            visits.insert(.mapping(visit), at: visits.startIndex)
        }
    }

    /// Rewrites the relative paths the case names (`prices`, `clinic.logo`, each image `file`) so they
    /// point at the same files from `target` as they did from `source`.
    mutating func rebasePaths(from source: URL, to target: URL) {
        guard source.standardizedFileURL != target.standardizedFileURL, var mapping = root.mapping else { return }
        func rebase(_ node: Node?) -> Node? {
            guard let text = node?.scalar?.string, !text.hasPrefix("/"), !FileDigest.isReference(text) else { return node }
            let file = source.appendingPathComponent(text).standardizedFileURL
            return Node(Self.relativePath(of: file, from: target.standardizedFileURL), Tag(.implicit), .doubleQuoted)
        }
        mapping["prices"] = rebase(mapping["prices"])
        if var clinic = mapping["clinic"]?.mapping, clinic["logo"] != nil {
            clinic["logo"] = rebase(clinic["logo"])
            mapping["clinic"] = .mapping(clinic)
        }
        if var imaging = mapping["imaging"]?.mapping {
            for key in ["xrays", "photos"] {
                guard let list = imaging[key]?.sequence else { continue }
                imaging[key] = .sequence(Node.Sequence(list.map { entry in
                    guard var fields = entry.mapping else { return entry }
                    fields["file"] = rebase(fields["file"])
                    return .mapping(fields)
                }, list.tag, list.style))
            }
            mapping["imaging"] = .mapping(imaging)
        }
        root = .mapping(mapping)
    }

    /// The document as JSON (`asJSON`) or YAML text.
    func text(asJSON: Bool) throws(InputError) -> String {
        if asJSON { return JSONText.write(root) + "\n" }
        do {
            return try Yams.serialize(node: root, width: -1, allowUnicode: true)
        } catch {
            throw InputError(file: file, message: "cannot write the fixed case as YAML: \(error)")
        }
    }

    /// `file` as a path relative to the folder `folder`, both absolute and standardized.
    static func relativePath(of file: URL, from folder: URL) -> String {
        let to = file.pathComponents, from = folder.pathComponents
        var common = 0
        while common < min(to.count, from.count) && to[common] == from[common] { common += 1 }
        return (Array(repeating: "..", count: from.count - common) + to[common...]).joined(separator: "/")
    }

    private mutating func editVisits(of variant: Int,
                                     _ edit: (inout Node.Sequence) throws(InputError) -> Void) throws(InputError) {
        guard var mapping = root.mapping, var variants = mapping["variants"]?.sequence,
              variants.indices.contains(variant), var fields = variants[variant].mapping,
              var visits = fields["visits"]?.sequence else { throw unexpected("variants[\(variant)].visits") }
        try edit(&visits)
        fields["visits"] = .sequence(visits)
        variants[variant] = .mapping(fields)
        mapping["variants"] = .sequence(variants)
        root = .mapping(mapping)
    }

    /// An added item as the user would write it: `{teeth: 46, code: DIG, solution: Rubber dam}`, with its
    /// surfaces, quantity and problem when it has them.
    func node(for item: PlanItem) -> Node {
        let teeth: Node
        switch item.teeth {
        case .teeth(let list) where list.count == 1: teeth = Node(notation.format(list[0]))
        case .teeth(let list): teeth = .sequence(Node.Sequence(list.map { Node(notation.format($0)) }))
        case .range(let from, let to): teeth = Node("\(notation.format(from))-\(notation.format(to))")
        case .jaw(let jaw): teeth = Node(jaw.rawValue)
        case .wholeMouth: teeth = Node("all")
        }
        var pairs: [(Node, Node)] = [(Node("teeth"), teeth), (Node("code"), Node(item.code))]
        if !item.surfaces.isEmpty { pairs.append((Node("surfaces"), Node(Surface.letters(item.surfaces)))) }
        if let quantity = item.quantity { pairs.append((Node("quantity"), Node(String(quantity)))) }
        if let problem = item.problem { pairs.append((Node("problem"), Node(problem))) }
        if let solution = item.solution { pairs.append((Node("solution"), Node(solution))) }
        return .mapping(Node.Mapping(pairs))
    }

    /// The document lacks a part the loader already checked: only a changed file can cause it.
    private func unexpected(_ path: String) -> InputError {
        InputError(file: file, path: path, message: "the case changed while it was being fixed")
    }
}
