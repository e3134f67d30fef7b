import Yams

/// How much one YAML or JSON document may hold, so that no input can cost unbounded time or memory.
///
/// The parse limits (`maximumDocumentBytes`, `maximumValues`, `maximumDepth`, `maximumTextLength`) apply to
/// every document PlanPress reads; the content limits (`maximumVisitsPerVariant`, `maximumItemsPerVisit`,
/// `maximumShortTextLength`) to case files. The CLI and the service use the same `standard` limits. Each is
/// checked before the document is read any further, and a document over one is refused with an
/// `InputError` naming the limit.
///
/// A YAML alias repeats the whole value it names: a few kilobytes of nested aliases (“billion laughs”) stand
/// for billions of values. The parser keeps one copy of each anchored value, and `check(tree:)` counts what
/// the aliases stand for, stopping as soon as the count passes `maximumValues`, so such a document is refused
/// after reading at most that many values.
public struct InputLimits: Sendable, Hashable {
    /// Largest document, in bytes of UTF-8; 1 MB by default (a full-mouth case is about 10 KB, a variant of
    /// 500 visits about 100 KB).
    public var maximumDocumentBytes: Int
    /// Most values (scalars, lists and mappings, each alias counted as what it repeats); 200,000 by default.
    public var maximumValues: Int
    /// Deepest nesting of lists and mappings; 32 by default (a case nests 7 deep).
    public var maximumDepth: Int
    /// Longest text value, in characters; 10,000 by default.
    public var maximumTextLength: Int
    /// Longest name, title, phone or id in a case, in characters; 200 by default.
    public var maximumShortTextLength: Int
    /// Most visits in one variant; 500 by default.
    public var maximumVisitsPerVariant: Int
    /// Most items in one visit; 200 by default.
    public var maximumItemsPerVisit: Int

    /// Limits; every argument has the documented default.
    public init(maximumDocumentBytes: Int = 1_000_000, maximumValues: Int = 200_000, maximumDepth: Int = 32,
                maximumTextLength: Int = 10_000, maximumShortTextLength: Int = 200,
                maximumVisitsPerVariant: Int = 500, maximumItemsPerVisit: Int = 200) {
        self.maximumDocumentBytes = maximumDocumentBytes
        self.maximumValues = maximumValues
        self.maximumDepth = maximumDepth
        self.maximumTextLength = maximumTextLength
        self.maximumShortTextLength = maximumShortTextLength
        self.maximumVisitsPerVariant = maximumVisitsPerVariant
        self.maximumItemsPerVisit = maximumItemsPerVisit
    }

    /// The limits the CLI and the service apply.
    public static let standard = InputLimits()

    /// Refuses a document of `byteCount` bytes over `maximumDocumentBytes`, before it is parsed.
    public func check(documentBytes byteCount: Int, file: String) throws(InputError) {
        guard byteCount <= maximumDocumentBytes else {
            throw InputError(file: file, message: "the document is \(byteCount) bytes; the limit is "
                             + "\(maximumDocumentBytes) bytes (maximumDocumentBytes)")
        }
    }

    /// Walks a parsed document with its aliases expanded, refusing it at the first value past
    /// `maximumValues`, deeper than `maximumDepth` or with text longer than `maximumTextLength`.
    public func check(tree root: Node, file: String) throws(InputError) {
        var walk = TreeWalk(limits: self, file: file)
        try walk.visit(root, depth: 0)
    }

    /// Refuses a case whose variants, visits per variant or items per visit are over the content limits,
    /// or whose names and titles are over `maximumShortTextLength`; shapes that are wrong are left to the
    /// case reader, which names them.
    public func check(case root: NodeCursor) throws(InputError) {
        for path in [["patient", "name"], ["patient", "id"], ["clinic", "name"], ["clinic", "phone"]] {
            try checkShortText(path.reduce(root as NodeCursor?) { cursor, key in try? cursor?.optional(key) })
        }
        guard let variants = try? root.optional("variants")?.list() else { return }
        guard variants.count <= DentalCase.maxVariants else {
            throw try root.required("variants").error(
                "a case has 1 to \(DentalCase.maxVariants) variants, found \(variants.count)")
        }
        for variant in variants {
            try checkShortText(try? variant.optional("name"))
            guard let visitsNode = try? variant.optional("visits"), let visits = try? visitsNode.list() else { continue }
            guard visits.count <= maximumVisitsPerVariant else {
                throw visitsNode.error("\(visits.count) visits; the limit is \(maximumVisitsPerVariant) "
                                       + "per variant (maximumVisitsPerVariant)")
            }
            for visit in visits {
                try checkShortText(try? visit.optional("title"))
                guard let itemsNode = try? visit.optional("items"), let items = try? itemsNode.list() else { continue }
                guard items.count <= maximumItemsPerVisit else {
                    throw itemsNode.error("\(items.count) items; the limit is \(maximumItemsPerVisit) "
                                          + "per visit (maximumItemsPerVisit)")
                }
            }
        }
    }

    private func checkShortText(_ cursor: NodeCursor?) throws(InputError) {
        guard let cursor, let text = cursor.node.scalar?.string, text.count > maximumShortTextLength else { return }
        throw cursor.error("\(text.count) characters; the limit is \(maximumShortTextLength) for a name, "
                           + "title, phone or id (maximumShortTextLength)")
    }
}

/// One walk over a parsed tree, counting values as `InputLimits.check(tree:file:)` describes.
private struct TreeWalk {
    let limits: InputLimits
    let file: String
    var values = 0

    init(limits: InputLimits, file: String) {
        self.limits = limits
        self.file = file
    }

    mutating func visit(_ node: Node, depth: Int) throws(InputError) {
        values += 1
        guard values <= limits.maximumValues else {
            throw error(at: node, "the document holds more than \(limits.maximumValues) values, counting what "
                        + "each alias repeats; the limit is \(limits.maximumValues) (maximumValues)")
        }
        guard depth <= limits.maximumDepth else {
            throw error(at: node, "lists and mappings nest more than \(limits.maximumDepth) deep; "
                        + "the limit is \(limits.maximumDepth) (maximumDepth)")
        }
        switch node {
        case .scalar(let scalar):
            // Counting characters is linear in the text, which the document size already bounds.
            guard scalar.string.utf8.count <= limits.maximumTextLength || scalar.string.count <= limits.maximumTextLength else {
                throw error(at: node, "a text of \(scalar.string.count) characters; the limit is "
                            + "\(limits.maximumTextLength) (maximumTextLength)")
            }
        case .mapping(let mapping):
            for (key, value) in mapping {
                try visit(key, depth: depth + 1)
                try visit(value, depth: depth + 1)
            }
        case .sequence(let sequence):
            for child in sequence { try visit(child, depth: depth + 1) }
        case .alias:
            break
        }
    }

    private func error(at node: Node, _ message: String) -> InputError {
        InputError(file: file, line: node.mark?.line, column: node.mark?.column, message: message)
    }
}
