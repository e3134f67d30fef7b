import DentalModel
import Graphics
import Yams

/// Refuses, before anything is laid out, a case whose text holds a character no shipped font draws: the
/// booklet would print a box in its place. The error names the field and the code points.
enum TextCoverageCheck {
    /// Checks every text value of the case document `root` (from `file`) against `fonts`.
    static func check(_ root: NodeCursor, fonts: FontLibrary) throws(PlanPressError) {
        var failure: InputError?
        func visit(_ node: Node, _ path: String) {
            guard failure == nil else { return }
            switch node {
            case let .scalar(scalar):
                guard !fonts.mainFontsCover(scalar.string) else { return }
                guard let missing = try? fonts.uncovered(in: scalar.string), !missing.isEmpty else { return }
                let points = missing.prefix(8).map(NodeCursor.codePoint).joined(separator: ", ")
                failure = InputError(file: root.file, line: node.mark?.line, column: node.mark?.column, path: path,
                                     message: "no shipped font has \(missing.count == 1 ? "the character" : "the characters") \(points)")
            case let .mapping(mapping):
                for (key, value) in mapping {
                    let name = key.scalar?.string ?? "?"
                    visit(value, path.isEmpty ? name : "\(path).\(name)")
                }
            case let .sequence(sequence):
                for (index, element) in sequence.enumerated() { visit(element, "\(path)[\(index)]") }
            case .alias:
                break
            }
        }
        visit(root.node, "")
        if let failure { throw .input(failure) }
    }
}
