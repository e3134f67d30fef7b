/// Turns the name-keyed CFF of a subset OpenType font into a CID-keyed CFF whose CIDs are the glyph ids of
/// the original font: what a PDF embeds as a CIDFontType0 (/FontFile3 /Subtype /CIDFontType0C, Identity-H),
/// so text written with the original glyph ids before the subset existed shows the right glyphs.
///
/// The charstrings, global and local subroutines and the Private DICT are copied as they are; the Top DICT
/// gains ROS, CIDCount, FDSelect (every glyph in the one Font DICT) and FDArray, and the charset maps each
/// glyph to its original id. (Adobe TN 5176, sections 18–19.) Checked with fontTools' CFF reader.
enum CIDKeyedCFF {
    struct Malformed: Error {}

    /// The CID-keyed CFF for the `CFF ` table of `openType`, CIDs `cids` (by new glyph id; `cids[0]` is 0).
    /// Nil when the font has no name-keyed CFF table.
    static func make(fromOpenType openType: [UInt8], cids: [UInt32]) -> [UInt8]? {
        guard let table = cffTable(openType) else { return nil }
        return try? convert(Array(openType[table]), cids: cids)
    }

    private static func cffTable(_ font: [UInt8]) -> Range<Int>? {
        guard font.count >= 12 else { return nil }
        let count = Int(font[4]) << 8 | Int(font[5])
        for index in 0..<count {
            let record = 12 + 16 * index
            guard record + 16 <= font.count else { return nil }
            if font[record..<record + 4].elementsEqual("CFF ".utf8) {
                let offset = int32(font, record + 8), length = int32(font, record + 12)
                guard offset + length <= font.count else { return nil }
                return offset..<offset + length
            }
        }
        return nil
    }

    private static func int32(_ bytes: [UInt8], _ at: Int) -> Int {
        Int(bytes[at]) << 24 | Int(bytes[at + 1]) << 16 | Int(bytes[at + 2]) << 8 | Int(bytes[at + 3])
    }

    /// An INDEX at `start`: its whole extent and its items' ranges.
    private static func index(_ cff: [UInt8], at start: Int) throws -> (extent: Range<Int>, items: [Range<Int>]) {
        guard start + 2 <= cff.count else { throw Malformed() }
        let count = Int(cff[start]) << 8 | Int(cff[start + 1])
        if count == 0 { return (start..<start + 2, []) }
        guard start + 3 <= cff.count else { throw Malformed() }
        let offSize = Int(cff[start + 2])
        guard (1...4).contains(offSize) else { throw Malformed() }
        let offsets = start + 3
        let dataBase = offsets + (count + 1) * offSize - 1
        func offset(_ i: Int) throws -> Int {
            var value = 0
            let at = offsets + i * offSize
            guard at + offSize <= cff.count else { throw Malformed() }
            for byte in cff[at..<at + offSize] { value = value << 8 | Int(byte) }
            return value
        }
        var items: [Range<Int>] = []
        for i in 0..<count {
            let a = try offset(i), b = try offset(i + 1)
            guard a >= 1, b >= a, dataBase + b <= cff.count else { throw Malformed() }
            items.append(dataBase + a..<dataBase + b)
        }
        return (start..<dataBase + (try offset(count)), items)
    }

    /// A DICT's entries: operator (two-byte ones as 1200 + second byte) and its operands' bytes, and the
    /// operands decoded as numbers where they are integers.
    private struct Entry {
        var op: Int
        var operandBytes: ArraySlice<UInt8>
        var integers: [Int]
    }

