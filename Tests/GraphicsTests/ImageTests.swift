import Foundation
import Graphics
import Testing

/// Images are checked from their header before any pixel is decoded, and every bad file is a short,
/// named error rather than a crash.
@Suite struct ImageTests {
    static func fixture(_ name: String) -> String { TestFonts.repository.appendingPathComponent("Fixtures/\(name)").path }

    @Test(arguments: [
        ("bad/corrupt.jpg", "corrupt JPEG"),
        ("bad/not-a-jpeg.jpg", "not a JPEG or PNG image"),
        ("bad/huge-40000.png", "over Cairo's 32767-px limit"),
        ("bad/huge-40000.jpg", "over Cairo's 32767-px limit"),
        ("bad/bomb-20000.png", "over the 50-megapixel limit"),
        ("bad/missing.jpg", "file not found or unreadable"),
    ])
    func badFilesAreRefusedWithANamedReason(file: String, reason: String) {
        #expect {
            let image = try Image(contentsOf: Self.fixture(file), name: file)
            _ = try image.rasterSurface(scaleDenominator: 1)
        } throws: { error in
            let message = String(describing: error)
            return message.hasPrefix(file + ": ") && message.contains(reason)
        }
    }

    /// The id that lets a PDF carry an image once is the same for the same bytes, whoever loaded them, and
    /// differs when any byte does, in the whole words as in the last bytes.
    @Test func uniqueIDFollowsTheBytes() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.fixture("images/xray-panoramic.jpg"))))
        let id = try Image(bytes: bytes, name: "a.jpg").uniqueID
        #expect(try Image(bytes: bytes, name: "b.jpg").uniqueID == id)
        var ids: Set<String> = [id]
        for offset in [bytes.count / 2, bytes.count - 1 - bytes.count % 8, bytes.count - 1] {
            var changed = bytes
            changed[offset] ^= 1
            ids.insert(try Image(bytes: changed, name: "a.jpg").uniqueID)
        }
        ids.insert(try Image(bytes: bytes + [0], name: "a.jpg").uniqueID)
        #expect(ids.count == 5)
    }

    @Test func truncatedPNGIsRefusedWhenRead() {
        #expect(throws: GraphicsError.image(source: "truncated.png", problem: "truncated or corrupt PNG (the chunks end before IEND)")) {
            try Image(contentsOf: Self.fixture("bad/truncated.png"), name: "truncated.png")
        }
    }

    /// A JPEG cut short has a whole header: it used to ride into the PDF and SVG untouched and print blank.
    @Test(arguments: [0.5, 0.9, 0.999])
    func truncatedJPEGNeverPassesThroughToAVectorPage(kept: Double) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.fixture("images/xray-panoramic.jpg"))))
        let image = try Image(bytes: Array(bytes.prefix(Int(Double(bytes.count) * kept))), name: "xray.jpg")
        #expect(throws: GraphicsError.self) { try image.verifiedJPEGBytes() }
        #expect(throws: GraphicsError.self) { try image.svgSurface(pixelWidth: 300) }
        #expect(throws: Never.self) { try Image(bytes: bytes, name: "xray.jpg").verifiedJPEGBytes() }
    }

    /// The checks a PDF render starts on another thread (`Image.checkAhead`) refuse the same JPEGs with the
    /// same message as the check painting runs itself, whether they finished, are under way or never started.
    @Test func checksRunAheadRefuseTheSameJPEGsWithTheSameMessage() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.fixture("images/xray-panoramic.jpg"))))
        let cut = Array(bytes.prefix(bytes.count * 9 / 10))
        func error(_ image: Image) -> String? {
            do {
                _ = try image.verifiedJPEGBytes()
                return nil
            } catch {
                return String(describing: error)
            }
        }
        let expected = try error(Image(bytes: cut, name: "xray.jpg"))
        #expect(expected?.hasPrefix("xray.jpg: truncated or corrupt JPEG") == true)
        for _ in 0..<20 {
            let images = try (0..<4).map { index in try Image(bytes: index == 2 ? cut : bytes, name: "xray.jpg") }
            Image.checkAhead(images)
            #expect(images.map(error) == [nil, nil, expected, nil])
        }
        let waited = try Image(bytes: cut, name: "xray.jpg")
        Image.checkAhead([waited])
        Thread.sleep(forTimeInterval: 0.3)
        #expect(error(waited) == expected)
    }

    @Test func exifOrientationTurnsTheLeftPhotoUpright() throws {
        let image = try Image(contentsOf: Self.fixture("images/photo-left.jpg"))
        #expect(image.orientation == .right)
        #expect(image.storedWidth == 2000 && image.storedHeight == 3000)
        #expect(image.uprightSize == Size(width: 3000, height: 2000))
    }

    @Test(arguments: ["images/photo-smile.jpg", "images/photo-grey.jpg", "images/photo-cmyk.jpg", "images/clinic-logo.png"])
    func everyColourSpaceDecodes(file: String) throws {
        let image = try Image(contentsOf: Self.fixture(file))
        let surface = try image.rasterSurface(scaleDenominator: 4)
        #expect(surface.pixelWidth == (image.format == .jpeg ? (image.storedWidth + 3) / 4 : image.storedWidth))
    }

    @Test func decodeScaleIsTheLargestReductionThatStillCoversTheTarget() throws {
        let image = try Image(contentsOf: Self.fixture("images/photo-smile.jpg"))
        #expect(image.scaleDenominator(forUprightWidth: 300) == 8)
        #expect(image.scaleDenominator(forUprightWidth: 700) == 4)
        #expect(image.scaleDenominator(forUprightWidth: 1400) == 2)
        #expect(image.scaleDenominator(forUprightWidth: 2000) == 1)
    }
}
