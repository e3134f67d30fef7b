import DentalModel
import Foundation
import Graphics

/// The case's images, each read and checked once per render and shared by every place that shows it,
/// so a PDF embeds a photo shown on two pages once. Errors name the image file and the case field that
/// names it: `images/xray.jpg: imaging.xrays[0].file: truncated or corrupt JPEG (…)`.
struct CaseImages {
    /// Every image read, by resolved file URL.
    let images: [URL: Image]

    /// Reads the logo, every X-ray and every photo of `dentalCase`, stopping between images once
    /// `deadline` has passed (each image is read whole and checked to its end, so nine photos take a while).
    init(loading dentalCase: DentalCase, deadline: Deadline = .never) throws(PlanPressError) {
        let files = [dentalCase.clinic.logo].compactMap { $0 } + dentalCase.imaging.xrays.map(\.file)
            + dentalCase.imaging.photos.map(\.file)
        var images: [URL: Image] = [:]
        for file in files where images[file.url] == nil {
            if deadline.hasPassed { throw .graphics(.deadlinePassed) }
            do {
                images[file.url] = try Image(contentsOf: file.url.path, name: Self.displayName(file))
            } catch {
                throw .graphics(error)
            }
        }
        self.images = images
    }

    /// The image read from `file`, if it was part of the case.
    subscript(file: ImageFile) -> Image? { images[file.url] }

    /// The path relative to the working directory when inside it, else absolute: short, and unambiguous.
    /// The field that names it follows, when known.
    private static func displayName(_ file: ImageFile) -> String {
        let directory = FileManager.default.currentDirectoryPath
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        let path = file.url.path
        let shown = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
        return file.field.isEmpty ? shown : "\(shown): \(file.field)"
    }
}
