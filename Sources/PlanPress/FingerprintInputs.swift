import Booklet
import DentalModel
import Foundation
import Graphics
import PlanEngine
import Yams

/// Gathers what `BookletFingerprint` covers from what a render read: the case document, the bytes
/// of each image under the case field naming it, the price list and the template's files.
enum FingerprintInputs {
    /// The fingerprint; a price list parsed before from the same bytes is taken from `documents`, an image's
    /// SHA-256 from `digests`.
    static func fingerprint(caseRoot: Node, dentalCase: DentalCase, images: CaseImages, files: any FileSource,
                            template: Template, templatesDirectory: URL, documents: DocumentCache,
                            digests: DigestCache) throws(PlanPressError) -> BookletFingerprint {
        var imageBytes: [String: [UInt8]] = [:]
        for file in dentalCase.imageFiles {
            imageBytes[file.field] = images[file]?.bytes
        }
        do {
            let prices: BookletFingerprint.PriceListContent
            switch dentalCase.pricesURL {
            case let url? where PriceListLoader.isCSV(url, in: files):
                prices = .csv(try files.bytes(at: url))
            case let url?:
                let name = PriceListLoader.fileName(url, in: files)
                let bytes = try files.bytes(at: url)
                prices = .document(try documents.value(Node.self, name: name, bytes: bytes) { () throws(InputError) in
                    try YAMLSource.parse(YAMLSource.text(bytes, fileName: name), fileName: name).node
                })
            case nil:
                prices = .csv([])
            }
            let base = templatesDirectory.standardizedFileURL.path + "/"
            let templateFiles = try template.files.map { (url) throws(InputError) in
                let path = url.standardizedFileURL.path
                let name = path.hasPrefix(base) ? String(path.dropFirst(base.count)) : url.lastPathComponent
                return (name: name, bytes: try readBytes(url))
            }
            return BookletFingerprint(caseRoot: caseRoot, images: imageBytes, prices: prices, template: templateFiles,
                                      digests: digests)
        } catch {
            throw .input(error)
        }
    }

    private static func readBytes(_ url: URL) throws(InputError) -> [UInt8] {
        guard let bytes = DiskFile(path: url.path).bytes() else {
            throw InputError(file: url.lastPathComponent, message: "cannot read \(url.lastPathComponent) for the fingerprint")
        }
        return bytes
    }
}
