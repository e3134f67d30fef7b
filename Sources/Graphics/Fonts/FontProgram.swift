import CHarfBuzzSubset
import Foundation

/// One font file's face (a file and the index of the face in it) as HarfBuzz reads it: the metrics a PDF
/// font descriptor states, the glyphs' advances, and subsets of the program for embedding.
///
/// Immutable once made; HarfBuzz faces are safe to read from several threads.
public final class FontProgram: @unchecked Sendable {
    /// The font file and the face's index in it.
    public let path: String
    public let index: Int
    /// The face's PostScript name ("Inter-Regular"), without spaces or slashes.
    public let postScriptName: String
    public let unitsPerEm: Int
    public let glyphCount: Int
    /// Whether the outlines are CFF (an `.otf` with a `CFF ` table) rather than TrueType `glyf`.
    public let isCFF: Bool
    /// Font units: the typographic ascender (positive), descender (negative) and cap height.
    public let ascender: Int
    public let descender: Int
    public let capHeight: Int
    /// Degrees, counter-clockwise from vertical (negative for an italic leaning right).
    public let italicAngle: Double
    /// `head`'s bounding box of all glyphs, font units: xMin, yMin, xMax, yMax.
    public let boundingBox: (Int, Int, Int, Int)
    /// `OS/2`'s weight class (400 regular, 700 bold).
    public let weightClass: Int
    /// Whether every glyph has the same advance.
    public let isFixedPitch: Bool
    private let face: OpaquePointer
    private let font: OpaquePointer

