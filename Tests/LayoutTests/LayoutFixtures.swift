import Foundation
import Graphics
import Layout

/// Shared set-up for the layout tests: fonts, a small page that fills quickly, and readers of the result.
enum LayoutFixtures {
    /// The repository root, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A layout engine over the shipped fonts (one per test: engines are per thread).
    static func engine() throws -> LayoutEngine {
        let fonts = try FontLibrary(directory: repository.appendingPathComponent("Fonts").path)
        return LayoutEngine(textEngine: TextEngine(fonts: fonts))
    }

    /// A fixture image.
    static func image(_ name: String) throws -> Image {
        try Image(contentsOf: repository.appendingPathComponent("Fixtures/images/\(name)").path, name: name)
    }

    /// A small page (A6-ish) with 20 pt margins.
    static var smallPage: PageTemplate { PageTemplate(size: Size(width: 300, height: 420), margins: Insets(20)) }

    static let body = TextStyle(size: 10)
    static let heading = TextStyle(size: 16, weight: .bold)

    /// A plain paragraph.
    static func text(_ string: String, _ style: TextStyle = body) -> Block {
        .paragraph(.plain(string), style: style)
    }

    /// Words enough for `lines` lines or so at the small page's width.
    static func prose(_ words: Int) -> String {
        let vocabulary = ["ceramic", "inlay", "seals", "the", "tooth", "without", "metal", "and", "lasts", "for",
                          "years", "under", "normal", "care", "implant", "crown", "zirconia", "bridge"]
        return (0..<words).map { vocabulary[$0 % vocabulary.count] }.joined(separator: " ")
    }

    /// One document section on `template`.
    static func document(_ body: [Block], template: PageTemplate = smallPage, spacing: Length = 0) -> Document {
        Document(sections: [Section(template: template, body: body, spacing: spacing)])
    }
}

/// A text frame read back: its page, text, line range and position.
struct PlacedText {
    var page: Int
    var block: TextBlock
    var lines: Range<Int>
    var origin: Point
    var text: String { block.text }
}

extension LaidOutDocument {
    /// Every text frame in page order, groups included.
    var texts: [PlacedText] {
        var result: [PlacedText] = []
        func visit(_ frames: [Frame], page: Int) {
            for frame in frames {
                switch frame {
                case let .text(block, origin, lines): result.append(PlacedText(page: page, block: block, lines: lines, origin: origin))
                case let .group(_, _, children): visit(children, page: page)
                default: break
                }
            }
        }
        for (index, page) in pages.enumerated() { visit(page.frames, page: index) }
        return result
    }

    /// The texts on page `index`, top to bottom as laid out.
    func texts(onPage index: Int) -> [String] { texts.filter { $0.page == index }.map(\.text) }
}
