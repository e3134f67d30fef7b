import DentalModel
import Graphics

/// What decides a chart's geometry besides its box: the teeth shown, the lines of action badges to
/// reserve per tooth and whether a header strip is needed. A before chart and its after charts share one
/// layout, so the same tooth is at the same place on every side.
struct ChartLayout: Hashable, Sendable {
    var teeth: [ToothNumber]
    var markLines: Int
    var header: Bool

    /// The layout holding both `self` and `other`.
    func merged(with other: ChartLayout) -> ChartLayout {
        ChartLayout(teeth: Array(Set(teeth).union(other.teeth)).sorted(),
                    markLines: max(markLines, other.markLines), header: header || other.header)
    }

    private enum Row: CaseIterable {
        case upperPermanent, upperPrimary, lowerPrimary, lowerPermanent
        var primary: Bool { self == .upperPrimary || self == .lowerPrimary }
        var upper: Bool { self == .upperPermanent || self == .upperPrimary }
        func holds(_ tooth: ToothNumber) -> Bool { tooth.isPrimary == primary && (tooth.jaw == .upper) == upper }
    }

    private var rows: [Row] { Row.allCases.filter { row in teeth.contains(where: row.holds) } }
    private var positions: Int { teeth.contains { !$0.isPrimary } ? 8 : 5 }

    /// The chart's width in units.
    var widthUnits: Double {
        2 * (1...positions).map(ChartMetrics.weight(position:)).reduce(0, +) + ChartMetrics.midline
    }

    /// The chart's height at `unit`.
    func height(unit: Length) -> Length {
        let metrics = ChartMetrics(unit: unit)
        var height = header ? metrics.header : 0
        var previous: Row?
        for row in rows {
            if let previous { height += previous.upper == row.upper ? metrics.rowGap : metrics.jawGap }
            height += metrics.row(primary: row.primary, markLines: markLines)
            previous = row
        }
        return height
    }

    /// The height of the chart drawn `width` points wide.
    func height(forWidth width: Length) -> Length { height(unit: max(width, 0) / widthUnits) }

    /// The largest unit at which the chart fits `size`.
    func unit(fitting size: Size) -> Length {
        var high = max(size.width, 0) / widthUnits
        guard height(unit: high) > size.height else { return high }
        // Height grows with the unit (linearly, plus text bands held at a minimum size): bisect.
        var low = 0.0
        for _ in 0..<40 {
            let middle = (low + high) / 2
            if height(unit: middle) > size.height { high = middle } else { low = middle }
        }
        return low
    }

    /// The geometry in `rect`: as large as fits, centred horizontally, at the top.
    func geometry(in rect: Rect) -> ChartGeometry {
        let unit = unit(fitting: rect.size)
        let metrics = ChartMetrics(unit: unit)
        let width = widthUnits * unit
        let left = rect.minX + (rect.width - width) / 2
        var y = rect.minY
        var header: Rect?
        if self.header {
            header = Rect(x: left, y: y, width: width, height: metrics.header)
            y += metrics.header
        }
        var cells: [ToothCell] = []
        var previous: Row?
        for row in rows {
            if let previous { y += previous.upper == row.upper ? metrics.rowGap : metrics.jawGap }
            let height = metrics.row(primary: row.primary, markLines: markLines)
            for tooth in teeth where row.holds(tooth) {
                cells.append(cell(tooth, top: y, height: height, left: left, metrics: metrics, primary: row.primary))
            }
            y += height
            previous = row
        }
        cells.sort { $0.tooth < $1.tooth }
        return ChartGeometry(bounds: Rect(x: left, y: rect.minY, width: width, height: y - rect.minY),
                             unit: unit, cells: cells, header: header)
    }

    private func cell(_ tooth: ToothNumber, top: Length, height: Length, left: Length, metrics: ChartMetrics,
                      primary: Bool) -> ToothCell {
        let unit = metrics.unit
        let weight = ChartMetrics.weight(position: tooth.position)
        // Columns run 8…1 on the patient's right (left of the page), then 1…8.
        let rightHalf = (1...positions).map(ChartMetrics.weight(position:)).reduce(0, +)
        let x: Length
        if tooth.isPatientRight {
            let outer = (1...positions).filter { $0 > tooth.position }
            x = left + outer.map(ChartMetrics.weight(position:)).reduce(0, +) * unit
        } else {
            let inner = (1..<max(tooth.position, 1)).map(ChartMetrics.weight(position:)).reduce(0, +)
            x = left + (rightHalf + ChartMetrics.midline + inner) * unit
        }
        let column = Rect(x: x, y: top, width: weight * unit, height: height)
        let glyphWidth = column.width * (primary ? ChartMetrics.primaryScale : 1)
        let glyphX = column.minX + (column.width - glyphWidth) / 2
        // Bands from the outside of the chart to the occlusal plane; flipped for the lower jaw.
        let bands: [Length] = [metrics.markBand(lines: markLines), metrics.numberBand, metrics.side(primary: primary),
                               metrics.gap, metrics.occlusal(primary: primary)]
        var offsets: [Length] = []
        var running: Length = 0
        for band in bands { offsets.append(running); running += band }
        func band(_ index: Int, x: Length, width: Length) -> Rect {
            let from = tooth.jaw == .upper ? top + offsets[index] : top + height - offsets[index] - bands[index]
            return Rect(x: x, y: from, width: width, height: bands[index])
        }
        return ToothCell(tooth: tooth, column: column,
                         number: band(1, x: column.minX, width: column.width),
                         side: band(2, x: glyphX, width: glyphWidth),
                         occlusal: band(4, x: glyphX, width: glyphWidth),
                         marks: markLines > 0 ? band(0, x: column.minX, width: column.width) : nil)
    }
}
