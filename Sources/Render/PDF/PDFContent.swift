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

    /// Appends `value` to a thousandth, then a space.
    mutating func number(_ value: Double) {
        PDFSyntax.append(value, scale: 1000, to: &bytes)
        bytes.append(0x20)
    }

    /// Appends `value` to a millionth (a transform's factors), then a space.
    mutating func factor(_ value: Double) {
        PDFSyntax.append(value, scale: 1_000_000, to: &bytes)
        bytes.append(0x20)
    }

    /// Appends an integer, then a space.
    mutating func integer(_ value: Int) {
        if value < 0 { bytes.append(0x2D) }
        PDFSyntax.appendDigits(abs(value), to: &bytes)
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
    /// Appends `value` rounded to 1/`scale` (a power of ten), without trailing zeros: `12`, `-0.5`, `3.125`.
    static func append(_ value: Double, scale: Int, to bytes: inout [UInt8]) {
        guard value.isFinite else { bytes.append(0x30); return }
        var units = Int((value * Double(scale)).rounded())
        if units < 0 { bytes.append(0x2D); units = -units }
        let whole = units / scale
        var fraction = units % scale
        appendDigits(whole, to: &bytes)
        guard fraction != 0 else { return }
        bytes.append(0x2E)
        var divisor = scale / 10
        while fraction != 0 {
            bytes.append(UInt8(0x30 + fraction / divisor))
            fraction %= divisor
            divisor /= 10
        }
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
        var hex = "<FEFF"
        for unit in text.utf16 { hex += hexDigits(Int(unit), width: 4) }
        return hex + ">"
    }

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
