import Dispatch

/// The instant a render must be finished by. Long loops (sections and blocks in layout, pages in export)
/// ask `hasPassed` between steps and stop with a `.deadlinePassed` error, so an abandoned render frees its
/// thread within one step instead of running to the end.
public struct Deadline: Sendable, Hashable {
    /// The instant, on the monotonic clock (`DispatchTime.uptimeNanoseconds`).
    public let uptimeNanoseconds: UInt64

    /// No deadline: `hasPassed` is always false.
    public static let never = Deadline(uptimeNanoseconds: .max)

    /// The instant `duration` from now.
    public init(after duration: Duration) {
        let (seconds, attoseconds) = duration.components
        let nanoseconds = UInt64(max(0, seconds)) * 1_000_000_000 + UInt64(max(0, attoseconds) / 1_000_000_000)
        let (sum, overflow) = DispatchTime.now().uptimeNanoseconds.addingReportingOverflow(nanoseconds)
        uptimeNanoseconds = overflow ? .max : sum
    }

    private init(uptimeNanoseconds: UInt64) {
        self.uptimeNanoseconds = uptimeNanoseconds
    }

    /// True once the instant is behind us.
    public var hasPassed: Bool {
        uptimeNanoseconds != .max && DispatchTime.now().uptimeNanoseconds >= uptimeNanoseconds
    }

    /// Throws `GraphicsError.deadlinePassed` once the instant is behind us.
    public func check() throws(GraphicsError) {
        if hasPassed { throw .deadlinePassed }
    }
}
