import CPango
import CPangoGlyphs

/// A Pango font as it is drawn: its face's program, its size, and the transform fontconfig adds when it
/// synthesizes a style (an oblique shear in `matrix`, a heavier stroke when `emboldened`).
public final class GlyphFont {
    public let program: FontProgram
    /// Points (the em size).
    public let size: Double
    /// Fontconfig's matrix (xx, xy, yx, yy), the identity unless a style is synthesized.
    public let matrix: (Double, Double, Double, Double)
    public let emboldened: Bool

    init(program: FontProgram, size: Double, matrix: (Double, Double, Double, Double), emboldened: Bool) {
        self.program = program; self.size = size; self.matrix = matrix; self.emboldened = emboldened
    }
}

/// The fonts met while collecting glyph runs, each Pango font looked up once; font programs are shared
/// by file and face index, whichever font map (main or fallback) loaded them, for the whole process. Holds a reference to each
/// Pango font it has seen (so a pointer is never reused for another font while it lives). Not thread-safe.
public final class GlyphFonts {
    private var byFont: [UnsafeMutableRawPointer: GlyphFont] = [:]

    public init() {}

    deinit {
        for font in byFont.keys { g_object_unref(font) }
    }

    func font(_ pango: UnsafeMutablePointer<PangoFont>) -> GlyphFont? {
        let key = UnsafeMutableRawPointer(pango)
        if let known = byFont[key] { return known }
        guard let fcFont = Optional(UnsafeMutableRawPointer(pango).assumingMemoryBound(to: PangoFcFont.self)),
              let pattern = pango_fc_font_get_pattern(fcFont) else { return nil }
        var file: UnsafeMutablePointer<FcChar8>?
        guard FcPatternGetString(pattern, FC_FILE, 0, &file) == FcResultMatch, let file else { return nil }
        var index: Int32 = 0
        _ = FcPatternGetInteger(pattern, FC_INDEX, 0, &index)
        let path = String(cString: UnsafeRawPointer(file).assumingMemoryBound(to: CChar.self))
        guard let hbFont = pango_font_get_hb_font(pango), let face = hb_font_get_face(hbFont) else { return nil }
        let program = FontProgram.shared(path: path, index: Int(index), hbFace: face)
        let description = pango_font_describe_with_absolute_size(pango)
        let size = Double(pango_font_description_get_size(description)) / Double(PANGO_SCALE)
        pango_font_description_free(description)
        var matrix = (1.0, 0.0, 0.0, 1.0)
        var fcMatrix: UnsafeMutablePointer<FcMatrix>?
        if FcPatternGetMatrix(pattern, FC_MATRIX, 0, &fcMatrix) == FcResultMatch, let m = fcMatrix?.pointee {
            matrix = (m.xx, m.xy, m.yx, m.yy)
        }
        var embolden: FcBool = 0
        let emboldened = FcPatternGetBool(pattern, FC_EMBOLDEN, 0, &embolden) == FcResultMatch && embolden != 0
        let font = GlyphFont(program: program, size: size, matrix: matrix, emboldened: emboldened)
        g_object_ref(key)
        byFont[key] = font
        return font
    }
}
