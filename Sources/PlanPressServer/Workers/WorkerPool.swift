import Dispatch
import Foundation
import Logging

/// A fixed set of render threads fed by a bounded queue.
///
/// Each thread makes its own `RenderBackend` (its own Pango font map and context), warms it up and then
/// takes jobs; only `Sendable` inputs and outputs cross threads. When every worker is busy and the
/// queue is full, `run` refuses at once with 429; when a job outlives the render timeout, the caller
/// gets 503 in time while the worker stops the job (a render checks its deadline between sections, pages
/// and tiles) and drops its result. A job whose caller was answered 503 no longer counts for admission:
/// a request that comes right after it is queued for the worker about to be free, not refused.
///
/// Shared state is guarded by one `NSCondition`, which also wakes idle workers: hence `@unchecked`.
public final class WorkerPool: @unchecked Sendable {
    /// Makes one worker's backend; called on that worker's thread.
    public typealias BackendFactory = @Sendable () throws -> any RenderBackend

    private let condition = NSCondition()
    private var queue: [Job] = []
    private var queueHead = 0
    private var running = 0
    /// Jobs whose caller was answered 503 while they waited, or while they ran: not counted for admission.
    private var abandonedQueued = 0
    private var abandonedRunning = 0
    private var readyWorkers = 0
    private var startedWorkers = 0
    private var finishedWorkers = 0
    private var stopping = false
    private var startupFailure: String?
    private var averageJobSeconds = 0.5
    private var finishedAfterTimeout = 0

    private let workerCount: Int
    private let queueCapacity: Int
    private let timeout: Duration
    private let makeBackend: BackendFactory
    private let logger: Logger

    /// One job and where it is; `state` is guarded by the pool's lock.
    private final class Job: @unchecked Sendable {
        enum State { case queued, running, done }
        let work: (any RenderBackend) -> Void
        var state = State.queued
        var isAbandoned = false

        init(work: @escaping (any RenderBackend) -> Void) { self.work = work }
    }

    /// A snapshot of the pool, for health and metrics.
    public struct Status: Sendable {
        /// Worker threads configured.
        public var workers: Int
        /// Workers that have warmed up and take jobs.
        public var readyWorkers: Int
        /// Jobs running now.
        public var running: Int
        /// Jobs waiting for a worker.
        public var queued: Int
        /// Jobs that finished after their caller had been answered 503.
        public var finishedAfterTimeout: Int
        /// Why a worker could not start, if one could not.
        public var startupFailure: String?

        /// Every worker is warm and the pool takes jobs.
        public var isReady: Bool { readyWorkers == workers && startupFailure == nil }
    }

    /// Creates a pool of `limits.concurrentRenders` workers with room for `limits.queuedRenders` waiting
    /// jobs. Threads start with `start()`.
    public init(limits: ServiceLimits, logger: Logger, makeBackend: @escaping BackendFactory) {
        workerCount = max(1, limits.concurrentRenders)
        queueCapacity = max(0, limits.queuedRenders)
        timeout = limits.renderTimeout
        self.makeBackend = makeBackend
        self.logger = logger
    }

