import Foundation
import Graphics
import Layout
import PlanPress
import Render
import Testing

/// The chairside screens as a browser gets them: an SVG small enough for the web, and raster screens whose
/// photos are decoded once per `Renderer`, whatever the number of renders.
@Suite struct ChairsidePreviewTests {
    static let fixture = TestRepository.path("Fixtures/cases/full-mouth.yaml")

    static func fixtureInput() throws -> CaseInput {
        try CaseInput.file(atPath: fixture, root: TestRepository.root.appendingPathComponent("Fixtures"))
    }

    static func options(_ format: OutputFormat, page: Int) throws -> RenderOptions {
        RenderOptions(format: format, pages: try PageSelection(parsing: "\(page)"), dpi: 72, template: "chairside")
    }

    /// The first screen shows the X-rays, photos and logo (9.6 MB of SVG when every JPEG rode along whole):
    /// each image is in it once, and the file is under 1 MB.
    @Test func theScreenWithEveryPhotoIsAnSVGUnderOneMegabyteWithEachImageOnce() throws {
        let renderer = try Renderer(resources: ResourceLocator(root: TestRepository.root))
        let options = try Self.options(.svg, page: 1)
        let page = try renderer.layout(Self.fixtureInput(), options: options).pages[0]
        let shown = Set(Self.images(in: page.frames).map(ObjectIdentifier.init))
        #expect(shown.count >= 8)
        let svg = try #require(try renderer.render(Self.fixtureInput(), options: options).files.first).bytes
        #expect(svg.count < 1_000_000, "\(svg.count) bytes")
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.components(separatedBy: "data:image/").count - 1 == shown.count)
    }

    /// A second render of the same screen decodes nothing new and gives the same bytes.
    @Test func aScreenRenderedAgainReusesItsDecodedPhotosAndGivesTheSameBytes() throws {
        let renderer = try Renderer(resources: ResourceLocator(root: TestRepository.root))
        let options = try Self.options(.png, page: 1)
        let first = try renderer.render(Self.fixtureInput(), options: options)
        let kept = renderer.decodedImages.size
        #expect(kept > 0)
        let again = try renderer.render(Self.fixtureInput(), options: options)
        #expect(renderer.decodedImages.size == kept)
        #expect(again.files.map(\.bytes) == first.files.map(\.bytes))
        let fresh = try Renderer(resources: ResourceLocator(root: TestRepository.root)).render(Self.fixtureInput(), options: options)
        #expect(fresh.files.map(\.bytes) == first.files.map(\.bytes))
    }

    /// A renderer that keeps the photos' digests between renders still proves what is shown: a photo
    /// replaced in place under the same name changes the fingerprint, and putting it back restores it.
    @Test func aWarmRenderersFingerprintFollowsAPhotoChangedInPlace() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("digests-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: TestRepository.root.appendingPathComponent("Fixtures"), to: folder)
        let input = try CaseInput.file(atPath: folder.appendingPathComponent("cases/full-mouth.yaml").path, root: folder)
        let renderer = try Renderer(resources: ResourceLocator(root: TestRepository.root))
        let smile = folder.appendingPathComponent("images/photo-smile.jpg")
        let original = try Data(contentsOf: smile)
        let before = try renderer.fingerprint(input, options: RenderOptions())
        try Data(contentsOf: folder.appendingPathComponent("images/photo-frontal.jpg")).write(to: smile)
        let changed = try renderer.fingerprint(input, options: RenderOptions())
        let fresh = try Renderer(resources: ResourceLocator(root: TestRepository.root)).fingerprint(input, options: RenderOptions())
        try original.write(to: smile)
        #expect(changed != before)
        #expect(changed == fresh, "a warm renderer and a new one agree")
        #expect(try renderer.fingerprint(input, options: RenderOptions()) == before)
    }

    static func images(in frames: [Frame]) -> [Image] {
        frames.flatMap { frame -> [Image] in
            switch frame {
            case let .image(image, _, _): [image]
            case let .group(_, _, children): images(in: children)
            default: []
            }
        }
    }
}
