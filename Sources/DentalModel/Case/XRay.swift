/// One radiograph of the imaging protocol.
public struct XRay: Sendable, Hashable, Codable {
    /// Its kind.
    public var kind: XRayKind
    /// The image.
    public var file: ImageFile
    /// The caption, shown verbatim.
    public var caption: String
    /// When it was taken.
    public var date: CalendarDate
    /// The teeth it shows (periapical, bitewing, CBCT view); empty for a panoramic.
    public var teeth: [ToothNumber]
    /// For a CBCT, which view it is ("axial", "cross-section 36"…), as written.
    public var view: String?

    /// Creates a radiograph entry.
    public init(kind: XRayKind, file: ImageFile, caption: String, date: CalendarDate,
                teeth: [ToothNumber] = [], view: String? = nil) {
        self.kind = kind
        self.file = file
        self.caption = caption
        self.date = date
        self.teeth = teeth
        self.view = view
    }
}
