import Graphics

/// Writes Pango-laid-out text into content streams as real text, and embeds the fonts it used, each subset
/// to the glyphs shown, with widths and a ToUnicode map so the text can be searched and read aloud.
///
/// Glyphs, positions and colours are Pango's own (`TextBlock.glyphRuns`), so the text lands where Cairo
/// puts it. Each glyph is written as its 2-byte glyph id (Type0 fonts) with `TJ`
/// adjustments that put it exactly on Pango's position (to 1/1000 em). What a glyph stands for goes into
/// its font's ToUnicode map the first time it is shown alone for some text, as Cairo does; a cluster of
/// several glyphs (a letter-spaced word, a base letter and its marks), or a glyph already mapped to other
/// text, is written inside a `/Span << /ActualText … >>` marked-content sequence instead.
///
/// Fonts are written by `finish`: each face once (however many sizes), subset by HarfBuzz (glyphs
/// renumbered), all Type0 with Identity-H and the original glyph ids as CIDs; TrueType as CIDFontType2 with
/// /FontFile2 and a /CIDToGIDMap to the new glyph ids; name-keyed CFF (Inter's `.otf`) as CIDFontType0 with
/// the subset's CFF made CID-keyed (`CIDKeyedCFF`) as /FontFile3 /Subtype /CIDFontType0C, as Cairo embeds
/// it; a CFF already CID-keyed (CJK) as the OpenType subset (/FontFile3 /Subtype /OpenType) with an embedded
/// CMap from the original glyph ids to its new ones.
final class PDFTextWriter {
    private let objects: PDFObjectTable
    private let resources: PDFResources
    /// The Pango fonts met so far, looked up once each.
    let glyphFonts = GlyphFonts()
    /// The PDF fonts in order of first use, and each font program's place in it.
    private var fonts: [EmbeddedFont] = []
    private var fontIndex: [ObjectIdentifier: Int] = [:]

    /// A writer adding its fonts to `objects` and naming them in `resources`.
    init(objects: PDFObjectTable, resources: PDFResources) {
        self.objects = objects
        self.resources = resources
    }

    /// Appends to `content` the operators that show `lines` of `block`, the first of them placed as
    /// `TextBlock.paint(lines:in:at:)` places it at `origin` (page coordinates, y down). The operators leave
    /// the graphics state as they found it (they are wrapped in `q` … `Q`).
    func show(_ block: TextBlock, lines: Range<Int>, at origin: Point, into content: inout PDFContent) throws(GraphicsError) {
        let paints = block.glyphRuns(lines: lines, at: origin, fonts: glyphFonts)
        guard !paints.isEmpty else { return }
        var state = TextState()
        content.write { bytes in
            bytes.append(contentsOf: Self.qNewline)
            for paint in paints {
                switch paint {
                case let .glyphs(run):
                    guard !run.glyphs.isEmpty else { continue }
                    write(run, state: &state, into: &bytes)
                case let .rectangle(rect, color):
                    if state.inText { bytes.append(contentsOf: Self.etNewline); state.inText = false }
                    setColor(color, state: &state, into: &bytes)
                    Self.number(rect.origin.x, &bytes); Self.number(rect.origin.y, &bytes)
                    Self.number(rect.size.width, &bytes); Self.number(rect.size.height, &bytes)
                    bytes.append(contentsOf: Self.reFill)
                }
            }
            if state.inText { bytes.append(contentsOf: Self.etNewline) }
            bytes.append(contentsOf: Self.QNewline)
        }
    }

    /// Writes every font shown so far, subset, into `objects`. Called once, after the last page.
    func finish() throws(GraphicsError) {
        for font in fonts { try font.write(into: objects) }
    }

    // MARK: - Content

