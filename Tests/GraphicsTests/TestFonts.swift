import Foundation
import Graphics

/// Paths and shared objects for the Graphics tests.
enum TestFonts {
    /// The repository root, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped fonts.
    static func library() throws -> FontLibrary {
        try FontLibrary(directory: repository.appendingPathComponent("Fonts").path)
    }

    /// The faces shipped: weight and italic.
    static let faces: [(FontWeight, Bool)] = FontWeight.allCases.map { ($0, false) } + [(.regular, true)]
}
