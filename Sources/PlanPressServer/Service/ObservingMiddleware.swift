import Dispatch
import Hummingbird
import Logging

/// The outermost middleware: answers every failure as problem+json, counts requests, latency and
/// problems, tags each response with its request id (the client's own `X-Request-Id` when it sends a
/// well-formed one, else the service's) and logs one line per request.
///
/// Logs carry the method, the route pattern, the status, the duration, the request id and a problem's
/// kind: never a body, a query value or a problem's detail, which may quote patient data.
struct ObservingMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServiceMetrics

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = DispatchTime.now().uptimeNanoseconds
        var response: Response
        var problemKind: Problem.Kind?
        let clientID = request.headers[.requestID]
        do {
            if let clientID, !Self.isWellFormed(requestID: clientID) {
                throw Problem(.badRequest, "X-Request-Id may hold 1–64 letters, digits, '.', '-' and '_'",
                              field: "X-Request-Id")
            }
            response = try await next(request, context)
        } catch {
            let problem = Self.problem(for: error)
            problemKind = problem.kind
            metrics.recordError(kind: problem.kind)
            response = try problem.response(from: request, context: context)
            if problem.kind == .internalError {
                context.logger.error("request failed", metadata: ["error.type": "\(type(of: error))"])
            }
        }
        let requestID = clientID.flatMap { Self.isWellFormed(requestID: $0) ? $0 : nil }
        response.headers[.requestID] = requestID ?? context.id
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let route = context.endpointPath ?? "unmatched"
        metrics.recordRequest(route: route, method: request.method.rawValue, status: Int(response.status.code),
                              seconds: seconds)
        var metadata: Logger.Metadata = [
            "method": "\(request.method.rawValue)", "route": "\(route)",
            "status": "\(response.status.code)", "ms": "\(Int((seconds * 1000).rounded()))",
        ]
        if let problemKind { metadata["problem"] = "\(problemKind.rawValue)" }
        if let requestID { metadata["client.request.id"] = "\(requestID)" }
        context.logger.info("request", metadata: metadata)
        return response
    }

    /// True for an id a client may choose: 1–64 ASCII letters, digits, `.`, `-` and `_`.
    static func isWellFormed(requestID: String) -> Bool {
        (1...64).contains(requestID.utf8.count)
            && requestID.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
    }

    /// The problem a thrown error is answered with; errors other than `Problem` and Hummingbird's own
    /// HTTP errors are internal, and their text is not sent.
    static func problem(for error: any Error) -> Problem {
        if let problem = error as? Problem { return problem }
        if let httpError = error as? any HTTPResponseError {
            switch httpError.status {
            case .notFound: return Problem(.notFound, "no such route")
            case .contentTooLarge: return Problem(.bodyTooLarge, "the request body is too large")
            case .badRequest: return Problem(.badRequest, "the request is malformed")
            default: break
            }
        }
        return Problem(.internalError, "an unexpected error occurred")
    }
}
