/// A 1-based line and column in a source file.
public struct SourcePosition: Sendable, Hashable, Codable {
    /// Line, from 1.
    public var line: Int
    /// Column in Unicode scalars, from 1.
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
