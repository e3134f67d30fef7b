/// The standard clinical photograph views.
public enum PhotoView: String, Sendable, Hashable, Codable, CaseIterable {
    /// Face portrait.
    case portrait
    /// Natural smile.
    case smile
    /// Retracted frontal view of the teeth in occlusion.
    case frontal
    /// Retracted left lateral.
    case left
    /// Retracted right lateral.
    case right
    /// Upper occlusal (mirror).
    case upperOcclusal = "upper-occlusal"
    /// Lower occlusal (mirror).
    case lowerOcclusal = "lower-occlusal"
}
