import Render
import Testing

@Suite struct OutputFormatTests {
    @Test func theFormatComesFromTheExtension() {
        #expect(OutputFormat(fileName: "out/booklet.PDF") == .pdf)
        #expect(OutputFormat(fileName: "cover.png") == .png)
        #expect(OutputFormat(fileName: "a.b/page.svg") == .svg)
        #expect(OutputFormat(fileName: "a.png/booklet") == nil)
        #expect(OutputFormat(fileName: "booklet.jpeg") == nil)
        #expect(OutputFormat(fileName: "booklet") == nil)
    }

    @Test func contentTypesAndFilesPerPage() {
        #expect(OutputFormat.allCases.map(\.contentType) == ["application/pdf", "image/png", "image/svg+xml"])
        #expect(OutputFormat.allCases.map(\.isOnePagePerFile) == [false, true, true])
    }
}
