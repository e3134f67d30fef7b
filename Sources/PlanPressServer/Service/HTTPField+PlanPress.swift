import HTTPTypes

extension HTTPField.Name {
    /// `X-Request-Id`: the id in the service's logs for this request.
    static let requestID = Self("X-Request-Id")!
    /// `X-Page-Count`: pages in the rendered document.
    static let pageCount = Self("X-Page-Count")!
    /// The protocol's findings on a rendered booklet that did not refuse it (`Problem.Finding.headerValue`).
    static let protocolFindings = Self("X-Protocol-Findings")!
    /// `X-Session-Version`: the version of the session's case a screen shows.
    static let sessionVersion = Self("X-Session-Version")!
    /// `X-Screen-Before`: the screen with the teeth today, where a preview's before/after toggle leads.
    static let screenBefore = Self("X-Screen-Before")!
    /// `X-Screen-After`: the screen with the shown variant's after-chart, the toggle's other end.
    static let screenAfter = Self("X-Screen-After")!
}
