import Foundation
import Testing

/// Golden images in `Tests/RenderTests/Golden/`. Run the tests with `PLANPRESS_UPDATE_GOLDEN=1` to
/// (re)write them from the current output; look at every rewritten image before committing it.
enum Golden {
    static let directory = TestRepository.root.appendingPathComponent("Tests/RenderTests/Golden")

    /// Whether this run rewrites goldens instead of comparing with them.
    static var updating: Bool { ProcessInfo.processInfo.environment["PLANPRESS_UPDATE_GOLDEN"] == "1" }

    /// Expects `png` to match the golden `name` (e.g. `sample-page.png`) under `comparison`. On a mismatch
    /// the actual image is kept in the temporary folder and named in the failure.
    static func check(_ png: [UInt8], named name: String, comparison: ImageComparison = .golden,
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = directory.appendingPathComponent(name)
        if updating {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(png).write(to: file)
            return
        }
        guard let golden = FileManager.default.contents(atPath: file.path) else {
            Issue.record("no golden \(name); run with PLANPRESS_UPDATE_GOLDEN=1 and look at it", sourceLocation: sourceLocation)
            return
        }
        let outcome = try comparison.compare(png, [UInt8](golden))
        if !outcome.matches {
            let kept = FileManager.default.temporaryDirectory.appendingPathComponent("actual-\(name)")
            try Data(png).write(to: kept)
            Issue.record("\(name): \(outcome); actual image kept at \(kept.path)", sourceLocation: sourceLocation)
        }
    }
}
