import Graphics
import Layout
import Testing

@Suite struct TableBreakingTests {
    static let columns = [TableColumn(.fixed(40)), TableColumn(.fraction(1)), TableColumn(.fixed(60), alignment: .right)]

    static func table(rows: Int, words: Int = 2) -> Block {
        let header = TableRow([TableCell(LayoutFixtures.text("Tooth")), TableCell(LayoutFixtures.text("Treatment")),
                               TableCell(LayoutFixtures.text("Price"))])
        let body = (1...rows).map { index in
            TableRow([TableCell(LayoutFixtures.text("R\(index)")),
                      TableCell(LayoutFixtures.text("Row \(index): " + LayoutFixtures.prose(words))),
                      TableCell(LayoutFixtures.text("\(index * 1000) ₽"))])
        }
        let style = TableStyle(headerBackground: Color(hex: "#EEF1F4"), stripe: Color(hex: "#F7F8FA"),
                               headerRule: Stroke(color: .black, width: 1), rowRule: Stroke(color: .black, width: 0.25))
        return .table(Table(columns: columns, header: [header], body: body, style: style))
    }

    @Test func theHeaderRepeatsAndRowsStayWholeAndInOrder() throws {
        let engine = try LayoutFixtures.engine()
        let document = try engine.layout(document: LayoutFixtures.document([Self.table(rows: 60)]))
        #expect(document.pages.count >= 3)
        for page in document.pages.indices {
            #expect(document.texts(onPage: page).prefix(3) == ["Tooth", "Treatment", "Price"], "header on page \(page + 1)")
        }
        let rowLabels = document.texts.map(\.text).filter { $0.hasPrefix("R") && !$0.hasPrefix("Row") }
        #expect(rowLabels == (1...60).map { "R\($0)" }, "every row once, in order")
        let cells = document.texts.filter { $0.text.hasPrefix("Row") }
        #expect(cells.allSatisfy { $0.lines == 0..<$0.block.lines.count }, "no row split")
        #expect(document.overflowingFrames().isEmpty)
    }

    @Test func fortyRowsOfThreeLineCellsNeverOverflow() throws {
        let engine = try LayoutFixtures.engine()
        let document = try engine.layout(document: LayoutFixtures.document([Self.table(rows: 40, words: 14)]))
        let cells = document.texts.filter { $0.text.hasPrefix("Row") }
        #expect(cells.count == 40)
        #expect(cells.allSatisfy { $0.block.lines.count == 3 }, "the fixture really has three-line cells")
        #expect(cells.allSatisfy { $0.lines == 0..<3 })
        #expect(document.overflowingFrames() == [])
        // A row starts a page only when it did not fit under the previous one.
        for (previous, next) in zip(cells, cells.dropFirst()) where next.page != previous.page {
            #expect(next.page == previous.page + 1)
        }
    }

    @Test func columnAlignmentRightAlignsAmounts() throws {
        let engine = try LayoutFixtures.engine()
        let document = try engine.layout(document: LayoutFixtures.document([Self.table(rows: 3)]))
        let amount = try #require(document.texts.first { $0.text == "3000 ₽" })
        #expect(amount.block.style.alignment == .right)
        // The amount's line ends at the column's right edge less the padding: 260 - 4 from the content box's left.
        let right = amount.origin.x + amount.block.size.width
        #expect(abs(right - (20 + 260 - 4)) < 0.5)
    }

    @Test func aTableIsNotStartedWithItsHeaderAloneAtThePageFoot() throws {
        let engine = try LayoutFixtures.engine()
        let rowHeight = try engine.height(of: Self.table(rows: 1), width: 260) / 2
        let introHeight = try engine.height(of: LayoutFixtures.text("Intro"), width: 260)
        let document = try engine.layout(document: LayoutFixtures.document([
            LayoutFixtures.text("Intro"), .spacer(380 - introHeight - rowHeight * 1.5), Self.table(rows: 5),
        ]))
        #expect(document.texts(onPage: 0) == ["Intro"])
        #expect(document.texts(onPage: 1).prefix(4) == ["Tooth", "Treatment", "Price", "R1"])
    }

