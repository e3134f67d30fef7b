import DentalModel
import Foundation
import Graphics
import Layout

/// Marks every page of a draft as not for the patient: a red band along the top edge carrying the words
/// ("DRAFT — NOT FOR THE PATIENT" in the booklet's language), and the same words large, pale and
/// diagonal across the page, over the content and pale enough to read it through, so no page of a draft
/// passes for the patient's booklet, whether printed, shown on a screen or taken out of the PDF.
public enum DraftMarks {
    /// `document` with the mark on every page, worded from `template`'s strings in `locale`.
    public static func apply(to document: LaidOutDocument, template: Template, locale: CaseLocale,
                             text: TextEngine) throws(GraphicsError) -> LaidOutDocument {
        let label = template.strings(for: locale).plain(.draftMark)
        let color = template.palette.problem
        let family = template.typography.textFamily
        var result = document
        var cache: [Size: [Frame]] = [:]
        for index in result.pages.indices {
            let size = result.pages[index].size
            if cache[size] == nil {
                cache[size] = try marks(label, page: size, family: family, color: color, text: text)
            }
            result.pages[index].frames += cache[size] ?? []
        }
        return result
    }

    /// The band and the diagonal words for a page of `page` size.
    static func marks(_ label: String, page: Size, family: String, color: Color,
                      text: TextEngine) throws(GraphicsError) -> [Frame] {
        let bandHeight = mm(7)
        let bandStyle = TextStyle(family: family, size: 9, weight: .bold, color: .white, lineHeight: 1.2,
                                  letterSpacing: 0.9, alignment: .center)
        let band = try text.layout(.plain(label), style: bandStyle, width: page.width, maxLines: 1)
        var frames: [Frame] = [
            .shape(Shape(path: .rectangle(Rect(x: 0, y: 0, width: page.width, height: bandHeight)), fill: .color(color))),
            .text(band, origin: Point(x: 0, y: (bandHeight - band.size.height) / 2), lines: 0..<band.lines.count),
        ]
        // The diagonal words span three quarters of the page's diagonal.
        let diagonal = (page.width * page.width + page.height * page.height).squareRoot()
        let probe = try text.layout(.plain(label), style: bandStyle.sized(40))
        let size = 40 * 0.75 * diagonal / max(probe.size.width, 1)
        let words = try text.layout(.plain(label), style: TextStyle(family: family, size: size, weight: .bold,
                                                                    color: color.withAlpha(0.13), lineHeight: 1.1,
                                                                    letterSpacing: size * 0.02))
        let angle = -atan2(page.height, page.width)
        let rotation = AffineTransform(a: cos(angle), b: sin(angle), c: -sin(angle), d: cos(angle), tx: 0, ty: 0)
        let centre = AffineTransform.translation(-words.size.width / 2, -words.size.height / 2)
            .concatenating(rotation)
            .concatenating(.translation(page.width / 2, page.height / 2))
        frames.insert(.group(transform: centre, clip: nil,
                             children: [.text(words, origin: .zero, lines: 0..<words.lines.count)]), at: 0)
        return frames
    }
}

extension TextStyle {
    /// The same style at `size` points.
    fileprivate func sized(_ size: Length) -> TextStyle { var style = self; style.size = size; style.letterSpacing = size * 0.02; return style }
}
