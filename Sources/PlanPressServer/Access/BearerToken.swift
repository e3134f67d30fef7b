import Foundation

/// The shared secret `/v1/*` requests present as `Authorization: Bearer <token>`.
public struct BearerToken: Sendable {
    private let secret: [UInt8]

    /// The cookie a preview page's browser carries the token in (set by `GET /preview/{id}?token=…`).
    static let cookieName = "planpress_token"

    /// Reads the token from `file` (surrounding white space removed); an empty file is an error.
    public init(contentsOf file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        try self.init(text)
    }

    /// A token from its text, which must be non-empty visible ASCII.
    public init(_ text: String) throws {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.allSatisfy({ (0x21...0x7E).contains($0) }) else {
            throw ConfigurationError("the bearer token must be non-empty visible ASCII without spaces")
        }
        secret = bytes
    }

    /// Whether an `Authorization` header value carries this token. The comparison takes the same time
    /// whatever the presented bytes are, so timing does not reveal how much of a guess was right.
    public func accepts(authorization: String?) -> Bool {
        guard let authorization, authorization.count > 7,
              authorization.prefix(7).lowercased() == "bearer " else { return false }
        let presented = Array(authorization.utf8.dropFirst(7))
        var difference: UInt8 = presented.count == secret.count ? 0 : 1
        for index in secret.indices {
            let byte = index < presented.count ? presented[index] : 0
            difference |= byte ^ secret[index]
        }
        return difference == 0
    }

    /// Whether a `Cookie` header value carries this token as `planpress_token`.
    func accepts(cookie: String?) -> Bool {
        guard let cookie else { return false }
        return cookie.split(separator: ";").contains { pair in
            let parts = pair.split(separator: "=", maxSplits: 1)
            return parts.count == 2 && parts[0].trimmingCharacters(in: .whitespaces) == Self.cookieName
                && accepts(authorization: "Bearer " + parts[1].trimmingCharacters(in: .whitespaces))
        }
    }
}
