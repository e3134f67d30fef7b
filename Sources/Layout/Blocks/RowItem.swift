/// One column of a `Block.row`: its width and its content.
public struct RowItem {
    public var width: ColumnWidth
    public var block: Block

    public init(_ width: ColumnWidth, _ block: Block) {
        self.width = width; self.block = block
    }
}
