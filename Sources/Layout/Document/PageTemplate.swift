import Graphics

/// The shape of a page: size, margins, and an optional header and footer.
///
/// The content box is the page inside `margins`. The header takes the top `header.height` of it and the
/// footer the bottom `footer.height`; the body flows in between, `spacing` away from each band.
public struct PageTemplate {
    public var size: Size
    public var margins: Insets
    public var header: PageBand?
    public var footer: PageBand?

    public init(size: Size = .a4, margins: Insets = Insets(mm(18)), header: PageBand? = nil, footer: PageBand? = nil) {
        self.size = size; self.margins = margins; self.header = header; self.footer = footer
    }

    /// The page inside its margins.
    public var contentBox: Rect { Rect(origin: .zero, size: size).inset(by: margins) }
}

/// A header or footer: a band of fixed height whose content is built for each page once the page count is
/// known, so it can say "page 3 of 12".
public struct PageBand {
    public var height: Length
    /// Space between the band and the body.
    public var spacing: Length
    public var content: (PageInfo) -> Block

    public init(height: Length, spacing: Length = 0, content: @escaping (PageInfo) -> Block) {
        self.height = height; self.spacing = spacing; self.content = content
    }
}

/// Which page a header or footer is being built for.
public struct PageInfo: Hashable, Sendable {
    /// 1-based, counted through the whole document.
    public var number: Int
    /// Pages in the whole document.
    public var count: Int
    /// Index of the page's section in `Document.sections`.
    public var section: Int
    /// 1-based, counted within the section.
    public var numberInSection: Int

    public init(number: Int, count: Int, section: Int, numberInSection: Int) {
        self.number = number; self.count = count; self.section = section; self.numberInSection = numberInSection
    }
}
