import Graphics

/// Measured paragraphs by (content, style, width, line limit): a repeated label (a tooth number, "₽") is
/// shaped once, and a paragraph laid out again after a page break decision is not measured twice.
/// Bounded: when full it starts over.
struct TextCache {
    private struct Key: Hashable {
        var content: TextContent
        var style: TextStyle
        var width: Length
        var maxLines: Int?
    }

    private var blocks: [Key: TextBlock] = [:]
    let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    /// The cached block, or a new one measured by `engine`.
    mutating func block(_ content: TextContent, style: TextStyle, width: Length, maxLines: Int?,
                        engine: TextEngine) throws(GraphicsError) -> TextBlock {
        let key = Key(content: content, style: style, width: width, maxLines: maxLines)
        if let block = blocks[key] { return block }
        let block = try engine.layout(content, style: style, width: width, maxLines: maxLines)
        if blocks.count >= capacity { blocks.removeAll(keepingCapacity: true) }
        blocks[key] = block
        return block
    }
}
