import Foundation

/// Paths in the repository, found from this source file.
enum RepositoryPaths {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = root.appendingPathComponent("Templates")
    static let fixtures = root.appendingPathComponent("Fixtures")
    static func cases(_ name: String) -> URL { fixtures.appendingPathComponent("cases/\(name)") }
}
