import Foundation

/// Resolves image paths written in a case file and refuses any that escape the allowed root.
///
/// A path is resolved against the case file's directory, symlinks are followed, and the result
/// must lie inside `root` (itself symlink-resolved) and exist as a regular file. Bytes are not read.
public struct ImageResolver: Sendable {
    /// The directory the path is relative to (the case file's directory).
    public let baseDirectory: URL
    /// The directory no image may resolve outside of.
    public let root: URL

    /// Creates a resolver; `root` defaults to `baseDirectory`.
    public init(baseDirectory: URL, root: URL? = nil) {
        self.baseDirectory = baseDirectory.standardizedFileURL
        self.root = (root ?? baseDirectory).standardizedFileURL.resolvingSymlinksInPath()
    }

    /// The checked image for the path text at `cursor`.
    public func resolve(_ cursor: NodeCursor) throws(InputError) -> ImageFile {
        let written = try cursor.nonEmptyText()
        let candidate = written.hasPrefix("/")
            ? URL(fileURLWithPath: written)
            : baseDirectory.appendingPathComponent(written)
        let resolved = candidate.standardizedFileURL.resolvingSymlinksInPath()
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        guard resolved.path.hasPrefix(rootPath) else {
            throw cursor.error("image path \"\(written)\" resolves outside the allowed root \(root.path)")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isDirectory),
              !isDirectory.boolValue else {
            throw cursor.error("image file \"\(written)\" does not exist (looked for \(resolved.path))")
        }
        return ImageFile(path: written, url: resolved)
    }
}
