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
        // Paths are spelled out only on the way to a substitute: most of a case has none below it.
        var ways: Set<String> = []
        for key in substitutes.keys {
            var end = key.endIndex
            while let cut = key[..<end].lastIndex(where: { $0 == "." || $0 == "[" }) {
                ways.insert(String(key[..<cut]))
                end = cut
            }
        }
        write(node, path: path, substitutes: substitutes, ways: ways, to: &output)
        return output
    }

    /// Writes `node`, at `path` when a substitute may lie at or below it (`nil` when none does).
    private static func write(_ node: Node, path: String?, substitutes: [String: String], ways: Set<String>,
                              to output: inout String) {
        if let path, let substitute = substitutes[path] {
            append(quoted: substitute, to: &output)
            return
        }
        // The path children are written at, when a substitute may lie below this node.
        let base = path.flatMap { $0.isEmpty || ways.contains($0) ? $0 : nil }
        switch node {
        case let .scalar(scalar):
            let isNull = scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
            if isNull { output += "null" } else { append(quoted: scalar.string, to: &output) }
        case let .mapping(mapping):
            let pairs = mapping.map { (key: $0.key.scalar?.string ?? text($0.key), value: $0.value) }
                .sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            output += "{"
            for (index, pair) in pairs.enumerated() {
                if index > 0 { output += "," }
                append(quoted: pair.key, to: &output)
                output += ":"
                let child = base.map { $0.isEmpty ? pair.key : "\($0).\(pair.key)" }
                write(pair.value, path: child, substitutes: substitutes, ways: ways, to: &output)
            }
            output += "}"
        case let .sequence(sequence):
            output += "["
            for (index, element) in sequence.enumerated() {
                if index > 0 { output += "," }
                write(element, path: base.map { "\($0)[\(index)]" }, substitutes: substitutes, ways: ways, to: &output)
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
    private static func append(quoted text: String, to output: inout String) {
        output += "\""
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
