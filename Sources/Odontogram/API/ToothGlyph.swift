import DentalModel
import Graphics
import Layout

/// One tooth drawn on its own, exactly as the chart draws it: for a table row, a caption or a legend.
///
/// The glyph keeps the chart's proportions and fits inside the rectangle it is given, centred. An upper
/// tooth has its roots up and its occlusal face below; a lower tooth the other way round.
public enum ToothGlyph {
    /// Which views of the tooth to draw.
    public enum Views: Hashable, Sendable {
        /// Crown and roots.
        case side
        /// The occlusal or incisal face with its five surfaces.
        case occlusal
        /// Both, one above the other.
        case both
    }

    /// The frames of `record`'s tooth in `rect`. `sextant` supplies periodontal values the record does not
    /// hold; `baseline` (the tooth before treatment) makes new work green.
    public static func frames(_ record: ToothRecord, in rect: Rect, views: Views = .both,
                              sextant: PeriodontalStatus? = nil, baseline: ToothRecord? = nil) -> [Frame] {
        let tooth = record.tooth
        let look = ToothLook(record: record, sextant: sextant, baseline: baseline)
        let placed = layout(tooth, in: rect, views: views)
        var frames: [Frame] = []
        if let side = placed.side { frames += SideView(tooth: tooth, look: look, in: side).frames() }
        if let occlusal = placed.occlusal { frames += OcclusalView(tooth: tooth, look: look, in: occlusal).frames() }
        return frames
    }

    /// The width-to-height ratio of the glyph of `tooth`, for sizing table cells.
    public static func aspectRatio(of tooth: ToothNumber, views: Views = .both) -> Double {
        let (width, height) = proportions(tooth, views: views)
        return width / height
    }

    /// Width and height in chart units.
    private static func proportions(_ tooth: ToothNumber, views: Views) -> (Double, Double) {
        let metrics = ChartMetrics(unit: 1)
        let scale = tooth.isPrimary ? ChartMetrics.primaryScale : 1
        let width = ChartMetrics.weight(position: tooth.position) * scale
        switch views {
        case .side: return (width, metrics.side(primary: tooth.isPrimary))
        case .occlusal: return (width, metrics.occlusal(primary: tooth.isPrimary))
        case .both: return (width, metrics.side(primary: tooth.isPrimary) + metrics.gap + metrics.occlusal(primary: tooth.isPrimary))
        }
    }

    private static func layout(_ tooth: ToothNumber, in rect: Rect, views: Views) -> (side: Rect?, occlusal: Rect?) {
        let (width, height) = proportions(tooth, views: views)
        let unit = max(min(rect.width / width, rect.height / height), 0)
        let metrics = ChartMetrics(unit: unit)
        let box = Rect(x: rect.minX + (rect.width - width * unit) / 2, y: rect.minY + (rect.height - height * unit) / 2,
                       width: width * unit, height: height * unit)
        let sideHeight = metrics.side(primary: tooth.isPrimary), occlusalHeight = metrics.occlusal(primary: tooth.isPrimary)
        switch views {
        case .side: return (box, nil)
        case .occlusal: return (nil, box)
        case .both:
            let upper = tooth.jaw == .upper
            let side = Rect(x: box.minX, y: upper ? box.minY : box.maxY - sideHeight, width: box.width, height: sideHeight)
            let occlusal = Rect(x: box.minX, y: upper ? box.maxY - occlusalHeight : box.minY, width: box.width,
                                height: occlusalHeight)
            return (side, occlusal)
        }
    }
}
