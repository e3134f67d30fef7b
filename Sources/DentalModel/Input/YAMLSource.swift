import Foundation
import Yams

/// Reads a YAML or JSON file into a `NodeCursor`, turning every parser failure into an `InputError`.
///
/// JSON is read by the same YAML parser (JSON is, for the documents PlanPress reads, a subset of
/// YAML), so numbers keep their literal source text and every node keeps its line and column.
public enum YAMLSource {
    /// Parses `text`, naming it `fileName` in errors. An empty document is an error, and so is a control
    /// character (NUL included: it would end the parser's input), named with the field that holds it. A
    /// JSON document is held to JSON: a trailing comma is an error, and errors say JSON. A document over
    /// `limits` is refused before and right after parsing, before anything reads the tree.
    public static func parse(_ text: String, fileName: String,
                             limits: InputLimits = .standard) throws(InputError) -> NodeCursor {
        try limits.check(documentBytes: text.utf8.count, file: fileName)
        let isJSON = looksLikeJSON(text)
        let control = RawTextCheck.firstControlCharacter(in: text)
        if isJSON, let comma = RawTextCheck.trailingComma(inJSON: text) {
            throw InputError(file: fileName, line: comma.line, column: comma.column,
                             message: "malformed JSON: a trailing comma before a closing bracket or brace")
        }
        var source = control == nil ? text : RawTextCheck.blanked(text)
        if isJSON { source = spacingTabs(source) }
        let root: Node?
        do {
            // Every value is read from its text (`NodeCursor`), so no plain scalar needs its implied type
            // (int, float, bool, timestamp): the basic resolver spares the regular expressions Yams would run
            // on every scalar, for every key it compares, which were a tenth of a warm render.
            root = try Yams.compose(yaml: source, .basic)
        } catch let error as YamlError {
            throw inputError(from: error, fileName: fileName, format: isJSON ? "JSON" : "YAML")
        } catch {
            throw InputError(file: fileName, message: "cannot parse: \(error)")
        }
        guard let root else {
            throw InputError(file: fileName, line: 1, column: 1, message: "the document is empty")
        }
        try limits.check(tree: root, file: fileName)
        if let control {
            throw InputError(file: fileName, line: control.line, column: control.column,
                             path: RawTextCheck.field(at: control.line, control.column, in: root),
                             message: "control character \(NodeCursor.codePoint(control.scalar)) is not allowed in text")
        }
        return NodeCursor(node: root, file: fileName, path: "")
    }

    /// `json` with each tab made a space (YAML takes no tab where JSON allows white space), copied only
    /// when it holds a tab: most documents hold none, and the byte search is far cheaper than Foundation's
    /// replacement.
    private static func spacingTabs(_ json: String) -> String {
        guard json.utf8.contains(0x09) else { return json }
        return String(decoding: json.utf8.map { $0 == 0x09 ? 0x20 : $0 }, as: UTF8.self)
    }

    /// Reads and parses the file at `url`; an unreadable or non-UTF-8 file is an `InputError`.
    public static func load(_ url: URL) throws(InputError) -> NodeCursor {
        let text = try readText(url)
        return try parse(text, fileName: url.lastPathComponent)
    }

    /// Reads the file at `url` as UTF-8 text, or throws an `InputError` naming it; a file over
    /// `limits.maximumDocumentBytes` is refused from its size, before it is read.
    public static func readText(_ url: URL, limits: InputLimits = .standard) throws(InputError) -> String {
        let file = DiskFile(path: url.path)
        try limits.check(documentBytes: file.size ?? 0, file: url.lastPathComponent)
        guard let bytes = file.bytes() else {
            throw InputError(file: url.lastPathComponent, message: "cannot read \(url.path): no such file or not readable")
        }
        return try text(bytes, fileName: url.lastPathComponent, limits: limits)
    }

    /// `bytes` as UTF-8 text without a leading byte order mark, or an `InputError` naming `fileName`: over
    /// `limits.maximumDocumentBytes`, or not UTF-8.
    public static func text(_ bytes: [UInt8], fileName: String, limits: InputLimits = .standard) throws(InputError) -> String {
        try limits.check(documentBytes: bytes.count, file: fileName)
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        guard let text = String(validating: bytes.starts(with: byteOrderMark) ? bytes.dropFirst(3) : bytes[...],
                                as: UTF8.self) else {
            throw InputError(file: fileName, message: "the file is not UTF-8 text")
        }
        return text
    }

    /// True when `text` is a JSON document (its first non-blank character opens an object or array).
    /// JSON may indent with tabs, which YAML forbids, so `parse` reads such tabs as spaces.
    public static func looksLikeJSON(_ text: String) -> Bool {
        text.first(where: { !$0.isWhitespace }).map { $0 == "{" || $0 == "[" } ?? false
    }

    private static func inputError(from error: YamlError, fileName: String, format: String) -> InputError {
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            return InputError(file: fileName, line: mark.line, column: mark.column,
                              message: "malformed \(format): \(prefix)\(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return InputError(file: fileName, line: context.mark.line, column: context.mark.column,
                              message: "duplicated key \(duplicates.joined(separator: ", "))")
        case let .reader(problem, _, _, _):
            return InputError(file: fileName, message: "unreadable text: \(problem)")
        default:
            return InputError(file: fileName, message: "malformed \(format): \(error)")
        }
    }
}
