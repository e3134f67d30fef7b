import Foundation
import Graphics
import Layout

/// A hand-built two-page document exercising every frame kind the painter knows, independent of layout
/// and of the booklet: text (Cyrillic, and markup-looking case text shown literally), every fill kind,
/// a dashed stroke, a rotated and clipped group, an EXIF-rotated photo, the same photo on two pages,
/// a link to an anchor on page 2 and an outline.
struct SampleDocument {
    /// Page 1 is portrait, page 2 landscape and smaller: every page keeps its own size.
    static let firstPageSize = Size(width: 360, height: 260)
    static let secondPageSize = Size(width: 240, height: 160)

    let smile: Image
    let sideways: Image
    let engine: TextEngine

    init() throws {
        engine = try TestRepository.textEngine()
        smile = try Image(contentsOf: TestRepository.path("Fixtures/images/photo-smile.jpg"), name: "photo-smile.jpg")
        sideways = try Image(contentsOf: TestRepository.path("Fixtures/images/photo-left.jpg"), name: "photo-left.jpg")
    }

    /// The whole document.
    func document() throws -> LaidOutDocument {
        LaidOutDocument(
            pages: [try firstPage(), try secondPage()],
            metadata: PDFMetadata(title: "Образец — Sample", author: "PlanPress tests", subject: "Frames",
                                  creationDate: "2026-11-23T00:00:00Z"),
            outline: [OutlineEntry(title: "Начало", anchor: "top", children: [OutlineEntry(title: "Details", anchor: "details")])])
    }

    /// Page 1: text, the fills, a group, the upright photo, a link.
    func firstPage(includingPatterns: Bool = true) throws -> Page {
        let title = try engine.layout(.plain("Соколова Марина — 158 500 ₽"), style: TextStyle(size: 13, weight: .semibold))
        let literal = try engine.layout(.plain("<span>&amp; stays literal"), style: TextStyle(size: 8, color: Self.ink))
        var frames: [Frame] = [
            .anchor("top", at: .zero),
            .shape(Shape(path: .rectangle(Rect(x: 0, y: 0, width: 360, height: 260)), fill: .color(Self.paper))),
            .text(title, origin: Point(x: 14, y: 10), lines: 0..<title.lines.count),
            .text(literal, origin: Point(x: 14, y: 30), lines: 0..<literal.lines.count),
            .shape(Shape(path: .rectangle(Rect(x: 14, y: 48, width: 100, height: 40), radius: 6),
                         fill: .linearGradient(from: Point(x: 14, y: 48), to: Point(x: 114, y: 48),
                                               stops: [GradientStop(offset: 0, color: Self.teal), GradientStop(offset: 1, color: Self.paper)]),
                         stroke: Stroke(color: Self.ink, width: 1, dash: [3, 2]))),
        ]
        frames += patternShapes(includingPatterns: includingPatterns)
        frames.append(.group(transform: AffineTransform(a: cos(0.2), b: sin(0.2), c: -sin(0.2), d: cos(0.2), tx: 300, ty: 40),
                             clip: .ellipse(in: Rect(x: -30, y: -20, width: 60, height: 40)),
                             children: [.shape(Shape(path: .rectangle(Rect(x: -40, y: -30, width: 80, height: 60)),
                                                     fill: .hatch(Hatch(color: Self.red, background: Self.paper, angle: 0, spacing: 4, lineWidth: 1.5))))]))
        frames += [
            .image(sideways, rect: Rect(x: 14, y: 150, width: 135, height: 90), clip: nil),
            .image(smile, rect: Rect(x: 160, y: 150, width: 135, height: 90), clip: Rect(x: 160, y: 160, width: 135, height: 70)),
            .link(Rect(x: 14, y: 10, width: 200, height: 16), target: .anchor("details")),
        ]
        return Page(size: Self.firstPageSize, frames: frames)
    }

    /// Hatched, cross-hatched and dotted shapes; with `includingPatterns` false, the same shapes plain.
    func patternShapes(includingPatterns: Bool = true) -> [Frame] {
        let plain = includingPatterns ? nil : Fill.color(Self.paper)
        return [
            .shape(Shape(path: .rectangle(Rect(x: 126, y: 48, width: 60, height: 40)),
                         fill: plain ?? .hatch(Hatch(color: Self.teal, angle: 45, spacing: 4, lineWidth: 1)),
                         stroke: Stroke(color: Self.ink, width: 0.75))),
            .shape(Shape(path: .ellipse(in: Rect(x: 196, y: 48, width: 60, height: 40)),
                         fill: plain ?? .hatch(Hatch(color: Self.red, background: Self.blush, angle: 30, spacing: 5, lineWidth: 0.8, crossed: true)))),
            .shape(Shape(path: .rectangle(Rect(x: 14, y: 98, width: 120, height: 40), radius: 8),
                         fill: plain ?? .dots(Dots(color: Self.blue, background: Self.mist, spacing: 5, radius: 1.2)),
                         stroke: Stroke(color: Self.blue, width: 1))),
        ]
    }

    /// Page 2: the anchor the link and the outline point at, and the smile again.
    func secondPage() throws -> Page {
        let text = try engine.layout(.plain("Подробности"), style: TextStyle(family: "Noto Serif", size: 12, weight: .bold))
        return Page(size: Self.secondPageSize, frames: [
            .anchor("details", at: Point(x: 0, y: 0)),
            .text(text, origin: Point(x: 12, y: 10), lines: 0..<text.lines.count),
            .image(smile, rect: Rect(x: 12, y: 34, width: 150, height: 100), clip: nil),
        ])
    }

    static let ink = Color(hex: "#1C2430") ?? .black
    static let paper = Color(hex: "#FBFAF7") ?? .white
    static let teal = Color(hex: "#0E6F67") ?? .black
    static let red = Color(hex: "#B42318") ?? .black
    static let blush = Color(hex: "#FDECEA") ?? .white
    static let blue = Color(hex: "#1D4ED8") ?? .black
    static let mist = Color(hex: "#E8EEFB") ?? .white
}
