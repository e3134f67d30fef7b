import Foundation

/// How long a test waits before it declares a failure, stretched for slow runs.
///
/// A test that checks a time limit compares two things: the limit under test (a 200 ms render timeout, a
/// 300 ms read timeout, a 2 s session expiry), which it never changes, and the *budget* it allows for the
/// limit to take effect (the 503 arrives within 4.5 s, the connection closes within 2 s, an HTTP client
/// gives up after 15 s). Only budgets go through `TestTime`. Under a sanitizer everything runs 3-20 times
/// slower, and tests running side by side on two cores wait for each other, so `scripts/sanitize.sh` and
/// `.ci/run` set `PLANPRESS_TEST_TIME_SCALE` (a number, at least 1; 1 when unset or unreadable) and every
/// budget is multiplied by it. A test whose budget must stay below something the code does on purpose
/// (a scripted 6 s render the 503 must beat) scales that too, so it can still fail.
public enum TestTime {
    /// The factor from `PLANPRESS_TEST_TIME_SCALE`; 1 when unset, not a number, or below 1.
    public static let scale: Double = {
        guard let text = ProcessInfo.processInfo.environment["PLANPRESS_TEST_TIME_SCALE"],
              let value = Double(text), value.isFinite, value >= 1 else { return 1 }
        return value
    }()

    /// `duration` stretched by `scale`.
    public static func budget(_ duration: Duration) -> Duration {
        duration * scale
    }

    /// `seconds` stretched by `scale`.
    public static func budget(seconds: Double) -> TimeInterval {
        seconds * scale
    }

    /// `seconds` stretched by `scale`, rounded up to whole seconds (for `SO_RCVTIMEO`-style settings).
    public static func budget(wholeSeconds seconds: Int) -> Int {
        Int((Double(seconds) * scale).rounded(.up))
    }
}

/// Runs `work` on a thread of its own and waits for it without holding one of Swift concurrency's threads.
///
/// Swift Testing runs tests side by side on the concurrency pool, which has one thread per core (two on the
/// project machine and in CI). A test that blocks a pool thread for long, waiting for child processes or
/// polling a clock, leaves the live-server tests no thread to answer on: their HTTP clients time out and their
/// 503s arrive seconds late. Such waits go through here. `work` must not record issues (`#expect`): return
/// what it found and check it in the test.
public func offThePool<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread { continuation.resume(with: Result { try work() }) }
        thread.stackSize = 8 << 20
        thread.start()
    }
}
