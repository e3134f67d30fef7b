import Foundation

/// Folders of the repository the tests read.
enum FixturePaths {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let images = repository.appendingPathComponent("Fixtures/images")
    static let bad = repository.appendingPathComponent("Fixtures/bad")
    static let openAPI = repository.appendingPathComponent("docs/openapi.json")
}
