import Foundation
import Hummingbird

/// The request bodies the service holds in memory at once, bounded (`--body-memory-mb`): each request
/// reserves its body's bytes as they arrive and gives them back once answered. A body that would pass the bound is refused with 429 and `Retry-After`
/// before more of it is read, so many large uploads at once cannot take the service's memory, whatever the
/// number of connections.
///
/// Bodies kept past their request are counted elsewhere: a session's case by `--session-bytes`, an uploaded
/// file by `--file-cache-mb`. A render answered 503 at its timeout may hold its body until the worker
/// notices the deadline, uncounted here.
public final class BodyMemory: @unchecked Sendable {
    /// The most bytes of request bodies held at once.
    public let limit: Int
    private let lock = NSLock()
    private var used = 0

    /// The bound `BodyMemoryMiddleware` opens a ticket against for each request.
    public init(limit: Int) {
        self.limit = max(0, limit)
    }

    /// Bytes of request bodies held now.
    public var heldBytes: Int { lock.withLock { used } }

    /// What one request holds; the middleware gives it back when the request is answered.
    final class Ticket: @unchecked Sendable {
        private let memory: BodyMemory
        private var bytes = 0

        fileprivate init(memory: BodyMemory) { self.memory = memory }

        /// Reserves `count` more bytes; 429 when the bodies held would pass the bound.
        func reserve(_ count: Int) throws(Problem) {
            let refusal: Problem? = memory.lock.withLock {
                guard memory.used + count <= memory.limit else {
                    return Problem(.overloaded, "request bodies of \(memory.used + count) bytes would be held at once; "
                                   + "the limit is \(memory.limit) bytes", retryAfterSeconds: 1)
                }
                memory.used += count
                bytes += count
                return nil
            }
            if let refusal { throw refusal }
        }

        /// Gives back everything reserved.
        func release() {
            memory.lock.withLock {
                memory.used -= bytes
                bytes = 0
            }
        }
    }

    /// The current request's ticket (set by `BodyMemoryMiddleware`); `nil` outside a request, where nothing is counted.
    @TaskLocal static var ticket: Ticket?

    /// A new ticket for one request.
    func open() -> Ticket { Ticket(memory: self) }
}

/// Opens a `BodyMemory` ticket for each request and gives it back when the handler has answered.
struct BodyMemoryMiddleware<Context: RequestContext>: RouterMiddleware {
    let memory: BodyMemory

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        let ticket = memory.open()
        defer { ticket.release() }
        return try await BodyMemory.$ticket.withValue(ticket) { try await next(request, context) }
    }
}
