import DentalModel
import Graphics
import Layout

/// The current chart and one or more after-charts, drawn at one scale with one geometry, so the eye
/// sees only what changes: the same tooth sits at the same place in every panel.
public struct BeforeAfterChart: Hashable {
    /// How the panels are arranged.
    public enum Arrangement: Hashable, Sendable {
        /// In a row, left to right.
        case sideBySide
        /// In a column, top to bottom.
        case stacked
    }

    /// Where one panel goes: a slot for its caption (set by the caller) above the chart.
    public struct Panel: Hashable, Sendable {
        public let caption: Rect
        public let chart: Rect
    }

    /// Every chart, the current one first, all sharing one layout.
    public let charts: [Odontogram]
    public let arrangement: Arrangement
    /// Space between panels.
    public let spacing: Length
    /// Height reserved above each chart for its caption.
    public let captionHeight: Length

    /// The before chart followed by `after`, arranged `arrangement`.
    public init(before: Odontogram, after: [Odontogram], arrangement: Arrangement = .stacked, spacing: Length = 12,
                captionHeight: Length = 0) {
        let all = [before] + after
        let shared = all.dropFirst().reduce(before.layout) { $0.merged(with: $1.layout) }
        charts = all.map { chart in
            var chart = chart
            chart.layout = shared
            return chart
        }
        self.arrangement = arrangement
        self.spacing = spacing
        self.captionHeight = captionHeight
    }

    /// The height taken at `width`.
    public func height(forWidth width: Length) -> Length {
        let layout = charts[0].layout
        switch arrangement {
        case .sideBySide:
            return captionHeight + layout.height(forWidth: panelWidth(width))
        case .stacked:
            let one = captionHeight + layout.height(forWidth: width)
            return one * Double(charts.count) + spacing * Double(charts.count - 1)
        }
    }

    /// The panels in `rect`, in the order of `charts`. Every chart gets the same size.
    public func panels(in rect: Rect) -> [Panel] {
        let count = Double(charts.count)
        let size: Size
        switch arrangement {
        case .sideBySide:
            size = Size(width: panelWidth(rect.width), height: rect.height)
        case .stacked:
            size = Size(width: rect.width, height: max((rect.height - spacing * (count - 1)) / count, 0))
        }
        return charts.indices.map { index in
            let offset = Double(index)
            let origin = arrangement == .sideBySide
                ? Point(x: rect.minX + offset * (size.width + spacing), y: rect.minY)
                : Point(x: rect.minX, y: rect.minY + offset * (size.height + spacing))
            let caption = Rect(x: origin.x, y: origin.y, width: size.width, height: captionHeight)
            let chart = Rect(x: origin.x, y: origin.y + captionHeight, width: size.width,
                             height: max(size.height - captionHeight, 0))
            return Panel(caption: caption, chart: chart)
        }
    }

    /// Every chart's frames in its panel.
    public func frames(in rect: Rect, text: TextEngine) throws(GraphicsError) -> [Frame] {
        let panels = panels(in: rect)
        // One unit for all: the smallest any panel allows.
        let unit = panels.map { charts[0].layout.unit(fitting: $0.chart.size) }.min() ?? 0
        var frames: [Frame] = []
        for (chart, panel) in zip(charts, panels) {
            let width = chart.layout.widthUnits * unit
            let box = Rect(x: panel.chart.minX, y: panel.chart.minY, width: panel.chart.width,
                           height: chart.layout.height(unit: unit))
            frames += try chart.frames(in: Rect(x: box.minX + (box.width - width) / 2, y: box.minY, width: width,
                                                height: box.height), text: text)
        }
        return frames
    }

    private func panelWidth(_ width: Length) -> Length {
        max((width - spacing * Double(charts.count - 1)) / Double(charts.count), 0)
    }
}
