/// Turns Cairo's opaque pixel rows (32-bit xRGB words) into PNG scanlines: 8-bit RGB behind a filter-type
/// byte (PNG specification, section 9). Without `adaptive` every row is left unfiltered (flat drawing
/// compresses best so, and fast); with it each row gets the one of the five filters whose output has the
/// smallest sum of absolute values, libpng's heuristic, for the smallest files.
///
/// Holds the rows it converts: one per thread.
struct PNGRowFilter {
    let width: Int
    let adaptive: Bool
    private var current: [UInt8]
    private var above: [UInt8]
    private var candidate: [UInt8]
    private var best: [UInt8]

    init(width: Int, adaptive: Bool) {
        self.width = width
        self.adaptive = adaptive
        current = [UInt8](repeating: 0, count: 3 * width)
        above = current
        candidate = [UInt8](repeating: 0, count: 1 + 3 * width)
        best = candidate
    }

    /// Writes the scanline of `row` (`1 + 3 × width` bytes) at `output`; `previous` is the row above it
    /// (nil for the first row), needed by the filters that look up.
    mutating func write(row: UnsafePointer<UInt8>, previous: UnsafePointer<UInt8>?, to output: UnsafeMutablePointer<UInt8>) {
        Self.convert(row, width: width, into: &current)
        guard adaptive else {
            output[0] = 0
            current.withUnsafeBufferPointer { output.advanced(by: 1).update(from: $0.baseAddress!, count: $0.count) }
            return
        }
        if let previous { Self.convert(previous, width: width, into: &above) } else { above.withUnsafeMutableBufferPointer { $0.update(repeating: 0) } }
        var smallest = Int.max
        for type: UInt8 in 0...4 {
            let sum = filter(type)
            if sum < smallest {
                smallest = sum
                swap(&candidate, &best)
            }
        }
        best.withUnsafeBufferPointer { output.update(from: $0.baseAddress!, count: $0.count) }
    }

    /// Cairo's B, G, R, x bytes (a little-endian xRGB word) as R, G, B.
    private static func convert(_ row: UnsafePointer<UInt8>, width: Int, into rgb: inout [UInt8]) {
        rgb.withUnsafeMutableBufferPointer { rgb in
            for x in 0..<width {
                #if _endian(little)
                rgb[3 * x] = row[4 * x + 2]
                rgb[3 * x + 1] = row[4 * x + 1]
                rgb[3 * x + 2] = row[4 * x]
                #else
                rgb[3 * x] = row[4 * x + 1]
                rgb[3 * x + 1] = row[4 * x + 2]
                rgb[3 * x + 2] = row[4 * x + 3]
                #endif
            }
        }
    }

    /// Filters the current row with filter `type` into `candidate`; the sum of its bytes as signed values.
    private mutating func filter(_ type: UInt8) -> Int {
        let count = 3 * width
        return current.withUnsafeBufferPointer { x in
            above.withUnsafeBufferPointer { b in
                candidate.withUnsafeMutableBufferPointer { out in
                    out[0] = type
                    let x = x.baseAddress!, b = b.baseAddress!, out = out.baseAddress! + 1
                    // One loop per filter, the first pixel (no left neighbour) apart, so no test runs per byte.
                    var sum = 0
                    func put(_ i: Int, _ value: UInt8) {
                        out[i] = value
                        sum &+= Int(Int8(bitPattern: value).magnitude)
                    }
                    let first = min(3, count)
                    switch type {
                    case 0:
                        for i in 0..<count { put(i, x[i]) }
                    case 1:
                        for i in 0..<first { put(i, x[i]) }
                        for i in first..<count { put(i, x[i] &- x[i - 3]) }
                    case 2:
                        for i in 0..<count { put(i, x[i] &- b[i]) }
                    case 3:
                        for i in 0..<first { put(i, x[i] &- b[i] / 2) }
                        for i in first..<count { put(i, x[i] &- UInt8((UInt16(x[i - 3]) + UInt16(b[i])) / 2)) }
                    default:
                        for i in 0..<first { put(i, x[i] &- b[i]) }  // Paeth of (0, up, 0) is up
                        for i in first..<count { put(i, x[i] &- Self.paeth(x[i - 3], b[i], b[i - 3])) }
                    }
                    return sum
                }
            }
        }
    }

    /// The Paeth predictor: of left, above and upper left, the one closest to left + above − upper left.
    private static func paeth(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt8 {
        let p = Int(a) + Int(b) - Int(c)
        let pa = abs(p - Int(a)), pb = abs(p - Int(b)), pc = abs(p - Int(c))
        if pa <= pb && pa <= pc { return a }
        return pb <= pc ? b : c
    }
}
