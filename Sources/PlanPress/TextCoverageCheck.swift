import DentalModel
import Graphics
import Yams

/// Refuses, before anything is laid out, a case whose text holds a character no shipped font draws: the
/// booklet would print a box in its place. The error names the field and the code points.
enum TextCoverageCheck {
    /// Checks every text value of the case document `root` (from `file`) against `fonts`.
    static func check(_ root: NodeCursor, fonts: FontLibrary) throws(PlanPressError) {
        var failure: InputError?
        // Where the walk is, spelled out as a field path (`variants[0].name`) only for an error.
        var trail: [FieldStep] = []
        func visit(_ node: Node) {
            guard failure == nil else { return }
            switch node {
            case let .scalar(scalar):
                guard !fonts.mainFontsCover(scalar.string) else { return }
                guard let missing = try? fonts.uncovered(in: scalar.string), !missing.isEmpty else { return }
                let points = missing.prefix(8).map(NodeCursor.codePoint).joined(separator: ", ")
                failure = InputError(file: root.file, line: node.mark?.line, column: node.mark?.column,
                                     path: FieldStep.path(trail),
                                     message: "no shipped font has \(missing.count == 1 ? "the character" : "the characters") \(points)")
            case let .mapping(mapping):
                for (key, value) in mapping {
                    trail.append(.key(key.scalar?.string ?? "?"))
                    visit(value)
                    trail.removeLast()
                }
            case let .sequence(sequence):
                for (index, element) in sequence.enumerated() {
                    trail.append(.index(index))
                    visit(element)
                    trail.removeLast()
                }
            case .alias:
                break
            }
        }
        visit(root.node)
        if let failure { throw .input(failure) }
    }
}

/// One step into a document: a mapping's key or a list's index.
private enum FieldStep {
    case key(String)
    case index(Int)

    /// `steps` as errors name a field: `variants[0].visits[1].title`.
    static func path(_ steps: [FieldStep]) -> String {
        var path = ""
        for step in steps {
            switch step {
            case let .key(name): path += path.isEmpty ? name : "." + name
            case let .index(index): path += "[\(index)]"
            }
        }
        return path
    }
}
