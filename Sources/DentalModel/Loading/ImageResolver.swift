import Foundation

/// Resolves the paths a case file names (images, the logo, the price list) and refuses any that escape
/// the allowed root or that are not regular files.
///
/// A path is resolved against the case file's directory, symlinks are followed, and the result must lie
/// inside `root` (itself symlink-resolved) and be a regular file: a directory, a FIFO or a device is
/// refused by name before anything opens it (a FIFO would block the read). Bytes are not read, so an
/// error never quotes a file's content.
public struct ImageResolver: Sendable {
    /// The directory the path is relative to (the case file's directory).
    public let baseDirectory: URL
    /// The directory no file may resolve outside of.
    public let root: URL

    /// Creates a resolver; `root` defaults to `baseDirectory`.
    public init(baseDirectory: URL, root: URL? = nil) {
        self.baseDirectory = baseDirectory.standardizedFileURL
        self.root = (root ?? baseDirectory).standardizedFileURL.resolvingSymlinksInPath()
    }

    /// The checked image for the path text at `cursor`.
    public func resolve(_ cursor: NodeCursor) throws(InputError) -> ImageFile {
        let written = try cursor.nonEmptyText()
        return ImageFile(path: written, url: try confined(written, at: cursor, what: "image"), field: cursor.path)
    }

    /// The checked file URL for the path text at `cursor`; `what` names it in errors ("price list").
    public func resolveFile(_ cursor: NodeCursor, what: String) throws(InputError) -> URL {
        try confined(cursor.nonEmptyText(), at: cursor, what: what)
    }

    private func confined(_ written: String, at cursor: NodeCursor, what: String) throws(InputError) -> URL {
        guard !written.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw cursor.error("\(what) path contains a control character")
        }
        let candidate = written.hasPrefix("/")
            ? URL(fileURLWithPath: written)
            : baseDirectory.appendingPathComponent(written)
        let resolved = candidate.standardizedFileURL.resolvingSymlinksInPath()
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        guard resolved.path.hasPrefix(rootPath) else {
            throw cursor.error("\(what) path \"\(written)\" resolves outside the allowed root \(root.path)")
        }
        var status = stat()
        guard stat(resolved.path, &status) == 0 else {
            throw cursor.error("\(what) file \"\(written)\" does not exist (looked for \(resolved.path))")
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return resolved
        case S_IFDIR: throw cursor.error("\(what) path \"\(written)\" is a directory, not a file")
        default: throw cursor.error("\(what) path \"\(written)\" is not a regular file (a FIFO, socket or device)")
        }
    }
}
