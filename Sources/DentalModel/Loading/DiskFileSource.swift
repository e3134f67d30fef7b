import Foundation

/// The files a case names, read from disk (the CLI's source): each path is resolved against the case
/// file's folder and must stay inside the allowed root.
///
/// Symlinks are followed, and the result must lie inside `root` (itself symlink-resolved) and be a regular
/// file: a directory, a FIFO or a device is refused by name before anything opens it (a FIFO would block
/// the read). `locate` reads no bytes, so an error never quotes a file's content. A `sha256:` reference
/// names a file uploaded to the service and is refused here.
public struct DiskFileSource: FileSource {
    /// The directory paths are relative to (the case file's directory).
    public let baseDirectory: URL
    /// The directory no file may resolve outside of.
    public let root: URL
    /// Largest file read, in bytes, checked from its size before it is read; 64 MiB by default.
    public var maximumBytes: Int

    /// Creates a source; `root` defaults to `baseDirectory`.
    public init(baseDirectory: URL, root: URL? = nil, maximumBytes: Int = 64 << 20) {
        self.baseDirectory = baseDirectory.standardizedFileURL
        self.root = (root ?? baseDirectory).standardizedFileURL.resolvingSymlinksInPath()
        self.maximumBytes = maximumBytes
    }

    public func locate(_ cursor: NodeCursor, what: String) throws(InputError) -> URL {
        let written = try cursor.nonEmptyText()
        try Self.checkNoControlCharacter(written, at: cursor, what: what)
        if FileDigest.isReference(written) {
            throw cursor.error("\(what) \"\(written)\" names an uploaded file by hash, which only the service keeps; "
                               + "name the file by its path")
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

    public func bytes(at url: URL) throws(InputError) -> [UInt8] {
        let name = displayName(of: url)
        let file = DiskFile(path: url.path)
        let size = file.size ?? 0
        guard size <= maximumBytes else {
            throw InputError(file: name, message: "file of \(size) bytes is over the \(maximumBytes)-byte limit")
        }
        guard let bytes = file.bytes() else {
            throw InputError(file: name, message: "file not found or unreadable")
        }
        return bytes
    }

    /// The path relative to the working directory when inside it, else absolute: short, and unambiguous.
    public func displayName(of url: URL) -> String {
        let directory = FileManager.default.currentDirectoryPath
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return url.path.hasPrefix(prefix) ? String(url.path.dropFirst(prefix.count)) : url.path
    }
}
