import Graphics

extension LayoutEngine {
    /// A table broken between body rows, its header repeated at the top of every region it reaches.
    ///
    /// Rows are measured whole once. A row that does not fit below the rows already in a region starts the
    /// next region, taking along the rows before it that must stay with it (a group heading kept with next,
    /// a row kept with previous; the last row always keeps one companion), as long as one row stays behind;
    /// when only the table's first row would stay behind, bound to the next, the whole table moves on.
    /// A row that does not fit even under a lone header moves the whole table on when that helps, and is
    /// split across regions only when it is taller than a region can ever give it.
    func table(_ table: Table, in regions: Regions) throws(LayoutError) -> Placement {
        let widths = try columnWidths(table.columns.map(\.width), total: regions.width, spacing: 0)
        let style = table.style
        var header = Fragment()
        for (number, row) in table.header.enumerated() {
            let cells = try placedCells(of: row, number: number + 1, role: .headerCell, in: table, widths: widths)
            let content = try cellsSideBySide(cells, alignment: style.verticalAlignment, in: .unbounded(width: regions.width))
            header.place(backed(content.fragments[0].structured(.tableRow), by: row.background ?? style.headerBackground,
                                width: regions.width),
                         at: Point(x: 0, y: header.height))
        }
        if let rule = style.headerRule, !table.header.isEmpty {
            header.frames.append(Self.rule(rule, at: header.height - rule.width / 2, width: regions.width))
        }
        guard !table.body.isEmpty else {
            return try unbreakable(header, named: "table header", in: regions).structured(.table)
        }
        /// The header again at the top of a continued region: read once, so an artifact there.
        let repeatedHeader = header.structured(.artifact)
        guard regions.isUnbounded || header.height < regions.full else {
            throw .doesNotFit(block: "table header", height: header.height, available: regions.full, after: lastAnchor)
        }

        var rows: [(cells: [PlacedCell], background: Color?, whole: Fragment)] = []
        for (index, row) in table.body.enumerated() {
            let cells = try placedCells(of: row, number: table.header.count + index + 1, role: .dataCell, in: table,
                                        widths: widths)
            let background = row.background ?? (index % 2 == 1 ? style.stripe : nil)
            let whole = try cellsSideBySide(cells, alignment: style.verticalAlignment, in: .unbounded(width: regions.width))
            rows.append((cells, background, backed(whole.fragments[0].structured(.tableRow), by: background,
                                                   width: regions.width)))
        }
        /// Whether a break between body rows `index - 1` and `index` is to be avoided.
        func bound(to index: Int) -> Bool {
            table.body[index - 1].keepWithNext || table.body[index].keepWithPrevious || index == rows.count - 1
        }

        var placement = Placement(fragments: [])
        var current = header
        /// The rows in the current region: each with the region's frame count and height before it, and
        /// whether it is whole.
        var placed: [(index: Int, frames: Int, height: Length, whole: Bool)] = []
        var available: Length { placement.fragments.isEmpty && !placement.startsInNextRegion ? regions.first : regions.full }
        func add(_ piece: Fragment, row index: Int, whole: Bool = true) {
            placed.append((index, current.frames.count, current.height, whole))
            if placed.count > 1, let rule = style.rowRule {
                current.frames.append(Self.rule(rule, at: current.height, width: regions.width))
            }
            current.place(piece, at: Point(x: 0, y: current.height))
        }
        func nextRegion() {
            placement.fragments.append(current)
            current = repeatedHeader
            placed = []
        }
        var index = 0
        while index < rows.count {
            let row = rows[index]
            if current.height + row.whole.height <= available + Regions.tolerance {
                add(row.whole, row: index)
                index += 1
            } else if !placed.isEmpty {
                while placed.count > 1, let last = placed.last, last.whole, bound(to: index) {
                    current.frames.removeSubrange(last.frames...)
                    current.height = last.height
                    placed.removeLast()
                    index = last.index
                }
                if placement.fragments.isEmpty, !placement.startsInNextRegion, regions.mayPush || regions.first < regions.full,
                   placed.count == 1, placed[0].whole, bound(to: index) {
                    // The table's first row must not stay alone at the foot of its first region (a group
                    // heading): the table starts on the next region instead.
                    current = header
                    placed = []
                    index = 0
                    placement.startsInNextRegion = true
                    continue
                }
                nextRegion()
            } else if placement.fragments.isEmpty, !placement.startsInNextRegion,
                      regions.mayPush || regions.first < regions.full,
                      header.height + row.whole.height <= regions.full + Regions.tolerance {
                placement.startsInNextRegion = true
            } else {
                let rest = Regions(width: regions.width, first: available - current.height,
                                   full: regions.full - header.height, mayPush: false)
                var pieces = try cellsSideBySide(row.cells, alignment: .top, in: rest).perRegion
                if pieces.count > 1, pieces[0].frames.isEmpty, placement.fragments.isEmpty {
                    // Not a line fits under the header here: the table starts on the next region.
                    pieces.removeFirst()
                    placement.startsInNextRegion = true
                }
                for (number, piece) in pieces.enumerated() {
                    if number > 0 { nextRegion() }
                    add(backed(piece.structured(.tableRow), by: row.background, width: regions.width), row: index, whole: false)
                }
                index += 1
            }
        }
        placement.fragments.append(current)
        return placement.structured(.table)
    }

    /// The cells of `row` with their columns' positions, padding and alignment; spans must cover every column.
    /// Each cell is `role` to a reader.
    private func placedCells(of row: TableRow, number: Int, role: StructureRole, in table: Table,
                             widths: [Length]) throws(LayoutError) -> [PlacedCell] {
        let spans = row.cells.reduce(0) { $0 + $1.span }
        guard spans == widths.count, row.cells.allSatisfy({ $0.span > 0 }) else {
            throw .tableRowMismatch(row: number, spans: spans, columns: widths.count)
        }
        var cells: [PlacedCell] = []
        var column = 0
        var x: Length = 0
        for cell in row.cells {
            let width = widths[column..<column + cell.span].reduce(0, +)
            let block = Self.aligned(cell.block, table.columns[column].alignment)
            cells.append(PlacedCell(x: x, width: width,
                                    block: .tagged(role, .box(block, style: BoxStyle(padding: table.style.cellPadding)))))
            column += cell.span
            x += width
        }
        return cells
    }

    /// A paragraph given the column's alignment; any other block unchanged.
    private static func aligned(_ block: Block, _ alignment: TextAlignment?) -> Block {
        guard let alignment, case let .paragraph(content, style, maxLines) = block else { return block }
        var aligned = style
        aligned.alignment = alignment
        return .paragraph(content, style: aligned, maxLines: maxLines)
    }

    /// `content` over a full-width background, when there is one.
    private func backed(_ content: Fragment, by color: Color?, width: Length) -> Fragment {
        guard let color else { return content }
        var fragment = Fragment(height: content.height, frames: [
            .shape(Shape(path: .rectangle(Rect(x: 0, y: 0, width: width, height: content.height)), fill: .color(color))),
        ])
        fragment.place(content, at: .zero)
        return fragment
    }

    /// A horizontal rule across the table centred on `y`, its ends pulled in by half its width so that even
    /// a square cap stays inside the table.
    private static func rule(_ stroke: Stroke, at y: Length, width: Length) -> Frame {
        let half = stroke.width / 2
        return .shape(Shape(path: .line(from: Point(x: half, y: y), to: Point(x: width - half, y: y)), stroke: stroke))
    }
}
