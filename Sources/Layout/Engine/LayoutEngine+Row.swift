import Graphics

extension LayoutEngine {
    /// A block placed in a column of a row or table: its left edge and width.
    struct PlacedCell {
        var x: Length
        var width: Length
        var block: Block
    }

    /// Columns side by side; kept whole unless taller than a region.
    func row(_ items: [RowItem], spacing: Length, alignment: VerticalAlignment,
             in regions: Regions) throws(LayoutError) -> Placement {
        let widths = try columnWidths(items.map(\.width), total: regions.width, spacing: spacing)
        var x: Length = 0
        var cells: [PlacedCell] = []
        for (item, width) in zip(items, widths) {
            cells.append(PlacedCell(x: x, width: width, block: item.block))
            x += width + spacing
        }
        return try keepWhole(in: regions) { regions throws(LayoutError) in
            try cellsSideBySide(cells, alignment: alignment, in: regions)
        }
    }

    /// `cells` in rows of `columns` equal columns; the last row keeps the same column widths.
    func grid(_ cells: [Block], columns: Int, columnSpacing: Length, rowSpacing: Length, alignment: VerticalAlignment,
              in regions: Regions) throws(LayoutError) -> Placement {
        guard columns > 0 else { throw .invalidSize("a grid needs at least one column, not \(columns)") }
        let rows = stride(from: 0, to: cells.count, by: columns).map { start in
            let members = cells[start..<min(start + columns, cells.count)]
            let blanks = Array(repeating: Block.stack([]), count: columns - members.count)
            return Block.row((members + blanks).map { RowItem(.fraction(1), $0) }, spacing: columnSpacing,
                             alignment: alignment)
        }
        return try flow(rows, spacing: rowSpacing, in: regions)
    }

    /// Lays cells out next to each other. Measured whole (one region), shorter cells are aligned; broken across
    /// regions, each cell breaks on its own and region i holds every cell's i-th piece.
    func cellsSideBySide(_ cells: [PlacedCell], alignment: VerticalAlignment,
                         in regions: Regions) throws(LayoutError) -> Placement {
        if regions.isUnbounded {
            let pieces = try cells.map { cell throws(LayoutError) in try whole(cell.block, width: cell.width) }
            let baselines = pieces.map { $0.firstBaseline ?? 0 }
            let lowestBaseline = baselines.max() ?? 0
            var row = Fragment(height: pieces.map(\.height).max() ?? 0)
            for (index, (cell, piece)) in zip(cells, pieces).enumerated() {
                let slack = row.height - piece.height
                let dy = switch alignment {
                case .top: 0.0
                case .center: slack / 2
                case .bottom: slack
                case .firstBaseline: lowestBaseline - baselines[index]
                }
                row.place(piece, at: Point(x: cell.x, y: dy))
            }
            return Placement(row)
        }
        var perRegion: [Fragment] = []
        for cell in cells {
            let inner = Regions(width: cell.width, first: regions.first, full: regions.full, mayPush: false)
            for (index, piece) in try layout(cell.block, in: inner).perRegion.enumerated() {
                if index == perRegion.count { perRegion.append(Fragment()) }
                perRegion[index].place(piece, at: Point(x: cell.x, y: 0))
            }
        }
        if perRegion.count > 1, perRegion[0].frames.isEmpty {
            return Placement(startsInNextRegion: true, fragments: Array(perRegion.dropFirst()))
        }
        return Placement(fragments: perRegion)
    }

    /// Resolves column widths: fixed ones as given, fractions sharing what is left after fixed widths and gaps.
    func columnWidths(_ widths: [ColumnWidth], total: Length, spacing: Length) throws(LayoutError) -> [Length] {
        var fixed: Length = spacing * Double(max(0, widths.count - 1))
        var fractions = 0.0
        for width in widths {
            switch width {
            case let .fixed(points):
                guard points >= 0 else { throw .invalidSize("a column width of \(points) pt") }
                fixed += points
            case let .fraction(share):
                guard share > 0 else { throw .invalidSize("a column fraction of \(share)") }
                fractions += share
            }
        }
        guard fixed <= total + Regions.tolerance else { throw .columnsTooWide(needed: fixed, available: total) }
        let rest = max(0, total - fixed)
        return widths.map {
            switch $0 {
            case let .fixed(points): points
            case let .fraction(share): rest * share / fractions
            }
        }
    }
}
