import Dispatch
import Hummingbird
import Logging

/// The outermost middleware: answers every failure as problem+json, counts requests, latency and
/// problems, tags each response with its request id and logs one line per request.
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
        do {
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
        response.headers[.requestID] = context.id
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let route = context.endpointPath ?? "unmatched"
        metrics.recordRequest(route: route, method: request.method.rawValue, status: Int(response.status.code),
                              seconds: seconds)
        var metadata: Logger.Metadata = [
            "method": "\(request.method.rawValue)", "route": "\(route)",
            "status": "\(response.status.code)", "ms": "\(Int((seconds * 1000).rounded()))",
        ]
        if let problemKind { metadata["problem"] = "\(problemKind.rawValue)" }
        context.logger.info("request", metadata: metadata)
        return response
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
