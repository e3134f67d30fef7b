import Booklet
import Foundation
import Graphics
import Layout
import Testing

/// The print sheet: the trimmed page plus bleed, content moved in, crop marks only in the bleed.
@Suite struct PrintMarksTests {
    @Test func premiumSheetsHaveBleedAndEightCropMarksOutsideTheTrim() throws {
        let template = try TemplateLoader(directory: RepositoryPaths.templates).load("premium")
        let trimmed = try BookletFixture().booklet(BookletFixture.loaded("one-variant.json"))
        let sheets = PrintMarks.apply(template.page, to: trimmed)
        let bleed = template.page.bleed
        #expect(bleed > 0 && template.page.cropMarks)
        #expect(sheets.pages.count == trimmed.pages.count)
        for (sheet, page) in zip(sheets.pages, trimmed.pages) {
            #expect(abs(sheet.size.width - (page.size.width + 2 * bleed)) < 0.001)
            let trim = Rect(x: bleed, y: bleed, width: page.size.width, height: page.size.height)
            #expect(sheet.trimBox == trim)
            // Eight hairlines that a screen reader skips: an artifact after the page's own frames.
            let added = Array(sheet.frames.suffix(10))
            #expect(sheet.frames.count == page.frames.count + 10)
            #expect(added.first.map { if case .beginStructure(.artifact) = $0 { true } else { false } } == true)
            let marks = added.filter { !$0.isStructureMark }.map(\.bounds)
            #expect(marks.count == 8)
            for mark in marks {
                // Each mark touches the sheet's bleed band only: it never enters the trimmed page.
                let inside = trim.inset(top: 0.01, right: 0.01, bottom: 0.01, left: 0.01)
                let overlapsTrim = mark.maxX > inside.minX && mark.minX < inside.maxX && mark.maxY > inside.minY && mark.minY < inside.maxY
                #expect(!overlapsTrim, "\(mark)")
                // Bounds include half the 0.25 pt stroke past the butt-capped ends.
                #expect(Rect(origin: .zero, size: sheet.size).contains(mark, tolerance: 0.13))
            }
        }
        #expect(sheets.overflowingFrames().count == 8 * sheets.pages.count)
    }

    @Test func screenTemplatesAreLeftAsTheyAre() throws {
        let template = try TemplateLoader(directory: RepositoryPaths.templates).load("chairside")
        let document = try BookletFixture().booklet(BookletFixture.loaded("one-variant.json"), template: "chairside")
        let sheets = PrintMarks.apply(template.page, to: document)
        #expect(sheets.pages.map(\.size) == document.pages.map(\.size))
        #expect(sheets.pages.allSatisfy { $0.trimBox == nil })
        #expect(sheets.overflowingFrames().isEmpty)
    }
}
