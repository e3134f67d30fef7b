import CQPDF
import Crypto
import Foundation
import Graphics

/// The objects changed in a file libqpdf holds, written as an incremental update (ISO 32000-1, 7.5.6):
/// the file's bytes unchanged, then the new version of each changed or added object, a cross-reference
/// section for them and a trailer that points back at the file's own.
///
/// libqpdf reads and edits objects but writes only whole files: parsing every object, re-encoding the
/// dictionaries and hashing the output for a reproducible /ID costs a tenth of a render, to change a few
/// dozen small objects. So libqpdf edits and prints each changed object, and this writes the update.
/// New objects are numbered here too: libqpdf's own numbering (`qpdf_make_indirect_object`,
/// `qpdf_oh_new_stream`) first reads every object of the file to find dangling references.
struct PDFIncrementalUpdate {
    private let qpdf: qpdf_data
    /// The numbers of the file's indirect objects changed.
    private var changed: Set<Int32> = []
    /// The objects added, by number: a direct dictionary, and the data when it is a stream's dictionary.
    private var added: [Int32: (object: qpdf_oh, data: [UInt8]?)] = [:]
    /// The number the next added object takes.
    private var nextNumber: Int32

    /// An update of the file `qpdf` read, with nothing changed yet.
    init(_ qpdf: qpdf_data) {
        self.qpdf = qpdf
        nextNumber = max(1, Int32(clamping: qpdf_oh_get_int_value(qpdf, qpdf_oh_get_key(qpdf, qpdf_get_trailer(qpdf), "/Size"))))
    }

    /// Adds `object`, a direct dictionary, as a new indirect object (a stream with `data`, stored as
    /// given, when `data` is not `nil`); returns a reference to it.
    mutating func add(_ object: qpdf_oh, data: [UInt8]? = nil) -> qpdf_oh {
        let number = nextNumber
        nextNumber += 1
        added[number] = (object, data)
        // Known to libqpdf under its number, so a reference to it resolves to it (a reference to an unknown
        // number resolves to null, and libqpdf drops a key whose value is null).
        qpdf_replace_object(qpdf, number, 0, object)
        return qpdf_get_object_by_id(qpdf, number, 0)
    }

    /// Notes that `object` changed: the object itself when it is indirect, else `owner`, the indirect
    /// object that holds it.
    mutating func changed(_ object: qpdf_oh, in owner: qpdf_oh) {
        let number = qpdf_oh_get_object_id(qpdf, object)
        changed.insert(number > 0 ? number : qpdf_oh_get_object_id(qpdf, owner))
    }

    /// Notes that `object`, an indirect object of the file, changed.
    mutating func changed(_ object: qpdf_oh) {
        changed(object, in: object)
    }

    /// `original`, the bytes libqpdf read, followed by the update: the changed objects, then the added.
    /// The trailer keeps the file's /ID, or gives it one made from the original bytes, so the same file is
    /// always updated to the same bytes.
    /// With `version`, the header (`%PDF-1.5`) names that version instead.
    func appended(to original: [UInt8], version: String? = nil) throws(GraphicsError) -> [UInt8] {
        guard let previous = Self.crossReferenceOffset(in: original) else {
            throw .invalidOutput("the PDF Cairo wrote ends without startxref")
        }
        var output = original
        if let version { try Self.setHeaderVersion(version, in: &output) }
        if output.last != UInt8(ascii: "\n") { output.append(UInt8(ascii: "\n")) }
        // Cairo 1.16 lists objects it numbered but never wrote (in an untagged file, for the structure it
        // did not need) at another object's offset; the update marks them free.
        var entries = Self.unwrittenObjects(in: original, crossReference: previous).subtracting(changed)
            .map { (number: $0, entry: "0000000000 00001 f \n") }
        var offsets: [(number: Int32, offset: Int)] = []
        for number in changed.sorted() where number > 0 {
            offsets.append((number, output.count))
            output += Array("\(number) 0 obj\n".utf8) + unparsed(qpdf_get_object_by_id(qpdf, number, 0)) + Array("\nendobj\n".utf8)
        }
        for (number, object) in added.sorted(by: { $0.key < $1.key }) {
            offsets.append((number, output.count))
            output += Array("\(number) 0 obj\n".utf8)
            if let data = object.data {
                qpdf_oh_replace_key(qpdf, object.object, "/Length", qpdf_oh_new_integer(qpdf, Int64(data.count)))
                output += unparsed(object.object) + Array("\nstream\n".utf8) + data + Array("\nendstream\nendobj\n".utf8)
            } else {
                output += unparsed(object.object) + Array("\nendobj\n".utf8)
            }
        }
        let crossReference = output.count
        entries += offsets.map { ($0.number, "\(String($0.offset).leftPadded(to: 10, with: "0")) 00000 n \n") }
        output += Array(Self.crossReferenceSection(entries.sorted { $0.number < $1.number }).utf8)
        output += Array(try trailer(previous: previous, original: original, size: nextNumber).utf8)
        output += Array("startxref\n\(crossReference)\n%%EOF\n".utf8)
        return output
    }