    /// Starts the worker threads; each warms up before taking jobs. Calling it again does nothing.
    public func start() {
        condition.lock()
        let toStart = startedWorkers == 0 ? workerCount : 0
        startedWorkers += toStart
        condition.unlock()
        for index in 0..<toStart {
            let thread = Thread { [self] in workerLoop(index: index) }
            thread.name = "planpress-render-\(index)"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Lets queued and running jobs finish, then ends the threads; returns when they have ended.
    public func shutdown() async {
        condition.withLock {
            stopping = true
            condition.broadcast()
        }
        while !condition.withLock({ finishedWorkers == startedWorkers }) {
            try? await Task.sleep(for: .milliseconds(20))
        }
    }

    /// The pool's state now.
    public var status: Status {
        condition.lock()
        defer { condition.unlock() }
        return Status(workers: workerCount, readyWorkers: readyWorkers, running: running,
                      queued: queue.count - queueHead, finishedAfterTimeout: finishedAfterTimeout,
                      startupFailure: startupFailure)
    }

    /// Runs `work` on a worker with that worker's backend and returns its result.
    ///
    /// Throws `Problem` `.overloaded` (429, with `Retry-After`) when the queue is full, `.notReady` while
    /// shutting down, `.renderTimeout` (503) when no result comes within the render timeout, and
    /// whatever `work` throws.
    public func run<Output: Sendable>(
        _ work: @escaping @Sendable (any RenderBackend) throws -> Output
    ) async throws -> Output {
        let answer = Answer<Output>()
        let timeoutSeconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        return try await withCheckedThrowingContinuation { continuation in
            answer.attach(continuation)
            let job = Job { backend in
                guard answer.isPending else { return }
                let result = Result { try work(backend) }
                if !answer.resume(with: result) { self.countLateFinish() }
            }
            if let refusal = enqueue(job) {
                _ = answer.resume(with: .failure(refusal))
                return
            }
            let timer = DispatchWorkItem {
                let answered = answer.resume(with: .failure(Problem(
                    .renderTimeout, "the render took longer than \(Int(timeoutSeconds.rounded(.up))) s",
                    retryAfterSeconds: 1)))
                if answered { self.abandon(job) }
            }
            answer.cancelOnResume(timer)
            DispatchQueue.global().asyncAfter(deadline: .now() + timeoutSeconds, execute: timer)
        }
    }

    private func enqueue(_ job: Job) -> Problem? {
        condition.lock()
        defer { condition.unlock() }
        if stopping { return Problem(.notReady, "the service is shutting down", retryAfterSeconds: 1) }
        if let startupFailure, finishedWorkers == startedWorkers {
            return Problem(.notReady, "no render worker could start: \(startupFailure)")
        }
        let waiting = queue.count - queueHead - abandonedQueued
        let idle = readyWorkers - (running - abandonedRunning)
        guard waiting < queueCapacity + max(0, idle) else {
            let perWorker = Double(waiting + running) / Double(workerCount)
            let seconds = max(1, Int((perWorker * averageJobSeconds).rounded(.up)))
            return Problem(.overloaded, "\(running) renders are running and \(waiting) are waiting",
                           retryAfterSeconds: seconds)
        }
        queue.append(job)
        condition.signal()
        return nil
    }

    /// Stops counting `job` for admission: its caller has been answered 503.
    private func abandon(_ job: Job) {
        condition.lock()
        defer { condition.unlock() }
        guard !job.isAbandoned else { return }
        job.isAbandoned = true
        switch job.state {
        case .queued: abandonedQueued += 1
        case .running: abandonedRunning += 1
        case .done: break
        }
    }

    private func countLateFinish() {
        condition.lock()
        finishedAfterTimeout += 1
        condition.unlock()
    }

    private func workerLoop(index: Int) {
        defer {
            condition.lock()
            finishedWorkers += 1
            condition.unlock()
        }
        let backend: any RenderBackend
        do {
            backend = try makeBackend()
            try backend.warmUp()
        } catch {
            logger.error("render worker could not start", metadata: ["worker": "\(index)", "error": "\(error)"])
            condition.lock()
            startupFailure = "worker \(index): \(error)"
            condition.unlock()
            return
        }
        condition.lock()
        readyWorkers += 1
        condition.unlock()
        logger.debug("render worker ready", metadata: ["worker": "\(index)"])
        while let job = nextJob() {
            let started = DispatchTime.now().uptimeNanoseconds
            job.work(backend)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            condition.lock()
            running -= 1
            job.state = .done
            if job.isAbandoned { abandonedRunning -= 1 }
            averageJobSeconds = averageJobSeconds * 0.9 + seconds * 0.1
            condition.unlock()
        }
    }

    /// The next job, waiting for one; `nil` once the pool is stopping and the queue is empty.
    private func nextJob() -> Job? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            while queueHead == queue.count {
                if stopping { return nil }
                condition.wait()
            }
            let job = queue[queueHead]
            queueHead += 1
            if queueHead == queue.count {
                queue.removeAll(keepingCapacity: true)
                queueHead = 0
            } else if queueHead > 64 {
                queue.removeFirst(queueHead)
                queueHead = 0
            }
            if job.isAbandoned {
                // Its caller has had 503: skipped, never run.
                abandonedQueued -= 1
                job.state = .done
                continue
            }
            job.state = .running
            running += 1
            return job
        }
    }
}

/// The one answer a caller of `WorkerPool.run` gets: from the worker or from the timer, whichever
/// comes first; the other is ignored.
private final class Answer<Output: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Output, any Error>?
    private var timer: DispatchWorkItem?

    func attach(_ continuation: CheckedContinuation<Output, any Error>) {
        lock.withLock { self.continuation = continuation }
    }

    func cancelOnResume(_ timer: DispatchWorkItem) {
        lock.withLock {
            if continuation == nil { timer.cancel() } else { self.timer = timer }
        }
    }

    /// Whether the caller still waits (a job whose caller timed out is skipped, not run).
    var isPending: Bool { lock.withLock { continuation != nil } }

    /// Resumes the caller with `result`; `false` when it had already been answered.
    func resume(with result: Result<Output, any Error>) -> Bool {
        let (waiting, pendingTimer) = lock.withLock {
            defer { continuation = nil; timer = nil }
            return (continuation, timer)
        }
        pendingTimer?.cancel()
        guard let waiting else { return false }
        waiting.resume(with: result)
        return true
    }
}
