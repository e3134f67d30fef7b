/// EXIF orientation (tag 0x0112, values 1–8): how stored pixels must be turned to stand upright.
public enum ImageOrientation: Int, Sendable, Hashable {
    case up = 1, upMirrored, down, downMirrored, leftMirrored, right, rightMirrored, left

    /// Whether width and height swap when the image is shown upright.
    public var swapsSides: Bool { rawValue >= 5 }

    /// The transform taking the stored image (`width` × `height` pixels) to the upright one.
    public func transform(width: Double, height: Double) -> AffineTransform {
        switch self {
        case .up: .identity
        case .upMirrored: AffineTransform(a: -1, b: 0, c: 0, d: 1, tx: width, ty: 0)
        case .down: AffineTransform(a: -1, b: 0, c: 0, d: -1, tx: width, ty: height)
        case .downMirrored: AffineTransform(a: 1, b: 0, c: 0, d: -1, tx: 0, ty: height)
        case .leftMirrored: AffineTransform(a: 0, b: 1, c: 1, d: 0, tx: 0, ty: 0)
        case .right: AffineTransform(a: 0, b: 1, c: -1, d: 0, tx: height, ty: 0)
        case .rightMirrored: AffineTransform(a: 0, b: -1, c: -1, d: 0, tx: height, ty: width)
        case .left: AffineTransform(a: 0, b: -1, c: 1, d: 0, tx: 0, ty: width)
        }
    }

    /// Reads the orientation from a JPEG's EXIF block; `.up` when there is none or it cannot be read.
    static func fromJPEG(_ bytes: [UInt8]) -> ImageOrientation {
        var offset = 2
        while offset + 4 <= bytes.count, bytes[offset] == 0xFF {
            let marker = bytes[offset + 1]
            let length = Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            if marker == 0xDA || marker == 0xD9 || length < 2 { break }
            let start = offset + 4, end = offset + 2 + length
            guard end <= bytes.count else { break }
            if marker == 0xE1, end - start > 14, Array(bytes[start..<start + 6]) == Array("Exif\0\0".utf8) {
                return fromTIFF(bytes, start: start + 6, end: end) ?? .up
            }
            offset = end
        }
        return .up
    }

    private static func fromTIFF(_ bytes: [UInt8], start: Int, end: Int) -> ImageOrientation? {
        let littleEndian: Bool
        switch (bytes[start], bytes[start + 1]) {
        case (0x49, 0x49): littleEndian = true
        case (0x4D, 0x4D): littleEndian = false
        default: return nil
        }
        func read(_ at: Int, _ count: Int) -> Int? {
            guard at >= start, at + count <= end else { return nil }
            let slice = bytes[at..<at + count]
            return (littleEndian ? slice.reversed() : Array(slice)).reduce(0) { $0 << 8 | Int($1) }
        }
        guard let ifd = read(start + 4, 4), let entries = read(start + ifd, 2) else { return nil }
        for index in 0..<entries {
            let entry = start + ifd + 2 + index * 12
            guard let tag = read(entry, 2) else { return nil }
            if tag == 0x0112, let value = read(entry + 8, 2) { return ImageOrientation(rawValue: value) }
        }
        return nil
    }
}
