import Foundation

/// Where the files a case names (its images, its logo, its price list) come from. The loaders ask a source
/// to check each name where the case writes it, then for the bytes: they never open a path themselves.
///
/// Two sources: `DiskFileSource`, files under an allowed root for the CLI; `MemoryFileSource`, files a
/// request carried or the service keeps by hash, for the service. A case may name a file by content as
/// `sha256:HEX` (see `FileDigest`) where the source keeps files by hash.
public protocol FileSource: Sendable {
    /// The checked location of the file named by the text at `cursor`; `what` names the kind of file in
    /// errors ("image", "price list"). Throws an error located at `cursor` for a name the source cannot serve.
    func locate(_ cursor: NodeCursor, what: String) throws(InputError) -> URL

    /// The bytes of the file at `url`, a location `locate` gave.
    func bytes(at url: URL) throws(InputError) -> [UInt8]

    /// How errors name the file at `url`: what the user knows it by.
    func displayName(of url: URL) -> String
}

extension FileSource {
    /// The checked image named at `cursor`, with the field that names it for errors about its bytes.
    public func image(_ cursor: NodeCursor) throws(InputError) -> ImageFile {
        let written = try cursor.nonEmptyText()
        return ImageFile(path: written, url: try locate(cursor, what: "image"), field: cursor.path)
    }

    /// A path or name that holds a control character, refused before anything looks for it.
    static func checkNoControlCharacter(_ written: String, at cursor: NodeCursor, what: String) throws(InputError) {
        guard !written.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw cursor.error("\(what) path contains a control character")
        }
    }
}
