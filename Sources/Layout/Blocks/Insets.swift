import Graphics

/// Distances inside the four edges of a rectangle: padding, margins.
public struct Insets: Hashable, Sendable {
    public var top: Length
    public var right: Length
    public var bottom: Length
    public var left: Length

    public init(top: Length, right: Length, bottom: Length, left: Length) {
        self.top = top; self.right = right; self.bottom = bottom; self.left = left
    }

    /// The same distance on every side.
    public init(_ all: Length) { self.init(top: all, right: all, bottom: all, left: all) }

    /// `horizontal` left and right, `vertical` top and bottom.
    public init(horizontal: Length, vertical: Length) {
        self.init(top: vertical, right: horizontal, bottom: vertical, left: horizontal)
    }

    public static let zero = Insets(0)

    /// Left plus right.
    public var horizontal: Length { left + right }
    /// Top plus bottom.
    public var vertical: Length { top + bottom }
}

extension Rect {
    /// The rectangle shrunk by `insets`.
    public func inset(by insets: Insets) -> Rect {
        inset(top: insets.top, right: insets.right, bottom: insets.bottom, left: insets.left)
    }
}
