/// One clinical photograph.
public struct Photo: Sendable, Hashable, Codable {
    /// Its standard view.
    public var view: PhotoView
    /// The image.
    public var file: ImageFile
    /// The caption, shown verbatim.
    public var caption: String
    /// When it was taken.
    public var date: CalendarDate

    /// Creates a photograph entry.
    public init(view: PhotoView, file: ImageFile, caption: String, date: CalendarDate) {
        self.view = view
        self.file = file
        self.caption = caption
        self.date = date
    }
}
