import Graphics

/// Whether work is already in the mouth (blue) or planned by the variant (green).
enum Tint: Hashable, Sendable {
    case existing
    case planned

    /// The strong colour.
    var color: Color { self == .existing ? ChartPalette.existing : ChartPalette.planned }
    /// The pale ground.
    var light: Color { self == .existing ? ChartPalette.existingLight : ChartPalette.plannedLight }
}
