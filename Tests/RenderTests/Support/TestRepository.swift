import Foundation
import Graphics

/// Paths into the repository and the shared font library for the render tests.
enum TestRepository {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// An absolute path for a path relative to the repository.
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    private static let library = Result { try FontLibrary(directory: path("Fonts")) }

    /// A text engine over the shipped fonts (one per test: engines are not thread-safe).
    static func textEngine() throws -> TextEngine { TextEngine(fonts: try library.get()) }

    /// A fresh empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
