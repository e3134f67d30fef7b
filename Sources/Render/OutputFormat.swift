/// The kinds of file PlanPress writes.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// The whole document, vector, fonts subset and embedded, JPEGs passed through.
    case pdf
    /// One raster image per page.
    case png
    /// One vector image per page.
    case svg

    /// The MIME type of a file of this format.
    public var contentType: String {
        switch self {
        case .pdf: "application/pdf"
        case .png: "image/png"
        case .svg: "image/svg+xml"
        }
    }

    /// Whether one file holds one page (PNG, SVG) rather than the whole document (PDF).
    public var isOnePagePerFile: Bool { self != .pdf }

    /// The format a file name's extension names (`out.PNG` → `.png`), if any.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        self.init(rawValue: fileName[fileName.index(after: dot)...].lowercased())
    }
}