    /// What the operators written so far in one `show` have set.
    private struct TextState {
        var inText = false
        var font = -1
        var size = -1.0
        var color: Color?
        var alpha = 1.0
        var rendering = 0
        /// The pen: where the next glyph goes without adjustment (page coordinates) and the line's y.
        var penX = 0.0
        var penY = 0.0
        /// Page points per 1/1000 of text space along x (size × the font matrix's xx / 1000).
        var unit = 0.01
        /// Whether a `[` … of a TJ is open, and a `<` … of a glyph string inside it.
        var inArray = false
        var inString = false
    }

    private func embeddedFont(for program: FontProgram) -> Int {
        let key = ObjectIdentifier(program)
        if let index = fontIndex[key] { return index }
        let object = objects.reserve()
        let name = resources.addFont(object)
        let font = EmbeddedFont(program: program, object: object, resourceName: Array("/\(name) ".utf8))
        fonts.append(font)
        fontIndex[key] = fonts.count - 1
        return fonts.count - 1
    }

    private func setColor(_ color: Color, state: inout TextState, into bytes: inout [UInt8]) {
        if color.alpha != state.alpha {
            let name = resources.alphaState(fill: color.alpha, stroke: color.alpha, objects: objects)
            bytes.append(0x2F); bytes.append(contentsOf: name.utf8); bytes.append(contentsOf: Self.gsNewline)
            state.alpha = color.alpha
        }
        if let current = state.color, current.red == color.red, current.green == color.green, current.blue == color.blue { return }
        Self.component(color.red, &bytes); Self.component(color.green, &bytes); Self.component(color.blue, &bytes)
        bytes.append(contentsOf: Self.rgNewline)
        if state.rendering == 2 {
            Self.component(color.red, &bytes); Self.component(color.green, &bytes); Self.component(color.blue, &bytes)
            bytes.append(contentsOf: Self.RGNewline)
        }
        state.color = color
    }

    private func write(_ run: GlyphRun, state: inout TextState, into bytes: inout [UInt8]) {
        let font = run.font
        let index = embeddedFont(for: font.program)
        let embedded = fonts[index]
        setColor(run.color, state: &state, into: &bytes)
        if !state.inText { bytes.append(contentsOf: Self.btNewline); state.inText = true }
        let rendering = font.emboldened ? 2 : 0
        if rendering != state.rendering {
            if rendering == 2 {
                // Fontconfig's synthetic bold: FreeType widens each outline by 1/24 em; a stroke of that width
                // widens it by half on each side.
                Self.number(font.size / 24, &bytes); bytes.append(contentsOf: Self.wNewline)
                if let color = state.color {
                    Self.component(color.red, &bytes); Self.component(color.green, &bytes); Self.component(color.blue, &bytes)
                    bytes.append(contentsOf: Self.RGNewline)
                }
            }
            bytes.append(UInt8(0x30 + rendering)); bytes.append(contentsOf: Self.trNewline)
            state.rendering = rendering
        }
        if index != state.font || font.size != state.size {
            bytes.append(contentsOf: embedded.resourceName)
            Self.number(font.size, &bytes); bytes.append(contentsOf: Self.tfNewline)
            state.font = index; state.size = font.size
        }
        state.unit = font.size * font.matrix.0 / 1000
        var first = true
        for cluster in run.clusters {
            let start = Int(cluster.glyphStart), count = Int(cluster.glyphCount)
            guard count > 0 else { continue }  // nothing drawn: an empty ActualText extracts as nothing
            var plain = false
            if count == 1, cluster.textCount > 0 {
                plain = embedded.map(run.glyphs[start], text: run.text[Int(cluster.textStart)..<Int(cluster.textStart + cluster.textCount)])
            }
            if !plain {
                closeArray(&state, &bytes)
                // The text position is set before the marked content, as Cairo does: MuPDF places an
                // ActualText where the text matrix stands when the span begins.
                if first || needsMove(x: run.x[start], y: run.y[start], state) {
                    setTextMatrix(font, x: run.x[start], y: run.y[start], &bytes)
                    state.penX = run.x[start]; state.penY = run.y[start]
                    first = false
                }
                bytes.append(contentsOf: Self.spanActualText)
                PDFSyntax.utf16Hex(run.text[Int(cluster.textStart)..<Int(cluster.textStart + cluster.textCount)], &bytes)
                bytes.append(contentsOf: Self.bdcNewline)
            }
            for number in start..<start + count {
                let glyph = run.glyphs[number], x = run.x[number], y = run.y[number]
                embedded.use(glyph)
                let advance = embedded.width(glyph)
                if first || needsMove(x: x, y: y, state) {
                    closeArray(&state, &bytes)
                    setTextMatrix(font, x: x, y: y, &bytes)
                    state.penX = x; state.penY = y
                    first = false
                }
                // As Cairo: an adjustment under 3/1000 em is dropped (the pen stays where the advances put
                // it, so the error never grows past that), which keeps kerning-sized noise out of the file
                // and text extraction's word boxes where they were.
                var adjustment = ((state.penX - x) / state.unit).rounded()
                if abs(adjustment) < 3 { adjustment = 0 }
                if adjustment != 0 {
                    if !state.inArray { bytes.append(0x5B); state.inArray = true }
                    if state.inString { bytes.append(0x3E); state.inString = false }
                    Self.integer(Int(adjustment), &bytes)
                    state.penX -= adjustment * state.unit
                }
                if !state.inArray { bytes.append(0x5B); state.inArray = true }
                if !state.inString { bytes.append(0x3C); state.inString = true }
                PDFSyntax.hex16(glyph, &bytes)
                state.penX += advance * state.unit
            }
            if !plain {
                closeArray(&state, &bytes)
                bytes.append(contentsOf: Self.emcNewline)
            }
        }
        closeArray(&state, &bytes)
    }

