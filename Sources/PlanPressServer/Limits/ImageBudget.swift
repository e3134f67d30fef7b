import Graphics

/// Checks a request's images against the pixel limit from their headers alone, before anything is
/// decoded, so a decompression bomb costs only its header.
enum ImageBudget {
    /// Throws `.imageTooLarge` (413) for an image over `maximumPixels` or over Cairo's side limit, and
    /// `.invalidCase` (422) for a file that looks like a JPEG or PNG but cannot be read. Other files
    /// (the price list) are left to the case loader.
    static func check(_ files: [String: [UInt8]], maximumPixels: Int) throws(Problem) {
        for (name, bytes) in files.sorted(by: { $0.key < $1.key }) where looksLikeImage(bytes) {
            let image: Image
            do {
                image = try Image(bytes: bytes, name: name, limits: ImageLimits(maximumPixels: .max, maximumBytes: .max))
            } catch .imageTooLarge(_, let problem) {
                throw Problem(.imageTooLarge, "\(name): \(problem)", field: "files.\(name)")
            } catch {
                throw Problem(.invalidCase, "\(error)", field: "files.\(name)")
            }
            let pixels = image.storedWidth * image.storedHeight
            guard pixels <= maximumPixels else {
                throw Problem(.imageTooLarge,
                              "\(name): \(image.storedWidth)×\(image.storedHeight) px is over the limit of \(maximumPixels) pixels",
                              field: "files.\(name)")
            }
        }
    }

    private static func looksLikeImage(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xFF, 0xD8, 0xFF]) || bytes.starts(with: [0x89, 0x50, 0x4E, 0x47])
    }
}
