import DentalModel
import Graphics

/// The measured layout of a chart in a rectangle: one cell per tooth, in chart order.
///
/// Rows run from the top: upper permanent, upper primary, lower primary, lower permanent (only those with
/// teeth). Columns are the tooth positions 8…1 | 1…8 (5…1 | 1…5 for a primary-only chart), the patient's
/// right on the left of the page; a primary tooth sits in the column of the permanent tooth that
/// replaces it. Upper rows have their roots up, lower rows down; the occlusal faces meet in the middle.
public struct ChartGeometry: Hashable, Sendable {
    /// The area the chart draws in (centred horizontally in the rectangle it was given).
    public let bounds: Rect
    /// The width of a column of weight 1, in points: the chart's scale.
    public let unit: Length
    /// One cell per charted tooth, in chart order.
    public let cells: [ToothCell]
    /// The strip above the chart for actions on a jaw or the whole mouth, when reserved.
    public let header: Rect?

    /// The cell of `tooth`, if the chart shows it.
    public func cell(for tooth: ToothNumber) -> ToothCell? {
        cells.first { $0.tooth == tooth }
    }

    var metrics: ChartMetrics { ChartMetrics(unit: unit) }
}