    private static func parseDict(_ bytes: ArraySlice<UInt8>) throws -> [Entry] {
        var entries: [Entry] = []
        var position = bytes.startIndex
        var operandStart = position
        var integers: [Int] = []
        while position < bytes.endIndex {
            let b0 = Int(bytes[position])
            switch b0 {
            case 0...21:
                var op = b0
                if b0 == 12 {
                    guard position + 1 < bytes.endIndex else { throw Malformed() }
                    op = 1200 + Int(bytes[position + 1])
                    position += 1
                }
                entries.append(Entry(op: op, operandBytes: bytes[operandStart..<(b0 == 12 ? position - 1 : position)], integers: integers))
                position += 1
                operandStart = position
                integers = []
            case 28:
                guard position + 2 < bytes.endIndex else { throw Malformed() }
                integers.append(Int(Int16(bitPattern: UInt16(bytes[position + 1]) << 8 | UInt16(bytes[position + 2]))))
                position += 3
            case 29:
                guard position + 4 < bytes.endIndex else { throw Malformed() }
                let value = UInt32(bytes[position + 1]) << 24 | UInt32(bytes[position + 2]) << 16 | UInt32(bytes[position + 3]) << 8 | UInt32(bytes[position + 4])
                integers.append(Int(Int32(bitPattern: value)))
                position += 5
            case 30:
                position += 1
                while position < bytes.endIndex {
                    let byte = bytes[position]
                    position += 1
                    if byte & 0x0F == 0x0F || byte >> 4 == 0x0F { break }
                }
                integers.append(Int.min)  // a real: not used as an offset
            case 32...246:
                integers.append(b0 - 139); position += 1
            case 247...250:
                guard position + 1 < bytes.endIndex else { throw Malformed() }
                integers.append((b0 - 247) * 256 + Int(bytes[position + 1]) + 108); position += 2
            case 251...254:
                guard position + 1 < bytes.endIndex else { throw Malformed() }
                integers.append(-(b0 - 251) * 256 - Int(bytes[position + 1]) - 108); position += 2
            default:
                throw Malformed()
            }
        }
        return entries
    }

    /// An integer operand in 5 bytes, so offsets can be written before they are known.
    private static func fixed(_ value: Int, _ out: inout [UInt8]) {
        let v = UInt32(bitPattern: Int32(value))
        out.append(29); out.append(UInt8(v >> 24)); out.append(UInt8(v >> 16 & 0xFF)); out.append(UInt8(v >> 8 & 0xFF)); out.append(UInt8(v & 0xFF))
    }

    private static func op(_ op: Int, _ out: inout [UInt8]) {
        if op >= 1200 { out.append(12); out.append(UInt8(op - 1200)) } else { out.append(UInt8(op)) }
    }

    /// An INDEX of `items`, offsets 4 bytes wide.
    private static func writeIndex(_ items: [[UInt8]], _ out: inout [UInt8]) {
        out.append(UInt8(items.count >> 8)); out.append(UInt8(items.count & 0xFF))
        guard !items.isEmpty else { return }
        out.append(4)
        var offset = 1
        func put(_ v: Int) { out.append(UInt8(v >> 24)); out.append(UInt8(v >> 16 & 0xFF)); out.append(UInt8(v >> 8 & 0xFF)); out.append(UInt8(v & 0xFF)) }
        put(offset)
        for item in items { offset += item.count; put(offset) }
        for item in items { out.append(contentsOf: item) }
    }

    private static let charStringsOp = 17, charsetOp = 15, encodingOp = 16, privateOp = 18, fontMatrixOp = 1207
    private static let rosOp = 1230, cidCountOp = 1234, fdArrayOp = 1236, fdSelectOp = 1237

