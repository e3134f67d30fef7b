import Graphics

extension Rect {
    /// The horizontal centre.
    var midX: Length { minX + width / 2 }
    /// The vertical centre.
    var midY: Length { minY + height / 2 }
}
