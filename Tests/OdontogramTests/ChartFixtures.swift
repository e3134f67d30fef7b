import DentalModel
import Foundation
import Graphics
import Layout
import Odontogram
import PlanEngine
import Render
import TestSupport

/// Shared inputs and painting helpers for the chart tests.
enum ChartFixtures {
    /// The repository root, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A text engine over the shipped fonts (one per test: engines are not thread-safe).
    static func engine() throws -> TextEngine {
        TextEngine(fonts: try FontLibrary(directory: repository.appendingPathComponent("Fonts").path))
    }

    /// The full-mouth case with its after-states.
    static func fullMouth() throws -> LoadedCase {
        try PlanEngine.load(caseURL: repository.appendingPathComponent("Fixtures/cases/full-mouth.yaml"),
                            protocolURL: repository.appendingPathComponent("Templates/protocol-rules.yaml"),
                            imageRoot: repository.appendingPathComponent("Fixtures"))
    }

    static func tooth(_ fdi: Int) -> ToothNumber {
        guard let tooth = ToothNumber(fdi: fdi) else { preconditionFailure("test uses an invalid tooth \(fdi)") }
        return tooth
    }

    /// `frames` on a white page of `size`, as PNG bytes at `dpi`.
    static func png(_ frames: [Frame], size: Size, dpi: Double = 144) throws -> [UInt8] {
        try PNGExporter(dpi: dpi, compressionLevel: 6).export(Page(size: size, frames: frames))
    }

    /// `frames` on a white page of `size`, as opaque RGB pixels at `dpi`.
    static func pixels(_ frames: [Frame], size: Size, dpi: Double = 144) throws -> RGBImage {
        let scale = dpi / 72
        let surface = try Surface.image(width: Int((size.width * scale).rounded()), height: Int((size.height * scale).rounded()),
                                        opaque: true)
        let context = try Context(surface: surface)
        context.setColor(.white)
        context.paint()
        context.scale(scale, scale)
        try FramePainter(context: context).paint(frames)
        try context.checkStatus("paint test image")
        return try RGBImage(surface: surface)
    }
}