    /// Whether a glyph at (x, y) needs a new text matrix: another baseline, or more than 10 em away (TJ
    /// adjustments are meant for kerning; Cairo moves the same way).
    private func needsMove(x: Double, y: Double, _ state: TextState) -> Bool {
        abs(y - state.penY) > 1e-6 || abs(x - state.penX) > state.unit * 10_000
    }

    private func closeArray(_ state: inout TextState, _ bytes: inout [UInt8]) {
        guard state.inArray else { return }
        if state.inString { bytes.append(0x3E); state.inString = false }
        bytes.append(contentsOf: Self.tjNewline)
        state.inArray = false
    }

    /// `a b c d x y Tm`: upright text (y down on the page) at (x, y), sheared or scaled as fontconfig's
    /// matrix asks.
    private func setTextMatrix(_ font: GlyphFont, x: Double, y: Double, _ bytes: inout [UInt8]) {
        let (xx, xy, yx, yy) = font.matrix
        if xx == 1, xy == 0, yx == 0, yy == 1 {
            bytes.append(contentsOf: Self.upright)
        } else {
            Self.factor(xx, &bytes); Self.factor(-yx, &bytes); Self.factor(xy, &bytes); Self.factor(-yy, &bytes)
        }
        Self.number(x, &bytes); Self.number(y, &bytes)
        bytes.append(contentsOf: Self.tmNewline)
    }

    // MARK: - Bytes

    private static let qNewline = Array("q\n".utf8), QNewline = Array("Q\n".utf8)
    private static let btNewline = Array("BT\n".utf8), etNewline = Array("ET\n".utf8)
    private static let rgNewline = Array("rg\n".utf8), RGNewline = Array("RG\n".utf8)
    private static let gsNewline = Array(" gs\n".utf8), tfNewline = Array("Tf\n".utf8)
    private static let tmNewline = Array("Tm\n".utf8), tjNewline = Array("]TJ\n".utf8)
    private static let trNewline = Array(" Tr\n".utf8), wNewline = Array("w\n".utf8)
    private static let reFill = Array("re f\n".utf8), upright = Array("1 0 0 -1 ".utf8)
    private static let spanActualText = Array("/Span << /ActualText <FEFF".utf8), bdcNewline = Array("> >> BDC\n".utf8)
    private static let emcNewline = Array("EMC\n".utf8)

