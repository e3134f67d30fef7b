import Graphics
import Layout

/// Turns trimmed pages into print-shop sheets: each page grows by the template's bleed on every side,
/// its content moves in by the bleed, and, when the template asks, crop marks are drawn in the bleed at
/// the four trim corners (hairlines that stop short of the trimmed page so they are cut away). Each sheet
/// names its trimmed page (`Page.trimBox`), which the PDF declares as its TrimBox; the marks are artifacts
/// to a screen reader.
public enum PrintMarks {
    /// `document` on sheets of `page.mediaSize`; unchanged when the template has no bleed.
    public static func apply(_ page: PageSetup, to document: LaidOutDocument) -> LaidOutDocument {
        guard page.bleed > 0 else { return document }
        var result = document
        result.pages = document.pages.map { trimmed in
            let trim = Rect(origin: Point(x: page.bleed, y: page.bleed), size: trimmed.size)
            var sheet = Page(size: Size(width: trimmed.size.width + 2 * page.bleed, height: trimmed.size.height + 2 * page.bleed),
                             frames: trimmed.frames.map { $0.offsetBy(dx: page.bleed, dy: page.bleed) },
                             contentBox: trimmed.contentBox.offsetBy(dx: page.bleed, dy: page.bleed), trimBox: trim)
            if page.cropMarks { sheet.frames += Frame.structured(.artifact, marks(trim: trim, bleed: page.bleed)) }
            return sheet
        }
        return result
    }

    /// Eight hairlines: at each corner one horizontal and one vertical, in line with the trim edges,
    /// from the sheet's edge to 1 mm short of the trimmed page.
    static func marks(trim: Rect, bleed: Length) -> [Frame] {
        let gap = mm(1), stroke = Stroke(color: .black, width: 0.25)
        var frames: [Frame] = []
        for x in [trim.minX, trim.maxX] {
            for y in [trim.minY, trim.maxY] {
                let outX: Length = x == trim.minX ? -1 : 1, outY: Length = y == trim.minY ? -1 : 1
                frames.append(.shape(Shape(path: .line(from: Point(x: x + outX * gap, y: y), to: Point(x: x + outX * bleed, y: y)),
                                           stroke: stroke)))
                frames.append(.shape(Shape(path: .line(from: Point(x: x, y: y + outY * gap), to: Point(x: x, y: y + outY * bleed)),
                                           stroke: stroke)))
            }
        }
        return frames
    }
}