    /// `object` in PDF syntax, the indirect objects it refers to as references.
    private func unparsed(_ object: qpdf_oh) -> [UInt8] {
        guard let text = qpdf_oh_unparse_resolved(qpdf, object) else { return [] }
        return Array(UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self), count: strlen(text)))
    }

    /// `N G R` for the indirect `object`.
    private func reference(to object: qpdf_oh) -> String {
        "\(qpdf_oh_get_object_id(qpdf, object)) \(qpdf_oh_get_generation(qpdf, object)) R"
    }

    /// The update's trailer: the file's /Root and /Info, its /ID or a new one, /Prev pointing at the
    /// file's cross-reference section, and /Size past every object.
    private func trailer(previous: Int, original: [UInt8], size: Int32) throws(GraphicsError) -> String {
        let trailer = qpdf_get_trailer(qpdf)
        let root = qpdf_oh_get_key(qpdf, trailer, "/Root")
        guard qpdf_oh_is_indirect(qpdf, root) == QPDF_TRUE else { throw .invalidOutput("the PDF Cairo wrote has no catalog") }
        var entries = ["/Size \(max(size, Int32(qpdf_oh_get_int_value(qpdf, qpdf_oh_get_key(qpdf, trailer, "/Size")))))",
                       "/Root \(reference(to: root))"]
        let info = qpdf_oh_get_key(qpdf, trailer, "/Info")
        if qpdf_oh_is_indirect(qpdf, info) == QPDF_TRUE { entries.append("/Info \(reference(to: info))") }
        let id = qpdf_oh_get_key(qpdf, trailer, "/ID")
        if qpdf_oh_is_array(qpdf, id) == QPDF_TRUE {
            entries.append("/ID \(String(decoding: unparsed(id), as: UTF8.self))")
        } else {
            let digest = SHA256.hash(data: original).prefix(16).map { String($0, radix: 16).leftPadded(to: 2) }.joined()
            entries.append("/ID [<\(digest)> <\(digest)>]")
        }
        entries.append("/Prev \(previous)")
        return "trailer\n<< \(entries.joined(separator: " ")) >>\n"
    }

    /// A cross-reference section of `entries` (20 bytes each), one subsection per run of consecutive numbers.
    private static func crossReferenceSection(_ entries: [(number: Int32, entry: String)]) -> String {
        var text = "xref\n"
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count, entries[end].number == entries[end - 1].number + 1 { end += 1 }
            text += "\(entries[start].number) \(end - start)\n"
            for entry in entries[start..<end] { text += entry.entry }
            start = end
        }
        return text
    }

    /// The objects the cross-reference table at `offset` in `bytes` lists as in use whose offset does not
    /// hold `N G obj`. Empty when there is no table there (a cross-reference stream). Read byte by byte: a
    /// booklet's table has a thousand entries or more.
    static func unwrittenObjects(in bytes: [UInt8], crossReference offset: Int) -> Set<Int32> {
        var unwritten: Set<Int32> = []
        var index = offset
        func line() -> ArraySlice<UInt8>? {
            guard index < bytes.count, let end = bytes[index...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else { return nil }
            defer {
                index = end + 1
                if index < bytes.count, bytes[end] == 0x0D, bytes[index] == 0x0A { index += 1 }
            }
            return bytes[index..<end]
        }
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        guard let keyword = line(), keyword.drop(while: isSpace).reversed().drop(while: isSpace).reversed()
            .elementsEqual("xref".utf8) else { return [] }
        while let header = line() {
            let fields = header.split(separator: 0x20)
            guard fields.count == 2, let first = Self.integer(fields[0]), let count = Self.integer(fields[1]),
                  first + count <= Int(Int32.max) else { break }
            for number in first..<first + count {
                // Each entry is 20 bytes: 10-digit offset, 5-digit generation, `n` or `f`, a two-byte end of line.
                guard index + 20 <= bytes.count else { return unwritten }
                let entry = bytes[index..<index + 18].split(separator: 0x20)
                index += 20
                guard entry.count == 3, entry[2].elementsEqual([UInt8(ascii: "n")]), let at = Self.integer(entry[0]),
                      let generation = Self.integer(entry[1]) else { continue }
                if !Self.holdsObject(number, generation, at: at, in: bytes) { unwritten.insert(Int32(number)) }
            }
        }
        return unwritten
    }

    /// The value of `digits`, all of them decimal digits (at most 18).
    private static func integer(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for digit in digits {
            guard (0x30...0x39).contains(digit) else { return nil }
            value = value * 10 + Int(digit - 0x30)
        }
        return value
    }

    /// Whether `bytes` hold `number generation obj` at `offset` (the numbers written without leading zeros).
    private static func holdsObject(_ number: Int, _ generation: Int, at offset: Int, in bytes: [UInt8]) -> Bool {
        var index = offset
        func expect(_ value: Int) -> Bool {
            var divisor = 1
            while divisor <= value / 10 { divisor *= 10 }
            var rest = value
            while divisor > 0 {
                guard index < bytes.count, bytes[index] == 0x30 + UInt8(rest / divisor) else { return false }
                rest %= divisor
                divisor /= 10
                index += 1
            }
            return true
        }
        func expect(_ text: StaticString) -> Bool {
            for byte in UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount) {
                guard index < bytes.count, bytes[index] == byte else { return false }
                index += 1
            }
            return true
        }
        return expect(number) && expect(" ") && expect(generation) && expect(" obj")
    }

    /// The offset after the last `startxref` in `bytes`: where its cross-reference section starts.
    static func crossReferenceOffset(in bytes: [UInt8]) -> Int? {
        let keyword = Array("startxref".utf8)
        let tail = max(0, bytes.count - 1024)
        guard var index = stride(from: bytes.count - keyword.count, through: tail, by: -1)
            .first(where: { bytes[$0..<$0 + keyword.count].elementsEqual(keyword) }) else { return nil }
        index += keyword.count
        while index < bytes.count, bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x20 { index += 1 }
        var offset = 0, digits = 0
        while index < bytes.count, (0x30...0x39).contains(bytes[index]), digits < 12 {
            offset = offset * 10 + Int(bytes[index] - 0x30)
            index += 1
            digits += 1
        }
        return digits > 0 && offset < bytes.count ? offset : nil
    }

    /// Replaces the version in the header `%PDF-1.n` with `version` (`1.7`), which has the same length.
    private static func setHeaderVersion(_ version: String, in bytes: inout [UInt8]) throws(GraphicsError) {
        let header = Array("%PDF-".utf8), digits = Array(version.utf8)
        guard digits.count == 3, bytes.count > header.count + 3, bytes.starts(with: header) else {
            throw .invalidOutput("the PDF Cairo wrote has no %PDF-1.n header")
        }
        bytes.replaceSubrange(header.count..<header.count + 3, with: digits)
    }
}

private extension String {
    /// The string with `pad` in front up to `width` characters.
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
