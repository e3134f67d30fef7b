import Graphics
import Render
import Testing

@Suite struct PageSelectionTests {
    @Test func numbersAndRangesComeOutInOrderOnce() throws {
        #expect(try PageSelection(parsing: "5, 1,3-4,4").pages(in: 9) == [1, 3, 4, 5])
        #expect(try PageSelection(parsing: "2-2").pages(in: 2) == [2])
        #expect(try PageSelection.all.pages(in: 3) == [1, 2, 3])
        #expect(try PageSelection.all.pages(in: 0) == [])
    }

    @Test(arguments: [
        ("", "page selection \"\" has an empty item (write e.g. 1,3-5)"),
        ("1,,3", "page selection \"1,,3\" has an empty item (write e.g. 1,3-5)"),
        ("1,x", "page selection \"1,x\": \"x\" is not a page number or a range like 3-5"),
        ("1-2-3", "page selection \"1-2-3\": \"1-2-3\" is not a page number or a range like 3-5"),
        ("3-", "page selection \"3-\": \"3-\" is not a page number or a range like 3-5"),
        ("0", "page selection \"0\": pages are numbered from 1"),
        ("5-3", "page selection \"5-3\": the range 5-3 runs backwards"),
    ])
    func badSelectionsSayWhatIsWrong(text: String, message: String) {
        #expect(throws: GraphicsError.invalidOutput(message)) { try PageSelection(parsing: text) }
    }

    @Test func aPageBeyondTheDocumentIsAnError() throws {
        let selection = try PageSelection(parsing: "2,8-12")
        #expect(throws: GraphicsError.invalidOutput("page 12 is beyond the document's 9 pages")) { try selection.pages(in: 9) }
        #expect(throws: GraphicsError.invalidOutput("page 2 is beyond the document's 1 page")) {
            try PageSelection(parsing: "2").pages(in: 1)
        }
    }
}
