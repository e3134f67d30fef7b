import Graphics

/// The type scale of a template: two families and four sizes on a baseline grid.
public struct Typography: Hashable, Sendable {
    /// The family for running text, tables and figures (Inter).
    public var textFamily: String
    /// The family for display titles (Noto Serif).
    public var displayFamily: String
    /// The baseline unit every vertical distance is a multiple of, in points.
    public var baseline: Length
    /// Cover and section titles.
    public var display: Length
    /// Headings inside a section.
    public var heading: Length
    /// Running text and table cells.
    public var body: Length
    /// Captions, codes, footers.
    public var small: Length

    /// Creates a type scale.
    public init(textFamily: String, displayFamily: String, baseline: Length, display: Length, heading: Length,
                body: Length, small: Length) {
        self.textFamily = textFamily; self.displayFamily = displayFamily; self.baseline = baseline
        self.display = display; self.heading = heading; self.body = body; self.small = small
    }

    /// `count` baseline units.
    public func lines(_ count: Double) -> Length { baseline * count }
}
