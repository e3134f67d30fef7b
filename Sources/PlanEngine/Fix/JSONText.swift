import Yams

/// Writes a parsed JSON document back as JSON, two spaces per level, members in document order.
///
/// A plain scalar that reads as a JSON number, `true`, `false` or `null` is written as is (the loader
/// read it from JSON, or `--fix` made it); every other scalar becomes a JSON string.
enum JSONText {
    static func write(_ node: Node, indent: String = "") -> String {
        let inner = indent + "  "
        switch node {
        case .mapping(let mapping):
            guard !mapping.isEmpty else { return "{}" }
            let members = mapping.map { key, value in
                inner + quoted(key.scalar?.string ?? "") + ": " + write(value, indent: inner)
            }
            return "{\n" + members.joined(separator: ",\n") + "\n" + indent + "}"
        case .sequence(let sequence):
            guard !sequence.isEmpty else { return "[]" }
            return "[\n" + sequence.map { inner + write($0, indent: inner) }.joined(separator: ",\n") + "\n" + indent + "]"
        case .scalar(let scalar):
            let isPlain = scalar.style == .plain || scalar.style == .any
            return isPlain && isLiteral(scalar.string) ? scalar.string : quoted(scalar.string)
        case .alias:
            return "null"
        }
    }

    /// A JSON number, `true`, `false` or `null`.
    private static func isLiteral(_ text: String) -> Bool {
        ["true", "false", "null"].contains(text)
            || text.wholeMatch(of: /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/) != nil
    }

    /// `text` as a JSON string: quotes, backslashes and control characters escaped, the rest as is. A line
    /// break, return or tab is written `\n`, `\r`, `\t`, as people and JSON tools write them, since a fixed
    /// case is a file the clinic reads and edits again. The fingerprint's `CanonicalJSON.quoted` differs on
    /// purpose: its `\u000a` form is fixed by docs/fingerprint.md, and neither may follow the other.
    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
