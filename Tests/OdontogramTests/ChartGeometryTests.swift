import DentalModel
import Graphics
import Layout
import Odontogram
import PlanEngine
import Testing

/// The chart as a layout element: it sizes to its box, its 52 tooth slots never overlap, and every
/// tooth draws inside its slot.
@Suite struct ChartGeometryTests {
    static let width: Length = 480

    @Test func mixedDentitionLaysOut52TeethWithoutOverlap() {
        let chart = Odontogram(formula: DentalFormula(dentition: .mixed))
        let height = chart.height(forWidth: Self.width)
        let geometry = chart.geometry(in: Rect(x: 20, y: 30, width: Self.width, height: height))
        #expect(geometry.cells.count == 52)
        #expect(Set(geometry.cells.map(\.tooth)).count == 52)
        for (index, cell) in geometry.cells.enumerated() {
            #expect(geometry.bounds.contains(cell.column), "\(cell.tooth) leaves the chart")
            for part in [cell.number, cell.side, cell.occlusal] {
                #expect(cell.column.contains(part), "\(cell.tooth): a band leaves its column")
            }
            for other in geometry.cells[(index + 1)...] {
                #expect(overlap(cell.column, other.column) < 0.01, "\(cell.tooth) overlaps \(other.tooth)")
            }
        }
    }

    @Test func primaryTeethSitInTheColumnsOfTheirSuccessorsAndAreSmaller() throws {
        let geometry = Odontogram(formula: DentalFormula(dentition: .mixed)).geometry(in: Rect(x: 0, y: 0, width: Self.width, height: 1000))
        for (primary, permanent) in [(55, 15), (61, 21), (73, 33), (84, 44)] {
            let small = try #require(geometry.cell(for: ChartFixtures.tooth(primary)))
            let large = try #require(geometry.cell(for: ChartFixtures.tooth(permanent)))
            #expect(abs(small.column.minX + small.column.width / 2 - large.column.minX - large.column.width / 2) < 0.01)
            #expect(small.side.width < large.side.width * 0.85)
            #expect(small.side.height < large.side.height * 0.85)
        }
    }

    @Test func upperTeethHaveRootsUpAndLowerTeethDown() throws {
        let geometry = Odontogram(formula: DentalFormula()).geometry(in: Rect(x: 0, y: 0, width: Self.width, height: 1000))
        let upper = try #require(geometry.cell(for: ChartFixtures.tooth(16)))
        let lower = try #require(geometry.cell(for: ChartFixtures.tooth(46)))
        #expect(upper.number.maxY <= upper.side.minY && upper.side.maxY <= upper.occlusal.minY)
        #expect(lower.occlusal.maxY <= lower.side.minY && lower.side.maxY <= lower.number.minY)
        #expect(upper.occlusal.maxY < lower.occlusal.minY)
        // The patient's right is on the left of the page.
        let central = try #require(geometry.cell(for: ChartFixtures.tooth(11)))
        #expect(upper.column.maxX <= central.column.minX)
    }

    @Test func heightForWidthIsWhatTheChartTakes() {
        for width in [160.0, 300, 480, 760] {
            let chart = Odontogram(formula: DentalFormula())
            let height = chart.height(forWidth: width)
            let bounds = chart.geometry(in: Rect(x: 0, y: 0, width: width, height: height)).bounds
            #expect(abs(bounds.width - width) < 0.01)
            #expect(abs(bounds.height - height) < 0.01)
        }
    }

    @Test func aShortBoxShrinksTheChartToFitAndCentresIt() {
        let chart = Odontogram(formula: DentalFormula())
        let box = Rect(x: 10, y: 10, width: 480, height: 120)
        let geometry = chart.geometry(in: box)
        #expect(box.contains(geometry.bounds))
        #expect(geometry.bounds.height > 119)
        #expect(abs((geometry.bounds.minX - box.minX) - (box.maxX - geometry.bounds.maxX)) < 0.01)
        #expect(geometry.bounds.width < 480)
    }

    /// Every state, on every one of the 52 teeth, draws inside the rectangle it is given.
    @Test func everyGlyphStaysInsideItsRectangle() {
        for sample in StateSamples.all {
            for tooth in ToothNumber.chartOrder {
                var record = sample.records[0]
                record.tooth = tooth
                for views in [ToothGlyph.Views.side, .occlusal, .both] {
                    let rect = Rect(x: 5, y: 7, width: 24, height: 80)
                    let frames = ToothGlyph.frames(record, in: rect, views: views, baseline: sample.baseline(of: record))
                    let bounds = Frame.union(frames.map(\.bounds))
                    #expect(rect.inset(top: -0.6, right: -0.6, bottom: -0.6, left: -0.6).contains(bounds),
                            "\(sample.name) on \(tooth) (\(views)) leaves its rectangle: \(bounds)")
                }
            }
        }
    }

    @Test func chartFramesStayInsideTheChart() throws {
        let engine = try ChartFixtures.engine()
        let loaded = try ChartFixtures.fullMouth()
        let after = loaded.afterState().variants[1]
        let chart = Odontogram(formula: after.formula, changes: ChartChanges(
            after: after, before: loaded.dentalCase.formula))
        let rect = Rect(x: 40, y: 60, width: Self.width, height: chart.height(forWidth: Self.width))
        let frames = try chart.frames(in: rect, text: engine)
        let bounds = Frame.union(frames.map(\.bounds))
        #expect(rect.inset(top: -1, right: -1, bottom: -1, left: -1).contains(bounds), "\(bounds) leaves \(rect)")
    }

    @Test func beforeAndAfterShareOneGeometry() throws {
        let loaded = try ChartFixtures.fullMouth()
        let dentalCase = loaded.dentalCase
        let afters = zip(loaded.afterState().variants, dentalCase.variants).map { after, variant in
            Odontogram(formula: after.formula, changes: ChartChanges(after: after, before: dentalCase.formula))
        }
        for arrangement in [BeforeAfterChart.Arrangement.stacked, .sideBySide] {
            let pair = BeforeAfterChart(before: Odontogram(formula: dentalCase.formula), after: afters, arrangement: arrangement)
            let rect = Rect(x: 0, y: 0, width: 800, height: pair.height(forWidth: 800))
            let panels = pair.panels(in: rect)
            #expect(panels.count == 4)
            let geometries = zip(pair.charts, panels).map { $0.geometry(in: $1.chart) }
            for (geometry, panel) in zip(geometries, panels) {
                #expect(rect.contains(panel.chart))
                // Same cells at the same place relative to each panel.
                let first = geometries[0], origin = panels[0].chart.origin
                for (a, b) in zip(first.cells, geometry.cells) {
                    #expect(a.tooth == b.tooth)
                    #expect(abs((a.side.minX - origin.x) - (b.side.minX - panel.chart.minX)) < 0.01)
                    #expect(abs((a.side.minY - origin.y) - (b.side.minY - panel.chart.minY)) < 0.01)
                    #expect(abs(a.side.width - b.side.width) < 0.01)
                }
            }
        }
    }

    private func overlap(_ a: Rect, _ b: Rect) -> Double {
        max(0, min(a.maxX, b.maxX) - max(a.minX, b.minX)) * max(0, min(a.maxY, b.maxY) - max(a.minY, b.minY))
    }
}
