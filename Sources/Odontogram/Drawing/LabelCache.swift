import Graphics

/// Shapes each distinct short label (tooth numbers, visit figures) once per chart.
struct LabelCache {
    let engine: TextEngine
    private var blocks: [Key: TextBlock] = [:]

    init(engine: TextEngine) { self.engine = engine }

    private struct Key: Hashable {
        var text: String
        var style: TextStyle
    }

    /// The measured block of `text` in `style`.
    mutating func block(_ text: String, style: TextStyle) throws(GraphicsError) -> TextBlock {
        let key = Key(text: text, style: style)
        if let block = blocks[key] { return block }
        let block = try engine.layout(.plain(text), style: style)
        blocks[key] = block
        return block
    }
}
