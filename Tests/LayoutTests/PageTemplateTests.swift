import Graphics
import Layout
import Testing

@Suite struct PageTemplateTests {
    static var template: PageTemplate {
        PageTemplate(
            size: Size(width: 300, height: 420), margins: Insets(20),
            header: PageBand(height: 16, spacing: 6) { _ in LayoutFixtures.text("Treatment plan") },
            footer: PageBand(height: 16, spacing: 6) { page in
                LayoutFixtures.text("Page \(page.number) of \(page.count)")
            })
    }

    @Test func footersSayPageXOfY() throws {
        let engine = try LayoutFixtures.engine()
        let document = try engine.layout(document: Document(sections: [
            Section(template: Self.template, body: [LayoutFixtures.text(LayoutFixtures.prose(1500))]),
        ]))
        let count = document.pages.count
        #expect(count >= 3)
        for page in 0..<count {
            let texts = document.texts(onPage: page)
            #expect(texts.first { $0.hasPrefix("Page") } == "Page \(page + 1) of \(count)")
            #expect(texts.contains("Treatment plan"))
        }
        #expect(document.overflowingFrames().isEmpty)
    }

    @Test func theBodyStaysBetweenTheBands() throws {
        let engine = try LayoutFixtures.engine()
        let document = try engine.layout(document: Document(sections: [
            Section(template: Self.template, body: [LayoutFixtures.text(LayoutFixtures.prose(1500))]),
        ]))
        for text in document.texts where text.text.hasPrefix("ceramic") {
            let bounds = Frame.text(text.block, origin: text.origin, lines: text.lines).bounds
            #expect(bounds.minY >= 20 + 16 + 6 - 0.01)
            #expect(bounds.maxY <= 420 - 20 - 16 - 6 + 0.01)
        }
    }

    @Test func numbersRunThroughSectionsAndEachSectionStartsAPage() throws {
        let engine = try LayoutFixtures.engine()
        var seen: [PageInfo] = []
        var template = Self.template
        template.footer = PageBand(height: 16) { page in
            seen.append(page)
            return LayoutFixtures.text("\(page.number)/\(page.count)")
        }
        let document = try engine.layout(document: Document(sections: [
            Section(template: template, body: [LayoutFixtures.text("Cover")]),
            Section(template: template, body: [LayoutFixtures.text(LayoutFixtures.prose(900))]),
        ]))
        #expect(document.texts(onPage: 1).contains { $0.hasPrefix("ceramic") })
        #expect(seen.map(\.number) == Array(1...document.pages.count))
        #expect(seen.map(\.section) == [0] + Array(repeating: 1, count: document.pages.count - 1))
        #expect(seen.map(\.numberInSection) == [1] + Array(1..<document.pages.count))
    }

    @Test func aFooterTallerThanItsBandIsATypedError() throws {
        let engine = try LayoutFixtures.engine()
        var template = Self.template
        template.footer = PageBand(height: 4) { _ in LayoutFixtures.text("Too tall") }
        #expect {
            try engine.layout(document: Document(sections: [Section(template: template, body: [])]))
        } throws: { error in
            guard case .bandOverflow(band: "footer", page: 1, _, available: 4) = error as? LayoutError else { return false }
            return true
        }
    }
}
