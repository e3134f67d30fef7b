import Foundation

/// The files a case names, held in memory (the service's source): the files a request carried, by plain
/// name, and the files it names by content, by `sha256:HEX`. Nothing is read from disk.
public struct MemoryFileSource: FileSource {
    /// The files by the name a case uses for them: a plain name (`xray.jpg`) or `sha256:HEX`.
    public let files: [String: [UInt8]]

    /// A source serving `files`.
    public init(files: [String: [UInt8]]) {
        self.files = files
    }

    private static let scheme = "planpress-file"

    public func locate(_ cursor: NodeCursor, what: String) throws(InputError) -> URL {
        let written = try cursor.nonEmptyText()
        try Self.checkNoControlCharacter(written, at: cursor, what: what)
        if FileDigest.isReference(written) {
            guard let digest = FileDigest(reference: written) else {
                throw cursor.error("\(what) \"\(written)\" is not sha256: followed by 64 hex digits")
            }
            guard files[digest.reference] != nil else {
                throw cursor.error("\(what) \(digest.reference) was not uploaded (PUT /v1/files/\(digest.hex))")
            }
            return Self.url(digest.reference)
        }
        guard files[written] != nil else {
            throw cursor.error("\(what) file \"\(written)\" was not sent with the case")
        }
        return Self.url(written)
    }

    public func bytes(at url: URL) throws(InputError) -> [UInt8] {
        let name = displayName(of: url)
        guard let bytes = files[name] else { throw InputError(file: name, message: "file not sent with the case") }
        return bytes
    }

    /// The name the case used for the file.
    public func displayName(of url: URL) -> String {
        url.absoluteString.dropFirst(Self.scheme.count + 1).removingPercentEncoding ?? url.absoluteString
    }

    /// `planpress-file:NAME`, the name percent-encoded: a location no file API can open by mistake.
    private static func url(_ name: String) -> URL {
        URL(string: scheme + ":" + (name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? name))!
    }
}