    private static func number(_ value: Double, _ bytes: inout [UInt8]) {
        PDFSyntax.append(value, scale: 1000, to: &bytes, terminator: 0x20)
    }

    private static func factor(_ value: Double, _ bytes: inout [UInt8]) {
        PDFSyntax.append(value, scale: 1_000_000, to: &bytes, terminator: 0x20)
    }

    /// A colour component to 1/1000 (what Cairo writes).
    private static func component(_ value: Double, _ bytes: inout [UInt8]) {
        number(min(max(value, 0), 1), &bytes)
    }

    /// An integer without a trailing space (inside a TJ array, between glyph strings).
    private static func integer(_ value: Int, _ bytes: inout [UInt8]) {
        PDFSyntax.appendInteger(value, to: &bytes)
    }

}

/// One face embedded as a Type0 font: the glyphs shown, what each stands for, and, at the end, the objects.
private final class EmbeddedFont {
    let program: FontProgram
    /// The Type0 font's object, reserved at first use.
    let object: Int
    /// `/Fn ` for content streams.
    let resourceName: [UInt8]
    /// Per glyph id: whether it was shown.
    private var used: [Bool]
    /// Per glyph id: the index in `texts` of what it stands for, or -1.
    private var mapped: [Int32]
    /// The most UTF-16 code units a glyph stands for in the ToUnicode map: poppler reads a CMap's strings
    /// through a 256-byte token (63 units) and older readers keep 8. A longer text (Pango's ellipsis stands
    /// for every word it hides) goes into an ActualText span.
    static let maximumMappedUnits = 8
    private var texts: [[UInt8]] = []
    /// Per glyph id: its width in 1/1000 em as written in /W, or -1 before first asked.
    private var widths: [Double]

    init(program: FontProgram, object: Int, resourceName: [UInt8]) {
        self.program = program
        self.object = object
        self.resourceName = resourceName
        used = [Bool](repeating: false, count: max(program.glyphCount, 1))
        mapped = [Int32](repeating: -1, count: max(program.glyphCount, 1))
        widths = [Double](repeating: -1, count: max(program.glyphCount, 1))
    }

    func use(_ glyph: UInt32) {
        if Int(glyph) < used.count { used[Int(glyph)] = true }
    }

    /// The glyph's advance in 1/1000 em, rounded to 1/1000 as /W writes it.
    func width(_ glyph: UInt32) -> Double {
        let index = Int(glyph)
        guard index < widths.count else { return 0 }
        if widths[index] >= 0 { return widths[index] }
        let width = (Double(program.advance(glyph)) * 1000 / Double(program.unitsPerEm) * 1000).rounded() / 1000
        widths[index] = width
        return width
    }

    /// Maps `glyph` to `text` unless it stands for other text already, or for more than
    /// `maximumMappedUnits`; whether the glyph now reads as `text`.
    func map(_ glyph: UInt32, text: ArraySlice<UInt8>) -> Bool {
        let index = Int(glyph)
        guard index < mapped.count else { return false }
        if text.count > Self.maximumMappedUnits,
           String(decoding: text, as: UTF8.self).utf16.count > Self.maximumMappedUnits { return false }
        if mapped[index] >= 0 { return texts[Int(mapped[index])].elementsEqual(text) }
        texts.append(Array(text))
        mapped[index] = Int32(texts.count - 1)
        return true
    }