    @Test func aRowTallerThanAPageIsSplitUnderRepeatedHeaders() throws {
        let engine = try LayoutFixtures.engine()
        let long = LayoutFixtures.text(LayoutFixtures.prose(1200))
        let table = Block.table(Table(columns: [TableColumn(.fixed(40)), TableColumn(.fraction(1))],
                                      header: [TableRow([TableCell(LayoutFixtures.text("Visit")), TableCell(LayoutFixtures.text("Notes"))])],
                                      body: [TableRow([TableCell(LayoutFixtures.text("1")), TableCell(long)])]))
        let document = try engine.layout(document: LayoutFixtures.document([table]))
        #expect(document.pages.count >= 2)
        for page in document.pages.indices { #expect(document.texts(onPage: page).prefix(2) == ["Visit", "Notes"]) }
        let pieces = document.texts.filter { $0.text.count > 100 }
        #expect(pieces.map(\.lines.lowerBound) == [0] + pieces.dropLast().map(\.lines.upperBound))
        #expect(document.overflowingFrames().isEmpty)
    }

    @Test func aRowTallerThanAPageNeverLeavesTheHeaderAloneAtThePageFoot() throws {
        let engine = try LayoutFixtures.engine()
        let table = Block.table(Table(columns: [TableColumn(.fraction(1))],
                                      header: [TableRow([TableCell(LayoutFixtures.text("Notes"))])],
                                      body: [TableRow([TableCell(LayoutFixtures.text(LayoutFixtures.prose(1200)))])]))
        let headerHeight = try engine.height(of: LayoutFixtures.text("Notes"), width: 252) + 6
        let introHeight = try engine.height(of: LayoutFixtures.text("Intro"), width: 260)
        let document = try engine.layout(document: LayoutFixtures.document([
            LayoutFixtures.text("Intro"), .spacer(380 - introHeight - headerHeight - 6), table,
        ]))
        #expect(document.texts(onPage: 0) == ["Intro"])
        #expect(document.texts(onPage: 1).first == "Notes")
        #expect(document.overflowingFrames().isEmpty)
    }

    /// A table of `count` one-line rows, `flagged` rows marked by `mark`.
    static func flaggedTable(count: Int, flagged: Set<Int>, mark: (inout TableRow) -> Void) -> Block {
        let body = (1...count).map { index in
            var row = TableRow([TableCell(LayoutFixtures.text("R\(index)"))])
            if flagged.contains(index) { mark(&row) }
            return row
        }
        return .table(Table(columns: [TableColumn(.fraction(1))], header: [TableRow([TableCell(LayoutFixtures.text("Head"))])],
                            body: body))
    }

    /// The row labels on each page.
    static func rowsByPage(_ document: LaidOutDocument) -> [[String]] {
        document.pages.indices.map { page in document.texts(onPage: page).filter { $0.hasPrefix("R") } }
    }

    @Test func aGroupHeadingRowNeverEndsAPage() throws {
        let engine = try LayoutFixtures.engine()
        let plain = try engine.layout(document: LayoutFixtures.document([Self.flaggedTable(count: 40, flagged: []) { _ in }]))
        let firstPage = Self.rowsByPage(plain)[0]
        let lastOnPage = firstPage.count  // R<n> ends page 1 when nothing is kept
        let kept = try engine.layout(document: LayoutFixtures.document([
            Self.flaggedTable(count: 40, flagged: [lastOnPage]) { $0.keepWithNext = true },
        ]))
        let pages = Self.rowsByPage(kept)
        #expect(pages[0].last == "R\(lastOnPage - 1)")
        #expect(pages[1].prefix(2) == ["R\(lastOnPage)", "R\(lastOnPage + 1)"])
        #expect(pages.flatMap { $0 } == (1...40).map { "R\($0)" })
    }

    @Test func aSubtotalRowNeverStartsAPage() throws {
        let engine = try LayoutFixtures.engine()
        let plain = try engine.layout(document: LayoutFixtures.document([Self.flaggedTable(count: 40, flagged: []) { _ in }]))
        let firstOnPage2 = Self.rowsByPage(plain)[0].count + 1
        let kept = try engine.layout(document: LayoutFixtures.document([
            Self.flaggedTable(count: 40, flagged: [firstOnPage2]) { $0.keepWithPrevious = true },
        ]))
        #expect(Self.rowsByPage(kept)[1].prefix(2) == ["R\(firstOnPage2 - 1)", "R\(firstOnPage2)"])
    }

    @Test func theLastRowIsNeverAloneOnAPage() throws {
        let engine = try LayoutFixtures.engine()
        let perPage = Self.rowsByPage(try engine.layout(document: LayoutFixtures.document([
            Self.flaggedTable(count: 40, flagged: []) { _ in },
        ])))[0].count
        let document = try engine.layout(document: LayoutFixtures.document([
            Self.flaggedTable(count: perPage + 1, flagged: []) { _ in },
        ]))
        #expect(Self.rowsByPage(document).map(\.count) == [perPage - 1, 2])
    }

    @Test func cellSpansMustCoverTheColumns() throws {
        let engine = try LayoutFixtures.engine()
        let table = Table(columns: Self.columns, body: [TableRow([TableCell(LayoutFixtures.text("Total"), span: 2)])])
        #expect(throws: LayoutError.tableRowMismatch(row: 1, spans: 2, columns: 3)) {
            try engine.layout(document: LayoutFixtures.document([.table(table)]))
        }
    }
}
