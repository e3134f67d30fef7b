import HTTPTypes

extension HTTPField.Name {
    /// `X-Request-Id`: the id in the service's logs for this request.
    static let requestID = Self("X-Request-Id")!
    /// `X-Page-Count`: pages in the rendered document.
    static let pageCount = Self("X-Page-Count")!
    /// The protocol's findings on a rendered booklet that did not refuse it (`Problem.Finding.headerValue`).
    static let protocolFindings = Self("X-Protocol-Findings")!
}