    func write(into objects: PDFObjectTable) throws(GraphicsError) {
        var glyphs: [UInt32] = []
        for (glyph, isUsed) in used.enumerated() where isUsed { glyphs.append(UInt32(glyph)) }
        let program = program
        let baseFont = PDFSyntax.name(Self.tag(glyphs, program.postScriptName) + "+" + program.postScriptName)
        let scale = 1000 / Double(program.unitsPerEm)
        func units(_ value: Int) -> String { PDFSyntax.number((Double(value) * scale).rounded()) }

        let (fontFile, newGlyphs, cidKeyedCFF) = if let cache = objects.cache {
            try cache.subset(of: program, to: glyphs).parts
        } else {
            try program.subset(glyphs)
        }
        let fileObject: Int
        let fileKey: String
        if let cidKeyedCFF {
            fileObject = try objects.addStream("/Subtype /CIDFontType0C", data: cidKeyedCFF)
            fileKey = "/FontFile3"
        } else if program.isCFF {
            fileObject = try objects.addStream("/Subtype /OpenType", data: fontFile)
            fileKey = "/FontFile3"
        } else {
            fileObject = try objects.addStream("/Length1 \(fontFile.count)", data: fontFile)
            fileKey = "/FontFile2"
        }
        let box = program.boundingBox
        let italic = program.italicAngle != 0
        // Flags: symbolic (4, glyphs by id, not a standard encoding), + italic (64), + fixed pitch (1).
        let flags = 4 | (italic ? 64 : 0) | (program.isFixedPitch ? 1 : 0)
        let stemV = Int(10 + 220 * Double(max(program.weightClass - 50, 0)) / 900)
        let descriptor = objects.add("<< /Type /FontDescriptor /FontName \(baseFont) /Flags \(flags) /FontBBox [\(units(box.0)) \(units(box.1)) \(units(box.2)) \(units(box.3))] /ItalicAngle \(PDFSyntax.number(program.italicAngle)) /Ascent \(units(program.ascender)) /Descent \(units(program.descender)) /CapHeight \(units(program.capHeight)) /StemV \(stemV) \(fileKey) \(fileObject) 0 R >>")

        // Content streams were written with the original glyph ids as codes, and codes are CIDs
        // (Identity-H). TrueType: /CIDToGIDMap maps each CID to its glyph in the subset. Name-keyed CFF
        // (Inter): the subset's CFF is made CID-keyed, its charset taking each glyph to its original id.
        // A font already CID-keyed (CJK) keeps its own CIDs in the subset, so an embedded CMap maps each
        // code to the CID (new glyph id) instead.
        let viaCMap = program.isCFF && cidKeyedCFF == nil
        let cids = viaCMap ? newGlyphs : glyphs
        var widthsArray = "["
        var run: [String] = []
        var runStart: UInt32 = 0
        for (cid, glyph) in zip(cids, glyphs) {
            if !run.isEmpty, cid != runStart + UInt32(run.count) {
                widthsArray += "\(runStart) [\(run.joined(separator: " "))] "
                run = []
            }
            if run.isEmpty { runStart = cid }
            run.append(PDFSyntax.number(width(glyph)))
        }
        if !run.isEmpty { widthsArray += "\(runStart) [\(run.joined(separator: " "))]" }
        widthsArray += "]"
        let subtype: String, cidToGID: String, encoding: String
        if cidKeyedCFF != nil {
            subtype = "/CIDFontType0"
            cidToGID = ""
            encoding = "/Identity-H"
        } else if viaCMap {
            subtype = "/CIDFontType0"
            cidToGID = ""
            let name = "PlanPress-" + baseFont.dropFirst(1).prefix(6) + "-H"
            encoding = "\(try objects.addStream("/Type /CMap /CMapName /\(name) /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /WMode 0", data: Array(Self.encodingCMap(name: name, codes: glyphs, cids: newGlyphs).utf8))) 0 R"
        } else {
            subtype = "/CIDFontType2"
            var map = [UInt8](repeating: 0, count: 2 * (Int(glyphs.last ?? 0) + 1))
            for (glyph, new) in zip(glyphs, newGlyphs) {
                map[2 * Int(glyph)] = UInt8(new >> 8 & 0xFF)
                map[2 * Int(glyph) + 1] = UInt8(new & 0xFF)
            }
            cidToGID = " /CIDToGIDMap \(try objects.addStream("", data: map)) 0 R"
            encoding = "/Identity-H"
        }
        let descendant = objects.add("<< /Type /Font /Subtype \(subtype) /BaseFont \(baseFont) /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor \(descriptor) 0 R /W \(widthsArray)\(cidToGID) >>")
        let toUnicode = try objects.addStream("", data: Array(toUnicodeCMap(glyphs).utf8))
        objects.define(object, "<< /Type /Font /Subtype /Type0 /BaseFont \(baseFont) /Encoding \(encoding) /DescendantFonts [\(descendant) 0 R] /ToUnicode \(toUnicode) 0 R >>")
    }

