import Crypto
import Foundation
import Yams

/// The fingerprint of a booklet: a SHA-256 over everything the booklet shows, so a signed paper copy can
/// be matched to its data. The acceptance page and `planpress render` print its first 16 hex digits;
/// `planpress fingerprint CASE` recomputes it from the inputs.
///
/// What goes in, in this order (docs/fingerprint.md has the exact bytes): the case's values in canonical
/// form, with each image the case names replaced by the SHA-256 of the image's bytes; the price list (its
/// values in canonical form when YAML/JSON, its bytes when CSV); every template file by name, the cover
/// image among them. The same content gives the same fingerprint from the CLI or the service,
/// from JSON or YAML, whatever the file names, key order, quoting or layout.
public struct BookletFingerprint: Hashable, Sendable, CustomStringConvertible {
    /// The full digest, 64 lowercase hex digits.
    public let hex: String

    /// A price list as it enters the fingerprint.
    public enum PriceListContent {
        /// A YAML or JSON price list, parsed.
        case document(Node)
        /// A CSV price list's bytes.
        case csv([UInt8])
    }

    /// The fingerprint of a case document `caseRoot` whose image fields (`clinic.logo`,
    /// `imaging.xrays[i].file`, `imaging.photos[i].file`) name the images `images` (field → bytes),
    /// rendered with `prices` and the template files `template` (name → bytes, in the template's order).
    /// `digests` keeps the images' SHA-256 from one render to the next.
    public init(caseRoot: Node, images: [String: [UInt8]], prices: PriceListContent, template: [(name: String, bytes: [UInt8])],
                digests: DigestCache = DigestCache()) {
        var hash = SHA256()
        func section(_ label: String, _ bytes: some Collection<UInt8>) {
            hash.update(data: Array("\(label)\n\(bytes.count)\n".utf8))
            hash.update(data: Array(bytes))
            hash.update(data: [0x0A])
        }
        hash.update(data: Array("planpress-fingerprint-1\n".utf8))
        var substitutes = Dictionary(uniqueKeysWithValues: images.map { field, bytes in
            (field, "sha256:" + digests.digest(of: bytes, name: field))
        })
        substitutes["prices"] = "(price list)"  // where it is does not matter; what it holds follows
        section("case", Array(CanonicalJSON.text(caseRoot, substitutes: substitutes).utf8))
        switch prices {
        case let .document(node): section("prices.json", Array(CanonicalJSON.text(node).utf8))
        case let .csv(bytes): section("prices.csv", bytes)
        }
        for file in template { section("template/\(file.name)", file.bytes) }
        hex = Self.hex(hash.finalize())
    }

    /// The SHA-256 of `bytes` in lowercase hex.
    public static func digest(_ bytes: [UInt8]) -> String { hex(SHA256.hash(data: bytes)) }

    private static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { String($0, radix: 16).leftPadded(to: 2) }.joined()
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
