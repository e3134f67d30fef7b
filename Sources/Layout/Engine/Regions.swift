import Graphics

/// Where a block may go: the rest of the current region (`first`), then as many regions of height `full`
/// as it needs, all `width` wide. A region is the body of a page, or the inside of a box or cell on it.
struct Regions {
    var width: Length
    var first: Length
    var full: Length
    /// Whether the block may leave the first region empty for a better break (keep a row whole, avoid an
    /// orphan line). False when the first region is a fresh page: moving would gain nothing.
    var mayPush: Bool

    /// One region with no height limit: measuring a block whole.
    static func unbounded(width: Length) -> Regions {
        Regions(width: width, first: .infinity, full: .infinity, mayPush: false)
    }

    var isUnbounded: Bool { first == .infinity }

    /// Whether a block of `height` fits the first region.
    func fitsFirst(_ height: Length) -> Bool { height <= first + Self.tolerance }

    /// Whether a block of `height` fits a whole region.
    func fitsFull(_ height: Length) -> Bool { height <= full + Self.tolerance }

    /// The same regions with `insets` taken off every side.
    func inset(by insets: Insets) -> Regions {
        Regions(width: max(0, width - insets.horizontal), first: first - insets.vertical, full: full - insets.vertical,
                mayPush: mayPush)
    }

    /// Rounding slack when comparing heights.
    static let tolerance: Length = 0.001
}
