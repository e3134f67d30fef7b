import Foundation

/// Paths to the repository's fixtures, found from this source file.
enum FixturePaths {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static func cases(_ name: String) -> URL { fixtures.appendingPathComponent("cases/\(name)") }
    static func invalid(_ name: String) -> URL { fixtures.appendingPathComponent("invalid/\(name)") }
}
