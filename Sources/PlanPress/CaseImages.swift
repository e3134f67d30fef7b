import DentalModel
import Foundation
import Graphics

/// The case's images, each read and checked once per render and shared by every place that shows it,
/// so a PDF embeds a photo shown on two pages once. Errors name the image file and the case field that
/// names it: `images/xray.jpg: imaging.xrays[0].file: truncated or corrupt JPEG (…)`.
struct CaseImages {
    /// Every image read, by the location its file source gave.
    let images: [URL: Image]
    /// The same images in the order the case names them: logo, X-rays, photos.
    let inOrder: [Image]

    /// Reads the logo, every X-ray and every photo of `dentalCase` from `files`, stopping between images
    /// once `deadline` has passed (each image is read whole and checked to its end, so nine photos take a while).
    init(loading dentalCase: DentalCase, from files: any FileSource, deadline: Deadline = .never) throws(PlanPressError) {
        var images: [URL: Image] = [:]
        var inOrder: [Image] = []
        for file in dentalCase.imageFiles where images[file.url] == nil {
            if deadline.hasPassed { throw .graphics(.deadlinePassed) }
            let bytes: [UInt8]
            do {
                bytes = try files.bytes(at: file.url)
            } catch {
                throw .input(error)
            }
            let name = files.displayName(of: file.url)
            do {
                let image = try Image(bytes: bytes, name: file.field.isEmpty ? name : "\(name): \(file.field)")
                images[file.url] = image
                inOrder.append(image)
            } catch {
                throw .graphics(error)
            }
        }
        self.images = images
        self.inOrder = inOrder
    }

    /// The image read from `file`, if it was part of the case.
    subscript(file: ImageFile) -> Image? { images[file.url] }
}
