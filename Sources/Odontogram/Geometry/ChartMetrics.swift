import Graphics

/// The sizes of a chart's bands for one unit (the width of a column of weight 1). Text sizes follow the
/// unit but stay readable: below a point size they stop shrinking and their bands grow instead.
struct ChartMetrics: Sendable {
    let unit: Length

    /// Relative column widths by position 1…8 (central incisor … third molar).
    static let columnWeights: [Double] = [0.92, 0.80, 0.86, 0.82, 0.82, 1.10, 1.04, 0.98]
    /// The gap at the midline, in units.
    static let midline = 0.2
    /// How much smaller primary teeth are drawn.
    static let primaryScale = 0.8

    static func weight(position: Int) -> Double { columnWeights[min(max(position, 1), 8) - 1] }

    var numberFont: Length { min(max(unit * 0.27, 4.5), 10) }
    var numberBand: Length { max(unit * 0.42, numberFont * 1.45) }
    var badgeFont: Length { min(max(unit * 0.19, 4), 8) }
    var badgeHeight: Length { max(unit * 0.27, badgeFont * 1.4) }
    var badgeLine: Length { badgeHeight + unit * 0.04 }
    func markBand(lines: Int) -> Length { lines == 0 ? 0 : Double(lines) * badgeLine + unit * 0.05 }
    func side(primary: Bool) -> Length { unit * 2.2 * (primary ? Self.primaryScale : 1) }
    var gap: Length { unit * 0.1 }
    func occlusal(primary: Bool) -> Length { unit * 0.9 * (primary ? Self.primaryScale : 1) }
    var rowGap: Length { unit * 0.15 }
    var jawGap: Length { unit * 0.35 }
    var header: Length { badgeLine + unit * 0.1 }

    /// The height of one row of teeth.
    func row(primary: Bool, markLines: Int) -> Length {
        markBand(lines: markLines) + numberBand + side(primary: primary) + gap + occlusal(primary: primary)
    }
}
