import Foundation
import Layout
import PlanPress
@testable import Render
import Testing

/// A PDF written with a `PDFWriterCache` that earlier files filled has exactly the bytes of one written
/// without: nothing of the earlier files leaks into it, whatever the cache still holds or has dropped.
@Suite struct PDFWriterCacheTests {
    static let fixtures = TestRepository.root.appendingPathComponent("Fixtures")

    /// The premium booklet of the fixture case `name`, laid out by `renderer`.
    static func booklet(_ name: String, _ renderer: Renderer) throws -> LaidOutDocument {
        try renderer.layout(.file(atPath: fixtures.appendingPathComponent("cases/\(name)").path, root: fixtures),
                            options: RenderOptions(format: .pdf))
    }

    @Test func aReusedCacheWritesTheBytesOfAFreshExporterAfterAnotherDocument() throws {
        let renderer = try Renderer(resources: ResourceLocator(root: TestRepository.root))
        let fullMouth = try Self.booklet("full-mouth.yaml", renderer)
        let child = try Self.booklet("child.yaml", renderer)
        let fresh = try PDFExporter(archival: fullMouth.archival).export(fullMouth)
        let cache = PDFWriterCache()
        _ = try PDFExporter(archival: child.archival, cache: cache).export(child)
        let reused = PDFExporter(archival: fullMouth.archival, cache: cache)
        #expect(try reused.export(fullMouth) == fresh, "after another document")
        #expect(try reused.export(fullMouth) == fresh, "every stream and subset found in the cache")
        #expect(try reused.export(fullMouth, pages: PageSelection(parsing: "2-4"))
                == PDFExporter(archival: fullMouth.archival).export(fullMouth, pages: PageSelection(parsing: "2-4")))
    }

    @Test func archivalFilesAndASmallBudgetKeepTheBytes() throws {
        let renderer = try Renderer(resources: ResourceLocator(root: TestRepository.root))
        let swedish = try Self.booklet("swedish.yaml", renderer)
        let fresh = try PDFExporter(archival: true).export(swedish)
        for cache in [PDFWriterCache(), PDFWriterCache(budget: 64 << 10)] {
            _ = try PDFExporter(cache: cache).export(try Self.booklet("french.yaml", renderer))
            #expect(try PDFExporter(archival: true, cache: cache).export(swedish) == fresh)
            #expect(try PDFExporter(archival: true, cache: cache).export(swedish) == fresh)
        }
    }

    @Test func theCacheDropsWhatWasNotUsedForTwoGenerations() {
        // Generations of half the budget: 100, two entries of 40 each.
        let cache = BoundedCache<String, [UInt8]>(budget: 200)
        cache.store([1], for: "a", cost: 40)
        cache.store([2], for: "b", cost: 40)
        cache.store([3], for: "c", cost: 40)
        #expect(cache.value(for: "a") == [1], "a and b are the old generation; a found goes back into the young one")
        cache.store([4], for: "d", cost: 40)
        #expect(cache.value(for: "b") == nil, "b, not used since, went with the old generation")
        #expect(cache.value(for: "a") == [1] && cache.value(for: "c") == [3] && cache.value(for: "d") == [4])
        cache.store([5], for: "e", cost: 101)
        #expect(cache.value(for: "e") == nil, "an entry costing more than half the budget is not kept")
    }
}
