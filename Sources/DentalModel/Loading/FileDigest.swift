/// A file named by its content: `sha256:` and the 64 hex digits of the SHA-256 of its bytes, as a case
/// writes it wherever it names a file (`clinic.logo: sha256:9f86…`) once the file was uploaded with
/// `PUT /v1/files/{sha256}`.
public struct FileDigest: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 64 lowercase hex digits.
    public let hex: String

    /// The prefix that marks a reference by content.
    public static let scheme = "sha256:"

    /// The digest of 64 hex digits `hex` (either case); `nil` for anything else.
    public init?(hex: some StringProtocol) {
        guard hex.utf8.count == 64, hex.utf8.allSatisfy({ Self.isHexDigit($0) }) else { return nil }
        self.hex = hex.lowercased()
    }

    /// The digest a case names as `sha256:HEX`; `nil` unless `reference` is `sha256:` and 64 hex digits
    /// (`isReference` tells a malformed reference from a file name).
    public init?(reference: String) {
        guard reference.hasPrefix(Self.scheme), let digest = FileDigest(hex: reference.dropFirst(Self.scheme.count)) else {
            return nil
        }
        self = digest
    }

    /// True when `text` is meant as a reference by content (it starts with `sha256:`), well formed or not.
    public static func isReference(_ text: String) -> Bool { text.hasPrefix(scheme) }

    /// `sha256:HEX`, as a case writes it.
    public var reference: String { Self.scheme + hex }

    public var description: String { reference }

    public static func < (lhs: FileDigest, rhs: FileDigest) -> Bool { lhs.hex < rhs.hex }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }
}
