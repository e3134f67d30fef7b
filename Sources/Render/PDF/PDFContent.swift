import Graphics

/// A content stream being written: PDF operators and their operands as bytes.
///
/// Coordinates are the page's own (points, y down, origin top-left, as frames use them): every page and form
/// begins with the transform that flips PDF's y-up space, so nothing else converts. Numbers are written to
/// a thousandth (`number`) or, for transform factors, a millionth (`factor`), without exponent or
/// trailing zeros.
struct PDFContent {
    /// The operators so far.
    private(set) var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(16 * 1024)
    }

    /// Appends `text` as it is (an operator, a name, a literal).
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends `text` as it is.
    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends raw bytes (a hex string, a name built elsewhere).
    mutating func append(bytes more: [UInt8]) {
        bytes.append(contentsOf: more)
    }

    /// Lets `body` append bytes directly (the text writer's glyph strings), without a copy.
    mutating func write(_ body: (inout [UInt8]) -> Void) {
        body(&bytes)
    }

    /// Appends `value` to a thousandth, then a space.
    mutating func number(_ value: Double) {
        PDFSyntax.append(value, scale: 1000, to: &bytes, terminator: 0x20)
    }

    /// Appends `value` to a millionth (a transform's factors), then a space.
    mutating func factor(_ value: Double) {
        PDFSyntax.append(value, scale: 1_000_000, to: &bytes, terminator: 0x20)
    }

    /// Appends an integer, then a space.
    mutating func integer(_ value: Int) {
        PDFSyntax.appendInteger(value, to: &bytes)
        bytes.append(0x20)
    }

    /// `a b c d e f cm`: concatenates `transform` (Cairo's convention, see `AffineTransform`).
    mutating func concatenate(_ t: AffineTransform) {
        factor(t.a); factor(t.b); factor(t.c); factor(t.d); number(t.tx); number(t.ty)
        append("cm\n")
    }
}

