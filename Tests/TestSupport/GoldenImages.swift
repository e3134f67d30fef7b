import Foundation
import Testing

/// A folder of golden PNGs and the tolerance its images are compared with.
///
/// `check` records a test issue naming the image, what differs and how much is allowed, and writes the
/// actual image beside the golden as `NAME.actual.png` for inspection (git ignores those; a later match
/// removes it). Run the tests with `PLANPRESS_UPDATE_GOLDEN=1` to (re)write the goldens from the current
/// output, and look at every rewritten image before committing it.
public struct GoldenImages: Sendable {
    /// The folder holding the goldens.
    public let directory: URL
    /// The tolerance of `check`.
    public let comparison: ImageComparison

    public init(directory: URL, comparison: ImageComparison = .golden) {
        self.directory = directory
        self.comparison = comparison
    }

    /// Whether this run rewrites goldens instead of comparing with them.
    public static var updating: Bool { ProcessInfo.processInfo.environment["PLANPRESS_UPDATE_GOLDEN"] == "1" }

    /// Expects the PNG bytes `png` to match the golden `name` (e.g. `sample-page.png`).
    public func check(_ png: [UInt8], named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = directory.appendingPathComponent(name)
        let actual = file.deletingPathExtension().appendingPathExtension("actual.png")
        if Self.updating {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(png).write(to: file)
            try? FileManager.default.removeItem(at: actual)
            return
        }
        guard let golden = FileManager.default.contents(atPath: file.path) else {
            Issue.record("no golden \(name) in \(directory.path); run with PLANPRESS_UPDATE_GOLDEN=1 and look at it",
                         sourceLocation: sourceLocation)
            return
        }
        let outcome = try comparison.compare(png, [UInt8](golden))
        if outcome.matches {
            try? FileManager.default.removeItem(at: actual)
        } else {
            try Data(png).write(to: actual)
            Issue.record("\(name) differs from its golden: \(outcome). Actual image written to \(actual.path)",
                         sourceLocation: sourceLocation)
        }
    }
}
