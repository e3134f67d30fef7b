import Graphics
import Layout

/// The paper (or screen) a template prints on: trimmed page size, safe margins and the print shop's
/// extras. Every length is in points; the template file writes millimetres.
public struct PageSetup: Hashable, Sendable {
    /// The trimmed page, already turned for the orientation.
    public var size: Size
    /// The area text and pictures stay inside.
    public var margins: Insets
    /// Extra paper around the trimmed page that full-bleed backgrounds run into; zero for screen.
    public var bleed: Length
    /// Whether crop marks are drawn in the bleed area (needs a bleed of at least 3 mm).
    public var cropMarks: Bool

    /// Creates a page setup.
    public init(size: Size, margins: Insets, bleed: Length = 0, cropMarks: Bool = false) {
        self.size = size; self.margins = margins; self.bleed = bleed; self.cropMarks = cropMarks
    }

    /// The size of the sheet the PDF page has: the trimmed page plus bleed on every side.
    public var mediaSize: Size { Size(width: size.width + 2 * bleed, height: size.height + 2 * bleed) }

    /// The text area of the trimmed page, in trimmed-page coordinates.
    public var contentRect: Rect {
        Rect(x: margins.left, y: margins.top, width: size.width - margins.left - margins.right,
             height: size.height - margins.top - margins.bottom)
    }

    /// The named paper sizes a template may write, portrait, in millimetres.
    static let namedSizes: [String: (width: Double, height: Double)] = [
        "A4": (210, 297), "A5": (148, 210), "letter": (215.9, 279.4),
        // A 16:9 screen the size of a 15.6" laptop panel, for the chairside preview.
        "screen": (190.5, 338.7),
    ]
}
