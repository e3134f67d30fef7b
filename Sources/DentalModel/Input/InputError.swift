/// The one error every loader in PlanPress throws for input it cannot accept.
///
/// It names the file, where in the file (a `line:column` from the YAML/JSON parser when
/// known, and a JSON-path-like `variants[1].visits[0].items[2].code`), and a short problem.
/// `description` reads like a compiler diagnostic:
///
///     full-mouth.yaml:42:9: variants[0].visits[1].items[0].teeth: unknown tooth 19 (FDI: permanent 11–48, primary 51–85)
public struct InputError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file's name as given to the loader (usually its last path component).
    public var file: String
    /// 1-based line, when the parser knows it.
    public var line: Int?
    /// 1-based column (in Unicode scalars), when the parser knows it.
    public var column: Int?
    /// A JSON-path-like address inside the document, empty for the document as a whole.
    public var path: String
    /// What is wrong, in one short English sentence fragment.
    public var message: String

    /// Creates an error; `line` and `column` are optional because a path alone can locate it.
    public init(file: String, line: Int? = nil, column: Int? = nil, path: String = "", message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    /// `line:column` when known, otherwise the path, otherwise empty.
    public var location: String {
        if let line {
            return column.map { "\(line):\($0)" } ?? "\(line)"
        }
        return path
    }

    /// `file:line:column: path: message`, leaving out the parts that are unknown.
    public var description: String {
        var parts = [file]
        if let line {
            parts.append(String(line))
            if let column { parts.append(String(column)) }
        }
        var text = parts.joined(separator: ":") + ": "
        if !path.isEmpty { text += path + ": " }
        return text + message
    }
}
