import Foundation

/// The fingerprint of a booklet: SHA-256 over the case file, the price list and every template file it
/// was rendered from, each prefixed with its length so files cannot run into each other. The acceptance
/// page and `planpress render` print its first 16 hex digits, so a signed paper copy can be matched to
/// its data.
public struct BookletFingerprint: Hashable, Sendable, CustomStringConvertible {
    /// The full digest, 64 lowercase hex digits.
    public let hex: String

    /// The fingerprint of the contents of `files`, in order; throws when one cannot be read.
    public init(files: [URL]) throws {
        var hash = SHA256()
        for url in files {
            let data = try Data(contentsOf: url)
            hash.update(String(data.count).utf8)
            hash.update([0])
            hash.update(data)
        }
        hex = hash.finalize().map { String($0, radix: 16).leftPadded(to: 2) }.joined()
    }

    /// The digest of `bytes` (for tests against published vectors).
    static func digest(_ bytes: [UInt8]) -> String {
        var hash = SHA256()
        hash.update(bytes)
        return hash.finalize().map { String($0, radix: 16).leftPadded(to: 2) }.joined()
    }

    /// `3f2a 9c1b 07de 44a1`: the first 16 hex digits in groups of four, easy to read aloud and compare.
    public var short: String {
        stride(from: 0, to: 16, by: 4).map { offset in
            String(hex.dropFirst(offset).prefix(4))
        }.joined(separator: " ")
    }

    public var description: String { short }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