    static func convert(_ cff: [UInt8], cids: [UInt32]) throws -> [UInt8] {
        guard cff.count >= 4, cff[0] == 1 else { throw Malformed() }
        let names = try index(cff, at: Int(cff[2]))
        let topDicts = try index(cff, at: names.extent.upperBound)
        let strings = try index(cff, at: topDicts.extent.upperBound)
        let globalSubrs = try index(cff, at: strings.extent.upperBound)
        guard topDicts.items.count == 1 else { throw Malformed() }
        let top = try parseDict(cff[topDicts.items[0]])
        guard !top.contains(where: { $0.op == rosOp }) else { throw Malformed() }  // already CID-keyed
        guard let charStringsEntry = top.first(where: { $0.op == charStringsOp }), let charStringsAt = charStringsEntry.integers.last,
              let privateEntry = top.first(where: { $0.op == privateOp }), privateEntry.integers.count == 2 else { throw Malformed() }
        let charStrings = try index(cff, at: charStringsAt)
        guard charStrings.items.count == cids.count else { throw Malformed() }
        let privateSize = privateEntry.integers[0], privateAt = privateEntry.integers[1]
        guard privateSize >= 0, privateAt >= 0, privateAt + privateSize <= cff.count else { throw Malformed() }
        // The Private DICT and its local subroutines (at an offset from the Private DICT), copied as one block.
        var privateEnd = privateAt + privateSize
        let privateDict = try parseDict(cff[privateAt..<privateAt + privateSize])
        if let subrs = privateDict.first(where: { $0.op == 19 })?.integers.last {
            privateEnd = max(privateEnd, try index(cff, at: privateAt + subrs).extent.upperBound)
        }
        let privateBlock = Array(cff[privateAt..<privateEnd])

        var stringItems = strings.items.map { Array(cff[$0]) }
        let adobe = 391 + stringItems.count, identity = adobe + 1
        stringItems.append(Array("Adobe".utf8)); stringItems.append(Array("Identity".utf8))
        let fontMatrix = top.first(where: { $0.op == fontMatrixOp })

        // The new Top DICT, its offsets to be filled in: its size does not depend on them.
        func topDict(charset: Int, fdSelect: Int, charStrings: Int, fdArray: Int) -> [UInt8] {
            var out: [UInt8] = []
            fixed(adobe, &out); fixed(identity, &out); fixed(0, &out); op(rosOp, &out)
            for entry in top where ![charStringsOp, charsetOp, encodingOp, privateOp].contains(entry.op) {
                out.append(contentsOf: entry.operandBytes); op(entry.op, &out)
            }
            fixed(Int(cids.max() ?? 0) + 1, &out); op(cidCountOp, &out)
            fixed(charset, &out); op(charsetOp, &out)
            fixed(fdSelect, &out); op(fdSelectOp, &out)
            fixed(charStrings, &out); op(charStringsOp, &out)
            fixed(fdArray, &out); op(fdArrayOp, &out)
            return out
        }
        func fontDict(privateAt: Int) -> [UInt8] {
            var out: [UInt8] = []
            // The font's own matrix (Inter: 1/2816 em) stays in the Top DICT, where FreeType takes the units
            // per em from; the Font DICT's is then the identity, not the 1/1000 it defaults to.
            if fontMatrix != nil { out.append(contentsOf: [140, 139, 139, 140, 139, 139]); op(fontMatrixOp, &out) }
            fixed(privateSize, &out); fixed(privateAt, &out); op(privateOp, &out)
            return out
        }
        var charset: [UInt8] = [0]
        for cid in cids.dropFirst() { charset.append(UInt8(cid >> 8 & 0xFF)); charset.append(UInt8(cid & 0xFF)) }
        let glyphCount = cids.count
        let fdSelect: [UInt8] = [3, 0, 1, 0, 0, 0, UInt8(glyphCount >> 8), UInt8(glyphCount & 0xFF)]

        var head: [UInt8] = [1, 0, 4, 4]
        head.append(contentsOf: cff[names.extent])
        let topSize = topDict(charset: 0, fdSelect: 0, charStrings: 0, fdArray: 0).count
        var stringsIndex: [UInt8] = []
        writeIndex(stringItems, &stringsIndex)
        let topIndexSize = 2 + 1 + 8 + topSize
        let charsetAt = head.count + topIndexSize + stringsIndex.count + globalSubrs.extent.count
        let fdSelectAt = charsetAt + charset.count
        let charStringsNewAt = fdSelectAt + fdSelect.count
        let fdArrayAt = charStringsNewAt + charStrings.extent.count
        let fdArraySize = 2 + 1 + 8 + fontDict(privateAt: 0).count
        let privateNewAt = fdArrayAt + fdArraySize

        var out = head
        writeIndex([topDict(charset: charsetAt, fdSelect: fdSelectAt, charStrings: charStringsNewAt, fdArray: fdArrayAt)], &out)
        out.append(contentsOf: stringsIndex)
        out.append(contentsOf: cff[globalSubrs.extent])
        guard out.count == charsetAt else { throw Malformed() }
        out.append(contentsOf: charset)
        out.append(contentsOf: fdSelect)
        out.append(contentsOf: cff[charStrings.extent])
        writeIndex([fontDict(privateAt: privateNewAt)], &out)
        guard out.count == privateNewAt else { throw Malformed() }
        out.append(contentsOf: privateBlock)
        return out
    }
}
