import Yams

/// The canonical text of a parsed YAML or JSON document, the same for the same values whatever the file's
/// format, layout, key order or quoting: compact JSON with mapping keys sorted by their UTF-8 bytes and
/// every scalar written as a JSON string of its source text (`1`, `"1"` and `'1'` are all `"1"`), except a
/// YAML/JSON null, written `null`. A node whose path is in `substitutes` is written as the string given
/// there instead (the fingerprint puts a file's digest in place of its name).
enum CanonicalJSON {
    /// The canonical text of `node`, at `path` (`""` for the root).
    static func text(_ node: Node, path: String = "", substitutes: [String: String] = [:]) -> String {
        var output = ""
        write(node, path: path, substitutes: substitutes, to: &output)
        return output
    }

    private static func write(_ node: Node, path: String, substitutes: [String: String], to output: inout String) {
        if let substitute = substitutes[path] {
            output += quoted(substitute)
            return
        }
        switch node {
        case let .scalar(scalar):
            let isNull = scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
            output += isNull ? "null" : quoted(scalar.string)
        case let .mapping(mapping):
            let pairs = mapping.map { (key: $0.key.scalar?.string ?? text($0.key), value: $0.value) }
                .sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
            output += "{"
            for (index, pair) in pairs.enumerated() {
                if index > 0 { output += "," }
                output += quoted(pair.key) + ":"
                write(pair.value, path: path.isEmpty ? pair.key : "\(path).\(pair.key)", substitutes: substitutes, to: &output)
            }
            output += "}"
        case let .sequence(sequence):
            output += "["
            for (index, element) in sequence.enumerated() {
                if index > 0 { output += "," }
                write(element, path: "\(path)[\(index)]", substitutes: substitutes, to: &output)
            }
            output += "]"
        case .alias:
            output += "null"  // the composer resolves aliases to their nodes; none is left to write
        }
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\u00XX`, everything else as itself.
    /// Unlike `JSONText.quoted` (validate --fix), a line break is `\u000a`, not `\n`: this is the form
    /// docs/fingerprint.md specifies, and writing it another way would change the fingerprint of every
    /// booklet whose case has a multi-line value, so a copy signed before could no longer be checked.
    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
