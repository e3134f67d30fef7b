import Graphics
import Layout
import Render
import TestSupport
import Testing

@Suite struct PNGExporterTests {
    /// The chunk types of a PNG, in order.
    static func chunkTypes(_ png: [UInt8]) -> [String] {
        var types: [String] = [], offset = 8
        while offset + 8 <= png.count {
            let length = png[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            types.append(String(decoding: png[offset + 4..<offset + 8], as: UTF8.self))
            offset += 12 + length
        }
        return types
    }

    static func size(_ png: [UInt8]) -> (Int, Int) {
        func word(_ at: Int) -> Int { png[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (word(16), word(20))
    }

    @Test func theResolutionSetsThePixelSize() throws {
        let page = try SampleDocument().secondPage()  // 240 × 160 pt
        #expect(Self.size(try PNGExporter(dpi: 72).export(page)) == (240, 160))
        #expect(Self.size(try PNGExporter(dpi: 150).export(page)) == (500, 333))
    }

    @Test func theBytesDependOnThePageAloneWithNoTimeOrTextChunks() throws {
        let sample = try SampleDocument()
        let first = try PNGExporter(dpi: 96).export(try sample.firstPage())
        let second = try PNGExporter(dpi: 96).export(try SampleDocument().firstPage())
        #expect(first == second)
        let types = Self.chunkTypes(first)
        #expect(types.first == "IHDR" && types.last == "IEND")
        #expect(Set(types) == ["IHDR", "IDAT", "IEND"])
    }

    @Test func compressionLevelsTradeSizeButKeepThePixels() throws {
        let page = try SampleDocument().firstPage()
        let stored = try PNGExporter(dpi: 96, compressionLevel: 0).export(page)
        let fast = try PNGExporter(dpi: 96, compressionLevel: 1).export(page)
        let smallest = try PNGExporter(dpi: 96, compressionLevel: 9).export(page)
        #expect(stored.count > fast.count)
        #expect(fast.count > smallest.count)
        #expect(try ImageComparison.exact.compare(stored, smallest).matches)
        #expect(try ImageComparison.exact.compare(fast, smallest).matches)
    }

    /// 2000 × 1333 px: 6,001-byte scanlines, 43 to a 256-KiB slice, so 31 slices filtered and deflated side
    /// by side and joined into one stream that libpng (under Cairo's reader) must take as a whole.
    @Test func aLargePageDeflatedInSlicesDecodesAsOneImageAndTheSameBytesEachTime() throws {
        let page = try SampleDocument().secondPage()  // 240 × 160 pt
        let fast = try PNGExporter(dpi: 600, compressionLevel: 1).export(page)
        let smallest = try PNGExporter(dpi: 600, compressionLevel: 9).export(page)
        #expect(Self.size(fast) == (2000, 1333))
        #expect(try ImageComparison.exact.compare(fast, smallest).matches)
        #expect(try ImageComparison.exact.compare(try PNGExporter(dpi: 600, compressionLevel: 0).export(page), fast).matches)
        #expect(try PNGExporter(dpi: 600, compressionLevel: 1).export(page) == fast)
    }

    @Test func outOfRangeSettingsAreRefused() throws {
        let page = try SampleDocument().secondPage()
        #expect(throws: GraphicsError.invalidOutput("resolution 5.0 dpi is outside 10…2400")) {
            try PNGExporter(dpi: 5).export(page)
        }
        #expect(throws: GraphicsError.invalidOutput("PNG compression 10 is outside 0…9")) {
            try PNGExporter(compressionLevel: 10).export(page)
        }
        #expect(throws: GraphicsError.self) { try PNGExporter(dpi: 2400).export(Page(size: Size(width: 1000, height: 100))) }
    }
}
