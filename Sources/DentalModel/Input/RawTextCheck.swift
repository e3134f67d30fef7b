import Yams

/// Checks a document's raw text before and after the YAML parser sees it, for what the parser would
/// silently get wrong: a NUL ends libyaml's input (the rest of the file would vanish), other control
/// characters stop it with a message that names no field, and a JSON file may hold trailing commas that
/// YAML's flow style accepts.
enum RawTextCheck {
    /// The first character that may not appear in a case file, with its 1-based line and column: C0 controls
    /// but tab, line feed and carriage return; DEL; C1 controls.
    static func firstControlCharacter(in text: String) -> (scalar: Unicode.Scalar, line: Int, column: Int)? {
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            if isForbidden(scalar) { return (scalar, line, column) }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return nil
    }

    /// Whether `scalar` is a control character no text in a case may hold (tab and line breaks are allowed).
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || (0x7F...0x9F).contains(value)
    }

    /// `text` with every forbidden control character replaced by a space, so the parser reads it whole and
    /// the error can name the field holding it.
    static func blanked(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { isForbidden($0) ? " " : $0 }))
    }

    /// The path of the innermost node that starts at or before `line`:`column` (the one holding it).
    static func field(at line: Int, _ column: Int, in node: Node, path: String = "") -> String {
        var best = path
        func visit(_ node: Node, _ path: String) {
            guard let mark = node.mark, (mark.line, mark.column) <= (line, column) else { return }
            best = path
            switch node {
            case let .mapping(mapping):
                for (key, value) in mapping {
                    let name = key.scalar?.string ?? "?"
                    visit(value, path.isEmpty ? name : "\(path).\(name)")
                }
            case let .sequence(sequence):
                for (index, element) in sequence.enumerated() { visit(element, "\(path)[\(index)]") }
            default: break
            }
        }
        visit(node, path)
        return best
    }

    /// The line and column of the first comma that only spaces separate from a closing `}` or `]`, outside
    /// strings: JSON forbids it, YAML's flow style would read it.
    static func trailingComma(inJSON text: String) -> (line: Int, column: Int)? {
        var line = 1, column = 1
        var inString = false, escaped = false
        var pendingComma: (line: Int, column: Int)?
        for scalar in text.unicodeScalars {
            defer { if scalar == "\n" { line += 1; column = 1 } else { column += 1 } }
            if inString {
                if escaped { escaped = false } else if scalar == "\\" { escaped = true } else if scalar == "\"" { inString = false }
                continue
            }
            switch scalar {
            case "\"": inString = true; pendingComma = nil
            case ",": pendingComma = (line, column)
            case "}", "]": if let pendingComma { return pendingComma }
            case " ", "\t", "\n", "\r": break
            default: pendingComma = nil
            }
        }
        return nil
    }
}