/// PDF's syntax for values written outside content streams: numbers, strings, names.
enum PDFSyntax {
    /// Appends `value` rounded to 1/`scale` (a power of ten), without trailing zeros: `12`, `-0.5`, `3.125`;
    /// then `terminator` when there is one. Beyond ±10^15 units it is clamped (no page comes near).
    ///
    /// The characters are built backwards in a 32-byte buffer on the stack and appended at once: a number
    /// is a few hundred appends per page otherwise, each checking the array's capacity and uniqueness.
    /// Inlined, so that `scale` is a constant where it is called and its divisions become multiplications.
    @inline(__always)
    static func append(_ value: Double, scale: Int, to bytes: inout [UInt8], terminator: UInt8? = nil) {
        guard value.isFinite else {
            bytes.append(0x30)
            if let terminator { bytes.append(terminator) }
            return
        }
        let scaled = min(max(value * Double(scale), -1e15), 1e15)
        // `scaled.rounded()` (half away from zero) without libm's `round`: truncate, then step by the
        // fraction, which the subtraction gives exactly below 2^52.
        var units = Int(scaled)
        let rest = scaled - Double(units)
        if rest >= 0.5 { units += 1 } else if rest <= -0.5 { units -= 1 }
        let negative = units < 0
        if negative { units = -units }
        var whole = units / scale
        var fraction = units % scale
        var places = 0
        var divisor = scale
        while divisor > 1 { divisor /= 10; places += 1 }
        var buffer: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &buffer) { raw in
            var start = 32
            if let terminator { start -= 1; raw[start] = terminator }
            if fraction != 0 {
                while fraction % 10 == 0 { fraction /= 10; places -= 1 }
                while places > 0 {
                    start -= 1
                    raw[start] = UInt8(truncatingIfNeeded: 0x30 + fraction % 10)
                    fraction /= 10
                    places -= 1
                }
                start -= 1
                raw[start] = 0x2E
            }
            repeat {
                start -= 1
                raw[start] = UInt8(truncatingIfNeeded: 0x30 + whole % 10)
                whole /= 10
            } while whole > 0
            if negative && (units != 0) { start -= 1; raw[start] = 0x2D }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[start..<32]))
        }
    }

    /// Appends `value` in decimal, a `-` first when it is negative.
    static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(0x2D) }
        appendDigits(abs(value), to: &bytes)
    }

    /// Appends the decimal digits of `value` (≥ 0) without going through `String`: least significant
    /// first, then turned around in place.
    static func appendDigits(_ value: Int, to bytes: inout [UInt8]) {
        guard value >= 10 else { bytes.append(UInt8(truncatingIfNeeded: 0x30 + value)); return }
        let start = bytes.count
        var rest = value
        while rest > 0 {
            bytes.append(UInt8(truncatingIfNeeded: 0x30 + rest % 10))
            rest /= 10
        }
        var low = start, high = bytes.count - 1
        while low < high {
            bytes.swapAt(low, high)
            low += 1
            high -= 1
        }
    }

    /// `value` as a literal string of its UTF-8 bytes, `(`, `)` and `\` escaped (and CR): a destination's name,
    /// which must be the same bytes in a link, an outline entry and the name tree.
    static func byteString(_ value: String) -> String {
        var escaped = "("
        for scalar in value.unicodeScalars {
            switch scalar {
            case "(", ")", "\\": escaped += "\\\(scalar)"
            case "\r": escaped += "\\r"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + ")"
    }

    /// The file identifier's hex digits: the first 16 bytes of `digest`.
    static func fileID(_ digest: [UInt8]) -> String {
        digest.prefix(16).map { hexDigits(Int($0), width: 2) }.joined()
    }

    /// `value` to a thousandth, as text.
    static func number(_ value: Double) -> String {
        var bytes: [UInt8] = []
        append(value, scale: 1000, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A text string: `(…)` with PDFDocEncoding-safe ASCII escaped, or `<FEFF…>` UTF-16BE hex when `text`
    /// holds anything beyond printable ASCII.
    static func textString(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) {
            var escaped = "("
            for character in text {
                switch character {
                case "(", ")", "\\": escaped += "\\\(character)"
                default: escaped.append(character)
                }
            }
            return escaped + ")"
        }
        var hex = Array("<FEFF".utf8)
        utf16Hex(Array(text.utf8)[...], &hex)
        return String(decoding: hex, as: UTF8.self) + ">"
    }

    /// Appends the four upper-case hex digits of a 2-byte code (a glyph id, a UTF-16 unit).
    static func hex16(_ value: UInt32, _ bytes: inout [UInt8]) {
        bytes.append(upperHexDigits[Int(value >> 12 & 0xF)])
        bytes.append(upperHexDigits[Int(value >> 8 & 0xF)])
        bytes.append(upperHexDigits[Int(value >> 4 & 0xF)])
        bytes.append(upperHexDigits[Int(value & 0xF)])
    }

    /// Appends UTF-8 `text` as UTF-16BE hex digits.
    static func utf16Hex(_ text: ArraySlice<UInt8>, _ bytes: inout [UInt8]) {
        for unit in String(decoding: text, as: UTF8.self).utf16 { hex16(UInt32(unit), &bytes) }
    }

    private static let upperHexDigits = Array("0123456789ABCDEF".utf8)

    /// A name object, `#xx`-escaping anything but regular ASCII characters: `/Fig#20one`.
    static func name(_ text: String) -> String {
        var name = "/"
        for byte in text.utf8 {
            let regular = byte > 0x20 && byte < 0x7F && !"()<>[]{}/%#".utf8.contains(byte)
            name += regular ? String(UnicodeScalar(byte)) : "#" + hexDigits(Int(byte), width: 2)
        }
        return name
    }

    /// `value` as upper-case hex digits, zero-padded to `width`.
    static func hexDigits(_ value: Int, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
