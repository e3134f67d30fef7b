import DentalModel
import Graphics
import Layout
import Odontogram

/// What we found, on two screens for the chair (`layout: summary`): the X-ray as large as the screen
/// allows with the photographs beside it, then the chart of today as large as its key beside it allows.
/// The introduction and the findings in words are left to the conversation.
struct CurrentStateSummarySection {
    let context: BookletContext

    func blocks() -> [Block] {
        let type = context.typography
        let title = context.title(.currentTitle)
        var blocks: [Block] = [.anchor("current-state")]
        let height = context.bodyHeight - context.height(of: title) - type.lines(1)
        if let imaging = imaging(maxHeight: height) {
            blocks += [title, imaging, .pageBreak]
        } else {
            blocks.append(title)
        }
        let heading = context.heading(.currentChart)
        blocks += [heading, chart(maxHeight: context.bodyHeight - context.height(of: heading) - type.lines(1))]
        return blocks
    }

    /// The panoramic X-ray (else the first) large, and beside it the other X-rays and the photographs in
    /// protocol order, at most `maxHeight` tall; nil when the case has neither.
    private func imaging(maxHeight: Length) -> Block? {
        let type = context.typography
        let width = context.template.page.contentRect.width, gap = type.lines(3)
        // Captions: one line under the X-ray, up to two under a photograph.
        let captionLine = context.styles.small.size * context.styles.small.lineHeight
        let captionHeight = captionLine + type.lines(0.5)
        let xrays = context.shownXrays, xray = xrays.first
        let photos = xrays.dropFirst().map { (caption: $0.record.caption, image: $0.image) }
            + context.shownPhotos.map { (caption: $0.record.caption, image: $0.image) }
        guard xray != nil || !photos.isEmpty else { return nil }
        // The X-ray as tall as the screen allows, in at most two thirds of the width; the photographs
        // in the rest, as large as their grid allows.
        guard let (xrayRecord, xrayImage) = xray else {
            return photoGrid(photos, width: width, maxHeight: maxHeight, captionHeight: captionHeight + captionLine).block
        }
        let natural = xrayImage.uprightSize.width / max(xrayImage.uprightSize.height, 1)
        let xrayWidth = photos.isEmpty ? width : min((maxHeight - captionHeight) * natural, width * 2 / 3)
        let picture = Block.image(xrayImage, sizing: .height(min(maxHeight - captionHeight, xrayWidth / natural)),
                                  fit: .contain,
                                  caption: Blocks.plain(xrayRecord.caption, context.styles.small, maxLines: 1),
                                  captionSpacing: type.lines(0.5))
        let grid = photos.isEmpty ? nil : photoGrid(photos, width: width - xrayWidth - gap, maxHeight: maxHeight,
                                                    captionHeight: captionHeight + captionLine)
        guard let grid else { return picture }
        return .row([RowItem(.fixed(xrayWidth), picture), RowItem(.fixed(grid.width), grid.block)], spacing: gap)
    }

    /// The pictures in as few columns as keep the grid under `maxHeight`, and the width it takes.
    private func photoGrid(_ photos: [(caption: String, image: Image)], width: Length, maxHeight: Length,
                           captionHeight: Length) -> (block: Block, width: Length) {
        let type = context.typography, spacing = type.lines(1)
        let cells = photos.map { caption, image in
            Block.image(image, sizing: .aspectRatio(4.0 / 3.0), fit: .cover,
                        caption: Blocks.plain(caption, context.styles.small, maxLines: 2),
                        captionSpacing: type.lines(0.5))
        }
        // The tallest a photograph may be for `columns` columns, and the grid width that gives.
        func gridWidth(columns: Int) -> Length {
            let rows = Double((photos.count + columns - 1) / columns)
            let photoHeight = (maxHeight - (rows - 1) * spacing) / rows - captionHeight
            let photoWidth = min(photoHeight * 4 / 3, (width - Double(columns - 1) * spacing) / Double(columns))
            return photoWidth * Double(columns) + Double(columns - 1) * spacing
        }
        let columns = (1...4).max { gridWidth(columns: $0) < gridWidth(columns: $1) } ?? 2
        return (.grid(cells, columns: columns, columnSpacing: spacing, rowSpacing: spacing), gridWidth(columns: columns))
    }

    /// The chart of today beside its compact key, the chart as large as a key that fits the height allows;
    /// a key too long for a column beside the chart goes under it.
    private func chart(maxHeight: Length) -> Block {
        let type = context.typography, width = context.template.page.contentRect.width, gap = type.lines(3)
        let chart = context.currentChart
        let legend = context.legend([chart], compact: true)
        // The narrowest key column that fits the height leaves the chart the most room.
        let steps = 10...30
        if let keyWidth = steps.map({ width * Double($0) / 60 }).first(where: { context.height(of: legend, width: $0) <= maxHeight }) {
            let chartWidth = min(width - keyWidth - gap, context.width(of: chart, maxHeight: maxHeight))
            return .row([RowItem(.fixed(chartWidth), context.chart(chart, maxWidth: chartWidth)),
                         RowItem(.fraction(1), legend)], spacing: gap, alignment: .center)
        }
        let chartHeight = maxHeight - context.height(of: legend) - type.lines(1)
        return .stack([context.chart(chart, maxWidth: context.width(of: chart, maxHeight: chartHeight)), legend],
                      spacing: type.lines(1))
    }

}
