import Graphics

/// The chart's colours. Clinical meaning is fixed everywhere a chart appears: red is a problem, blue is
/// existing work, green is planned work. Every meaning is also carried by a shape or a pattern (see
/// `LegendKey`), so a greyscale print or a colour-blind reader loses nothing.
public enum ChartPalette {
    /// Problems: caries, lesions, fractures, inflammation.
    public static let problem = Color(red: 0.776, green: 0.157, blue: 0.157)
    /// The pale ground under problem patterns.
    public static let problemLight = Color(red: 0.988, green: 0.894, blue: 0.886)
    /// Existing work: fillings, crowns, canal fillings.
    public static let existing = Color(red: 0.118, green: 0.353, blue: 0.659)
    /// The pale ground of existing work.
    public static let existingLight = Color(red: 0.863, green: 0.906, blue: 0.961)
    /// Planned work and the after-state; also the default accent of changed teeth.
    public static let planned = Color(red: 0.180, green: 0.490, blue: 0.310)
    /// The pale ground of planned work.
    public static let plannedLight = Color(red: 0.867, green: 0.941, blue: 0.894)
    /// Metal (amalgam, gold, metal crowns, posts).
    public static let metal = Color(red: 0.290, green: 0.322, blue: 0.380)
    /// Lines drawn over metal.
    public static let metalLight = Color(red: 0.655, green: 0.686, blue: 0.733)
    /// Tooth outlines.
    public static let outline = Color(red: 0.369, green: 0.400, blue: 0.451)
    /// Enamel (the crown).
    public static let enamel = Color.white
    /// Dentine and cementum (the roots).
    public static let dentine = Color(red: 0.945, green: 0.925, blue: 0.886)
    /// Missing and unerupted teeth.
    public static let ghost = Color(red: 0.682, green: 0.706, blue: 0.745)
    /// Plaque stipple.
    public static let plaque = Color(red: 0.659, green: 0.455, blue: 0.102)
    /// Implant titanium.
    public static let titanium = Color(red: 0.663, green: 0.694, blue: 0.737)
    /// A periapical lesion.
    public static let lesion = Color(red: 0.498, green: 0.114, blue: 0.114)
    /// Tooth numbers and badge figures.
    public static let text = Color(red: 0.227, green: 0.251, blue: 0.290)
}
