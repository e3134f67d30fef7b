import Foundation

/// An image the case refers to: the path as written and where it resolved to.
///
/// The loader resolves `path` against the case file's directory, follows symlinks, refuses
/// anything outside the allowed root and checks the file exists. It never reads the bytes.
public struct ImageFile: Sendable, Hashable, Codable {
    /// The path exactly as written in the case file.
    public var path: String
    /// The resolved absolute file URL (symlinks resolved).
    public var url: URL
    /// Where the case names it, e.g. `imaging.xrays[0].file`, for errors about the image's bytes.
    public var field: String

    /// Creates a reference; loaders build these after checking the path.
    public init(path: String, url: URL, field: String = "") {
        self.path = path
        self.url = url
        self.field = field
    }
}
