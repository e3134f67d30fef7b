import Foundation
import Graphics
import Layout
import PlanPress
import Render
import Testing

/// The whole pipeline through the façade on the full-mouth fixture: case → booklet → PDF/PNG/SVG.
@Suite struct BookletRenderTests {
    static let fixture = TestRepository.path("Fixtures/cases/full-mouth.yaml")
    static let fixtures = TestRepository.root.appendingPathComponent("Fixtures")

    /// The full-mouth case, its files read from the fixtures.
    static func fixtureInput() throws(PlanPressError) -> CaseInput {
        try .file(atPath: fixture, root: fixtures)
    }

    static func renderer() throws -> Renderer {
        try Renderer(resources: ResourceLocator(root: TestRepository.root))
    }

    static func options(_ format: OutputFormat, pages: String? = nil) throws -> RenderOptions {
        RenderOptions(format: format, pages: try pages.map { try PageSelection(parsing: $0) } ?? .all, dpi: 40)
    }

    @Test func theSameCaseGivesTheSameBytesTwice() throws {
        let renderer = try Self.renderer()
        let pdf = try renderer.render(Self.fixtureInput(), options: Self.options(.pdf))
        let again = try Self.renderer().render(Self.fixtureInput(), options: Self.options(.pdf))
        #expect(pdf.files.count == 1 && pdf.files.first?.page == nil)
        #expect(pdf.files.map(\.bytes) == again.files.map(\.bytes))
        let png = try renderer.render(Self.fixtureInput(), options: Self.options(.png, pages: "1,3"))
        let pngAgain = try renderer.render(Self.fixtureInput(), options: Self.options(.png, pages: "1,3"))
        #expect(png.files.map(\.page) == [1, 3])
        #expect(png.files.map(\.bytes) == pngAgain.files.map(\.bytes))
        #expect(png.pageCount == pdf.pageCount)
    }

    @Test func aRenderPastItsDeadlineStopsWithoutOutput() throws {
        var options = try Self.options(.pdf)
        options.deadline = Deadline(after: .zero)
        let renderer = try Self.renderer()
        do {
            _ = try renderer.render(Self.fixtureInput(), options: options)
            Issue.record("the render ran past its deadline")
        } catch {
            switch error {
            case .graphics(.deadlinePassed), .layout(.deadlinePassed): break
            default: Issue.record("expected the deadline to stop the render, got \(error)")
            }
        }
    }

    /// Deadlines falling in each step (composition, layout, export): the render stops within 100 ms of each.
    @Test func aRenderStopsWithin100msOfItsDeadline() throws {
        let renderer = try Self.renderer()
        _ = try renderer.render(Self.fixtureInput(), options: Self.options(.png))  // fonts and images warm
        var stopped = 0
        for milliseconds in [1, 20, 60, 120, 250, 400] {
            var options = try Self.options(.png)
            options.deadline = Deadline(after: .milliseconds(milliseconds))
            let started = ContinuousClock.now
            do {
                _ = try renderer.render(Self.fixtureInput(), options: options)
            } catch {
                let overrun = ContinuousClock.now - started - .milliseconds(milliseconds)
                #expect(overrun < .milliseconds(100), "deadline \(milliseconds) ms: stopped \(overrun) after it")
                switch error {
                case .graphics(.deadlinePassed), .layout(.deadlinePassed): stopped += 1
                default: Issue.record("expected the deadline to stop the render, got \(error)")
                }
            }
        }
        // A whole render takes longer than 120 ms, so at least the first four deadlines fall inside it.
        #expect(stopped >= 4)
    }

    @Test func thePDFExportStopsBetweenPagesPastItsDeadline() throws {
        let document = try Self.renderer().layout(Self.fixtureInput(), options: Self.options(.pdf))
        #expect(throws: GraphicsError.deadlinePassed) {
            try PDFExporter().export(document, deadline: Deadline(after: .zero))
        }
    }

    @Test func thePDFHoldsOnlyShippedFontsRealTextAndJPEGPhotos() throws {
        let pdf = try #require(try Self.renderer().render(Self.fixtureInput(), options: Self.options(.pdf)).files.first).bytes
        let fonts = try Poppler.run("pdffonts", on: pdf).split(separator: "\n").dropFirst(2)
        #expect(fonts.count >= 3)
        for row in fonts {
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns[0].wholeMatch(of: /[A-Z]{6}\+(Inter|NotoSerif)-[A-Za-z]+/) != nil, "\(row)")
            #expect(columns.suffix(5).prefix(2) == ["yes", "yes"], "embedded and subset: \(row)")
        }
        let text = try Poppler.run("pdftotext", on: pdf, trailing: ["-"])
        #expect(text.contains("Соколова Марина Викторовна"))
        let images = try Poppler.run("pdfimages", ["-list"], on: pdf).split(separator: "\n").dropFirst(2)
            .map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        let photos = images.filter { ($0[3] == "3000" && $0[4] == "2000") || ($0[3] == "2000" && $0[4] == "3000") }
        #expect(photos.count >= 7, "the seven case photos")
        #expect(photos.allSatisfy { $0[8] == "jpeg" })
        #expect(images.contains { $0[3] == "2900" && $0[4] == "1400" && $0[8] == "jpeg" }, "the panoramic X-ray")
    }

    /// Case text is plain text: what looks like markup is printed as written.
    @Test func markupInCaseTextIsPrintedLiterally() throws {
        let folder = try TestRepository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixtures = TestRepository.path("Fixtures")
        let text = try String(contentsOfFile: Self.fixture, encoding: .utf8)
            .replacingOccurrences(of: "\"Соколова Марина Викторовна\"", with: "\"Соколова <span>&amp; <b>Марина</b>\"")
            .replacingOccurrences(of: "../images/", with: fixtures + "/images/")
            .replacingOccurrences(of: "../prices/", with: fixtures + "/prices/")
        let path = folder.appendingPathComponent("markup.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let options = try Self.options(.pdf, pages: "1")
        let pdf = try #require(try Self.renderer().render(.file(atPath: path, root: URL(fileURLWithPath: fixtures)),
                                                          options: options).files.first).bytes
        let printed = try Poppler.run("pdftotext", on: pdf, trailing: ["-"])
        // The cover's large type wraps the name; each part is printed as written.
        #expect(printed.contains("Соколова <span>&amp;"))
        #expect(printed.contains("<b>Марина</b>"))
    }

    @Test func svgAndPNGGiveOneFilePerSelectedPage() throws {
        let renderer = try Self.renderer()
        let svg = try renderer.render(Self.fixtureInput(), options: Self.options(.svg, pages: "2-3"))
        #expect(svg.contentType == "image/svg+xml")
        #expect(svg.files.map(\.page) == [2, 3])
        #expect(svg.files.allSatisfy { String(decoding: $0.bytes.prefix(5), as: UTF8.self) == "<?xml" })
        let beyond = try Self.options(.png, pages: "99")
        do {
            _ = try renderer.render(Self.fixtureInput(), options: beyond)
            Issue.record("page 99 was rendered")
        } catch {
            #expect(error.description.hasPrefix("page 99 is beyond the document's "))
        }
    }
}