    /// A CMap taking each 2-byte code (an original glyph id) to a CID (its glyph's id in the subset).
    private static func encodingCMap(name: String, codes: [UInt32], cids: [UInt32]) -> String {
        let entries = zip(codes, cids).map { code, cid in
            var hex: [UInt8] = []
            PDFSyntax.hex16(code, &hex)
            return "<\(String(decoding: hex, as: UTF8.self))> \(cid)"
        }
        return cmapResource(prolog: "%!PS-Adobe-3.0 Resource-CMap\n", opening: "begincidchar", ending: "endcidchar",
                            dictionary: """
                            /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> def
                            /CMapName /\(name) def
                            /CMapType 1 def
                            /WMode 0 def
                            """, lines: entries)
    }

    /// The CMap from glyph ids to the text they stand for; a glyph shown only inside ActualText stands for
    /// the character the font's cmap gives it, as in Cairo's files (MuPDF lines ActualText up with the
    /// glyphs' own text, and repeats letters where a glyph has none).
    private func toUnicodeCMap(_ glyphs: [UInt32]) -> String {
        var entries: [String] = []
        for glyph in glyphs {
            var hex: [UInt8] = []
            if mapped[Int(glyph)] >= 0 {
                PDFSyntax.utf16Hex(texts[Int(mapped[Int(glyph)])][...], &hex)
            } else if let character = program.character(forGlyph: glyph), let scalar = Unicode.Scalar(character) {
                PDFSyntax.utf16Hex(Array(String(Character(scalar)).utf8)[...], &hex)
            } else {
                continue
            }
            var gid: [UInt8] = []
            PDFSyntax.hex16(glyph, &gid)
            entries.append("<\(String(decoding: gid, as: UTF8.self))> <\(String(decoding: hex, as: UTF8.self))>")
        }
        return Self.cmapResource(prolog: "", opening: "beginbfchar", ending: "endbfchar", dictionary: """
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            """, lines: entries)
    }

    /// A CMap resource of 2-byte codes: `prolog`, the CMap's `dictionary` entries, one code space
    /// `<0000>`…`<FFFF>`, then `lines` in sections of at most 100, each opened by its count and `opening`
    /// (`beginbfchar`, `begincidchar`) and closed by `ending`.
    private static func cmapResource(prolog: String, opening: String, ending: String, dictionary: String,
                                     lines: [String]) -> String {
        var cmap = prolog + "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" + dictionary
            + "\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        var start = 0
        while start < lines.count {
            let chunk = lines[start..<min(start + 100, lines.count)]
            cmap += "\(chunk.count) \(opening)\n" + chunk.joined(separator: "\n") + "\n\(ending)\n"
            start += 100
        }
        return cmap + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    }

    /// Six capital letters derived from the glyph set and the name: the same subset gets the same tag.
    private static func tag(_ glyphs: [UInt32], _ name: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        for byte in name.utf8 { mix(byte) }
        for glyph in glyphs { mix(UInt8(glyph & 0xFF)); mix(UInt8(glyph >> 8 & 0xFF)); mix(UInt8(glyph >> 16 & 0xFF)) }
        var letters = ""
        for _ in 0..<6 {
            letters.append(Character(UnicodeScalar(UInt8(0x41 + hash % 26))))
            hash /= 26
        }
        return letters
    }
}
