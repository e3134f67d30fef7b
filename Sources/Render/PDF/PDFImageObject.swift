import Graphics

/// An image XObject. A JPEG of one or three components travels as its own bytes (/DCTDecode), once its
/// integrity is checked (`Image.verifiedJPEGBytes`), never decoded or re-encoded; a PNG or a CMYK JPEG as
/// its decoded pixels, deflated RGB, with its alpha as a soft mask when it has any.
enum PDFImageObject {
    /// Writes `image` into `objects` (decoded pixels through `streams`, deflated with the pages); returns
    /// its object. `interpolate` asks viewers to smooth it when enlarged (PDF/A forbids asking).
    static func write(_ image: Image, into objects: PDFObjectTable, streams: PDFStreamBatch,
                      interpolate: Bool) throws(GraphicsError) -> Int {
        let smoothing = interpolate ? " /Interpolate true" : ""
        if image.format == .jpeg, image.components == 1 || image.components == 3 {
            let bytes = try image.verifiedJPEGBytes()
            let space = image.components == 1 ? "/DeviceGray" : "/DeviceRGB"
            let object = try objects.addStream("/Type /XObject /Subtype /Image /Width \(image.storedWidth) /Height \(image.storedHeight) /ColorSpace \(space) /BitsPerComponent 8\(smoothing) /Filter /DCTDecode",
                                               data: bytes, compress: false)
            // The bytes' digest is known already: the file identifier reads it instead of the bytes.
            objects.setDigestStandIn(object, Array("\(space) \(image.storedWidth) \(image.storedHeight) \(bytes.count) \(image.uniqueID)".utf8))
            return object
        }
        let surface = try image.rasterSurface(scaleDenominator: 1)
        let width = surface.pixelWidth, height = surface.pixelHeight
        let (rgb, alpha) = try surface.withPixels { rows, stride, hasAlpha in
            separate(rows, stride: stride, width: width, height: height, hasAlpha: hasAlpha)
        }
        let object = objects.reserve()
        var dictionary = "/Type /XObject /Subtype /Image /Width \(width) /Height \(height) /ColorSpace /DeviceRGB /BitsPerComponent 8\(smoothing)"
        if let alpha {
            let mask = objects.reserve()
            streams.add(mask, "/Type /XObject /Subtype /Image /Width \(width) /Height \(height) /ColorSpace /DeviceGray /BitsPerComponent 8", data: alpha)
            dictionary += " /SMask \(mask) 0 R"
        }
        streams.add(object, dictionary, data: rgb)
        return object
    }

    /// Cairo's native-endian 32-bit pixels (premultiplied when `hasAlpha`) as RGB bytes, and the alpha
    /// bytes when any pixel is not opaque.
    private static func separate(_ rows: UnsafePointer<UInt8>, stride: Int, width: Int, height: Int,
                                 hasAlpha: Bool) -> (rgb: [UInt8], alpha: [UInt8]?) {
        var rgb = [UInt8](repeating: 0, count: width * height * 3)
        var alpha = hasAlpha ? [UInt8](repeating: 255, count: width * height) : []
        var translucent = false
        rgb.withUnsafeMutableBufferPointer { out in
            for y in 0..<height {
                let row = UnsafeRawPointer(rows + y * stride)
                for x in 0..<width {
                    let pixel = row.loadUnaligned(fromByteOffset: 4 * x, as: UInt32.self)
                    var r = Int((pixel >> 16) & 0xFF), g = Int((pixel >> 8) & 0xFF), b = Int(pixel & 0xFF)
                    if hasAlpha {
                        let a = Int(pixel >> 24)
                        if a < 255 {
                            translucent = true
                            alpha[y * width + x] = UInt8(a)
                            if a == 0 {
                                r = 0; g = 0; b = 0
                            } else {
                                r = min(255, (r * 255 + a / 2) / a); g = min(255, (g * 255 + a / 2) / a)
                                b = min(255, (b * 255 + a / 2) / a)
                            }
                        }
                    }
                    let at = 3 * (y * width + x)
                    out[at] = UInt8(r); out[at + 1] = UInt8(g); out[at + 2] = UInt8(b)
                }
            }
        }
        return (rgb, translucent ? alpha : nil)
    }
}