    /// The face of `hbFace` (referenced, not copied) found in `path` at `index`.
    init(path: String, index: Int, hbFace: OpaquePointer) {
        self.path = path
        self.index = index
        face = hb_face_reference(hbFace)
        font = hb_font_create(face)
        let upem = Int(hb_face_get_upem(face))
        unitsPerEm = upem
        hb_font_set_scale(font, Int32(upem), Int32(upem))
        glyphCount = Int(hb_face_get_glyph_count(face))
        isCFF = Self.table(face, "CFF ").count > 0 || Self.table(face, "CFF2").count > 0
        var length: UInt32 = 128
        var name = [CChar](repeating: 0, count: 128)
        hb_ot_name_get_utf8(face, hb_ot_name_id_t(HB_OT_NAME_ID_POSTSCRIPT_NAME), hb_language_get_default(), &length, &name)
        var postScript = String(cString: name).filter { $0.isASCII && $0 != " " && $0 != "/" && $0 != "%" }
        if postScript.isEmpty {
            postScript = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent.filter { $0.isASCII && $0 != " " }
        }
        postScriptName = postScript
        var position: hb_position_t = 0
        ascender = hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &position) != 0 ? Int(position) : upem * 8 / 10
        descender = hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &position) != 0 ? Int(position) : -upem * 2 / 10
        capHeight = hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_CAP_HEIGHT, &position) != 0 && position > 0 ? Int(position) : ascender
        italicAngle = Double(hb_style_get_value(font, HB_STYLE_TAG_SLANT_ANGLE))
        let head = Self.table(face, "head")
        boundingBox = head.count >= 44
            ? (Self.int16(head, 36), Self.int16(head, 38), Self.int16(head, 40), Self.int16(head, 42))
            : (0, descender, upem, ascender)
        let os2 = Self.table(face, "OS/2")
        weightClass = os2.count >= 6 ? Int(UInt16(os2[4]) << 8 | UInt16(os2[5])) : 400
        let post = Self.table(face, "post")
        isFixedPitch = post.count >= 16 && (post[12] | post[13] | post[14] | post[15]) != 0
    }

    deinit {
        hb_font_destroy(font)
        if let preprocessed, preprocessed != face { hb_face_destroy(preprocessed) }
        hb_face_destroy(face)
    }

    /// The advance of glyph `glyph`, in font units.
    public func advance(_ glyph: UInt32) -> Int {
        Int(hb_font_get_glyph_h_advance(font, glyph))
    }

    /// The character the font's cmap maps to `glyph` (the lowest, when several do), or nil: what a glyph
    /// stands for when it was only ever shown inside ActualText (a letter-spaced word), as Cairo maps it.
    public func character(forGlyph glyph: UInt32) -> UInt32? {
        lock.lock()
        defer { lock.unlock() }
        if characters == nil {
            var map: [UInt32: UInt32] = [:]
            let unicodes = hb_set_create()
            defer { hb_set_destroy(unicodes) }
            hb_face_collect_unicodes(face, unicodes)
            var unicode = hb_codepoint_t.max
            while hb_set_next(unicodes, &unicode) != 0 {
                var found: hb_codepoint_t = 0
                if hb_font_get_nominal_glyph(font, unicode, &found) != 0, map[found] == nil { map[found] = unicode }
            }
            characters = map
        }
        return characters?[glyph]
    }

    /// Glyph to character, built at the first `character(forGlyph:)`.
    private var characters: [UInt32: UInt32]?

    /// The face prepared for repeated subsetting (`hb_subset_preprocess`, the same subsets twice as fast),
    /// made at the second subset of a face of at most `preprocessedGlyphLimit` glyphs: preparing costs
    /// 10–15 ms for an Inter face, which a one-render CLI process would never earn back (a CJK face would
    /// take 0.4 s).
    private var preprocessed: OpaquePointer?
    private var subsets = 0
    private let lock = NSLock()
    private static let preprocessedGlyphLimit = 8192

    /// The font program holding only `glyphs` (and .notdef), renumbered from 0 in the order of their ids:
    /// a TrueType or OpenType (CFF) file without layout tables or hinting, and each glyph's new id, in the
    /// order of `glyphs` (which must be sorted).
    ///
    /// For a name-keyed CFF font, `cidKeyedCFF` is the subset's CFF made CID-keyed with the original glyph
    /// ids as CIDs (see `CIDKeyedCFF`), to embed bare under Identity-H; nil otherwise (TrueType, or a font
    /// already CID-keyed, whose subset keeps its own CIDs).
    public func subset(_ glyphs: [UInt32]) throws(GraphicsError) -> (program: [UInt8], newGlyphs: [UInt32], cidKeyedCFF: [UInt8]?) {
        guard let input = hb_subset_input_create_or_fail() else { throw .fonts("HarfBuzz could not start a subset of \(path)") }
        defer { hb_subset_input_destroy(input) }
        let glyphSet = hb_subset_input_glyph_set(input)
        hb_set_add(glyphSet, 0)
        for glyph in glyphs { hb_set_add(glyphSet, glyph) }
        let dropped = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
        for tag in ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern", "DSIG", "morx", "kerx", "vhea", "vmtx", "VORG",
                    "COLR", "CPAL", "SVG ", "STAT", "meta", "gasp", "hdmx", "LTSH", "VDMX"] {
            hb_set_add(dropped, Self.tag(tag))
        }
        // Hinting is left out (PDF viewers hint or not on their own); glyphs are renumbered, which keeps
        // the subset small: with their ids retained, every unused glyph still costs an entry in hmtx and CFF.
        hb_subset_input_set_flags(input, UInt32(HB_SUBSET_FLAGS_NO_HINTING.rawValue))
        guard let plan = hb_subset_plan_create_or_fail(sourceFace(), input) else { throw .fonts("HarfBuzz could not plan a subset of \(path)") }
        defer { hb_subset_plan_destroy(plan) }
        let mapping = hb_subset_plan_old_to_new_glyph_mapping(plan)
        var newGlyphs: [UInt32] = []
        newGlyphs.reserveCapacity(glyphs.count)
        for glyph in glyphs {
            let new = hb_map_get(mapping, glyph)
            guard new != UInt32.max else { throw .fonts("HarfBuzz left glyph \(glyph) out of a subset of \(path)") }
            newGlyphs.append(new)
        }
        guard let subset = hb_subset_plan_execute_or_fail(plan) else { throw .fonts("HarfBuzz could not subset \(path)") }
        defer { hb_face_destroy(subset) }
        let blob = hb_face_reference_blob(subset)
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(blob, &length), length > 0 else { throw .fonts("HarfBuzz wrote an empty subset of \(path)") }
        let program = data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { Array(UnsafeBufferPointer(start: $0, count: Int(length))) }
        guard isCFF else { return (program, newGlyphs, nil) }
        let newToOld = hb_subset_plan_new_to_old_glyph_mapping(plan)
        let count = Int(hb_face_get_glyph_count(subset))
        var cids: [UInt32] = []
        cids.reserveCapacity(count)
        for new in 0..<UInt32(count) {
            let old = hb_map_get(newToOld, new)
            cids.append(old == UInt32.max ? 0 : old)
        }
        return (program, newGlyphs, CIDKeyedCFF.make(fromOpenType: program, cids: cids))
    }

    private func sourceFace() -> OpaquePointer {
        guard glyphCount <= Self.preprocessedGlyphLimit else { return face }
        lock.lock()
        defer { lock.unlock() }
        if let preprocessed { return preprocessed }
        subsets += 1
        guard subsets > 1 else { return face }
        let made = hb_subset_preprocess(face) ?? face
        preprocessed = made
        return made
    }

    /// The program of the face at `index` of `path`, made once per process from `hbFace` (the face Pango
    /// loaded) and shared by every document and thread after that.
    static func shared(path: String, index: Int, hbFace: OpaquePointer) -> FontProgram {
        registryLock.lock()
        defer { registryLock.unlock() }
        let key = "\(index):\(path)"
        if let known = registry[key] { return known }
        let program = FontProgram(path: path, index: index, hbFace: hbFace)
        registry[key] = program
        return program
    }

    private nonisolated(unsafe) static var registry: [String: FontProgram] = [:]
    private static let registryLock = NSLock()

    private static func tag(_ name: String) -> hb_tag_t {
        name.utf8.reduce(0) { $0 << 8 | hb_tag_t($1) }
    }

    private static func table(_ face: OpaquePointer, _ name: String) -> [UInt8] {
        let blob = hb_face_reference_table(face, tag(name))
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(blob, &length), length > 0 else { return [] }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { Array(UnsafeBufferPointer(start: $0, count: Int(length))) }
    }

    private static func int16(_ bytes: [UInt8], _ offset: Int) -> Int {
        Int(Int16(bitPattern: UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1])))
    }
}
