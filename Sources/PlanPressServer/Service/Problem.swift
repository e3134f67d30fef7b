import Foundation
import Hummingbird

/// An RFC 9457 problem: every refusal and failure the service answers, as `application/problem+json`.
///
/// `detail` speaks to the client about its own request; it never goes to the logs, which carry only
/// `kind` (the case may hold patient data).
public struct Problem: Error, HTTPResponseError, Sendable, Equatable {
    /// What went wrong, as a stable token: also the `kind` label of the error metric and the last
    /// segment of the `type` URI.
    public var kind: Kind
    /// A sentence about this occurrence.
    public var detail: String
    /// The request field at fault (e.g. `files.xray.jpg` or `imaging.photos[2].file`), when one is.
    public var field: String?
    /// Seconds after which a retry may succeed (sent as `Retry-After`), for 429 and 503.
    public var retryAfterSeconds: Int?
    /// The methods the resource takes (sent as `Allow`), for 405.
    public var allowedMethods: [String]?
    /// The protocol's findings, when the clinic's protocol refused the booklet (sent as `findings`).
    public var findings: [Finding] = []
    /// The SHA-256 digests (hex) of the files a case names by `sha256:` that this replica does not hold
    /// (sent as `missing`): upload each with `PUT /v1/files/{sha256}` and retry.
    public var missing: [String] = []

    /// One protocol finding, as `POST /v1/validate` reports it.
    public struct Finding: Sendable, Equatable, Codable {
        /// `error`, `warning` or `info`.
        public var severity: String
        /// The rule's id.
        public var rule: String
        /// The variant, from 1.
        public var variant: Int
        /// The visit, from 1, when the finding is about one.
        public var visit: Int?
        /// The tooth (FDI), when the finding is about one.
        public var tooth: Int?
        /// The message in the case's language.
        public var message: String

        /// Creates a finding.
        public init(severity: String, rule: String, variant: Int, visit: Int?, tooth: Int?, message: String) {
            self.severity = severity; self.rule = rule; self.variant = variant
            self.visit = visit; self.tooth = tooth; self.message = message
        }

        /// `warning;rule=metal-quota;variant=1;visit=2;tooth=16;message*=UTF-8''…`: ASCII for a header, the
        /// message percent-encoded as RFC 8187 writes a parameter in UTF-8.
        public var headerValue: String {
            var parts = [severity, "rule=\(rule)", "variant=\(variant)"]
            if let visit { parts.append("visit=\(visit)") }
            if let tooth { parts.append("tooth=\(tooth)") }
            var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
            allowed.insert(charactersIn: "!#$&+-.^_`|~")
            parts.append("message*=UTF-8''" + (message.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""))
            return parts.joined(separator: ";")
        }
    }

    /// The kinds of problem, each with its status.
    public enum Kind: String, Sendable, CaseIterable {
        case badRequest = "bad-request"
        case unauthorized
        case notFound = "not-found"
        case missingFiles = "missing-files"
        case digestMismatch = "digest-mismatch"
        case methodNotAllowed = "method-not-allowed"
        case bodyTooLarge = "body-too-large"
        case imageTooLarge = "image-too-large"
        case tooManyPages = "too-many-pages"
        case unsupportedMediaType = "unsupported-media-type"
        case invalidCase = "invalid-case"
        case invalidParameter = "invalid-parameter"
        case protocolErrors = "protocol-errors"
        case overloaded
        case renderTimeout = "render-timeout"
        case notReady = "not-ready"
        case internalError = "internal-error"

        /// The status a problem of this kind is answered with.
        public var status: HTTPResponse.Status {
            switch self {
            case .badRequest: .badRequest
            case .unauthorized: .unauthorized
            case .notFound: .notFound
            case .missingFiles: .conflict
            case .methodNotAllowed: .methodNotAllowed
            case .bodyTooLarge, .imageTooLarge, .tooManyPages: .contentTooLarge
            case .unsupportedMediaType: .unsupportedMediaType
            case .invalidCase, .invalidParameter, .protocolErrors, .digestMismatch: .unprocessableContent
            case .overloaded: .tooManyRequests
            case .renderTimeout, .notReady: .serviceUnavailable
            case .internalError: .internalServerError
            }
        }

        /// The short, human-readable `title` (the same for every occurrence of the kind).
        public var title: String {
            switch self {
            case .badRequest: "The request is malformed"
            case .unauthorized: "A valid bearer token is required"
            case .notFound: "No such resource"
            case .missingFiles: "The case names files this service does not hold; upload them and retry"
            case .digestMismatch: "The file's SHA-256 is not the one in its address"
            case .methodNotAllowed: "Method not allowed on this resource"
            case .bodyTooLarge: "The request body is over the size limit"
            case .imageTooLarge: "An image is over the pixel limit"
            case .tooManyPages: "The document is over the page limit"
            case .unsupportedMediaType: "Unsupported request content type"
            case .invalidCase: "The case cannot be used"
            case .invalidParameter: "A parameter cannot be met for this case"
            case .protocolErrors: "The clinic's protocol refuses this plan; render a draft with draft=true"
            case .overloaded: "Too many renders waiting; retry later"
            case .renderTimeout: "The render did not finish in time"
            case .notReady: "The service is still starting"
            case .internalError: "The service failed"
            }
        }
    }

    /// A problem of `kind`, answered with the kind's status.
    public init(_ kind: Kind, _ detail: String, field: String? = nil, retryAfterSeconds: Int? = nil,
                allowedMethods: [String]? = nil) {
        self.kind = kind
        self.detail = detail
        self.field = field
        self.retryAfterSeconds = retryAfterSeconds
        self.allowedMethods = allowedMethods
    }

    /// The HTTP status, from `kind`.
    public var status: HTTPResponse.Status { kind.status }

    /// The media type of a problem body.
    public static let contentType = "application/problem+json"

    /// The JSON body: `type`, `title`, `status`, `detail` and, when known, `field`, `findings` and `missing`.
    public var body: Data {
        var object: [String: Any] = [
            "type": "https://planpress.dev/problems/\(kind.rawValue)",
            "title": kind.title,
            "status": Int(status.code),
            "detail": detail,
        ]
        if let field { object["field"] = field }
        if !missing.isEmpty { object["missing"] = missing }
        if !findings.isEmpty {
            object["findings"] = findings.map { finding -> [String: Any] in
                var entry: [String: Any] = ["severity": finding.severity, "rule": finding.rule,
                                            "variant": finding.variant, "message": finding.message]
                if let visit = finding.visit { entry["visit"] = visit }
                if let tooth = finding.tooth { entry["tooth"] = tooth }
                return entry
            }
        }
        return (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers: HTTPFields = [.contentType: Self.contentType]
        if let retryAfterSeconds { headers[.retryAfter] = String(retryAfterSeconds) }
        if let allowedMethods { headers[.allow] = allowedMethods.joined(separator: ", ") }
        if kind == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"planpress\"" }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}
