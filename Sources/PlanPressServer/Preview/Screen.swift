import Graphics

/// One screen a preview asks for: page `page` of the booklet in `template`, `width` pixels wide.
public struct ScreenRequest: Sendable, Hashable {
    /// The page, from 1.
    public var page: Int
    /// The PNG's width in pixels (the browser's width × devicePixelRatio); the height follows the page.
    public var width: Int
    /// A template name, or `nil` for the session's.
    public var template: String?
    /// Show only this variant (from 1), or `nil` for all.
    public var variant: Int?
    /// When the render must stop.
    public var deadline: Deadline = .never

    /// The widths a screen may be: a phone's to a 4K display's at 1.5×.
    public static let widths: ClosedRange<Int> = 200...6000

    /// Creates a request.
    public init(page: Int, width: Int, template: String? = nil, variant: Int? = nil) {
        self.page = page
        self.width = width
        self.template = template
        self.variant = variant
    }
}

/// A rendered screen and where the before/after toggle leads in its booklet.
public struct Screen: Sendable {
    /// The page as PNG.
    public var png: [UInt8]
    /// Pages in the booklet.
    public var pageCount: Int
    /// The page showing the teeth today: the last page before the first variant's (`nil` when there is none).
    public var beforePage: Int?
    /// The page showing the first variant shown, with its after-chart (`nil` when there is none).
    public var afterPage: Int?

    /// Creates a screen.
    public init(png: [UInt8], pageCount: Int, beforePage: Int? = nil, afterPage: Int? = nil) {
        self.png = png
        self.pageCount = pageCount
        self.beforePage = beforePage
        self.afterPage = afterPage
    }
}
