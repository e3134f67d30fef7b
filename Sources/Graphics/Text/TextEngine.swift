import CPango

/// One thread's Pango machinery: a font map over the `FontLibrary` and one context, measuring with
/// hinting and hint metrics off at 72 units per inch, so one unit is one point and PDF, PNG and SVG
/// break lines identically.
///
/// Not thread-safe: make one per thread (the render service keeps one per worker) and reuse it for every
/// paragraph of every render on that thread.
public final class TextEngine {
    public let fonts: FontLibrary
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer
    private var descriptions: [FontKey: OpaquePointer] = [:]
    /// Per language (its primary subtag), the hyphenator loaded the first time a text in it is laid out;
    /// nil for a language without a shipped dictionary.
    private var hyphenators: [String: Hyphenator?] = [:]
    /// Paragraphs already laid out, by everything that decides their shape; see `layout`.
    private var laidOut: [LayoutKey: TextBlock] = [:]
    /// How many paragraphs `laidOut` keeps before it starts over.
    public let reuseCapacity: Int

    /// `reuseCapacity` bounds the laid-out paragraphs kept for reuse (each holds its Pango layout).
    public init(fonts: FontLibrary, reuseCapacity: Int = 4096) {
        self.fonts = fonts
        self.reuseCapacity = reuseCapacity
        fontMap = try! fonts.makeFontMap()  // the main configuration exists once the library does
        context = Self.makeContext(fontMap)
    }

    deinit {
        for description in descriptions.values { pango_font_description_free(description) }
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(fontMap)
        if let fallback {
            g_object_unref(UnsafeMutableRawPointer(fallback.context))
            g_object_unref(fallback.fontMap)
        }
    }

    /// The font map and context that also see the fallback fonts, made the first time a text needs them.
    private var fallback: (fontMap: UnsafeMutablePointer<PangoFontMap>, context: OpaquePointer)?

    /// The context and font description to lay out `text` in `style` with: the main fonts' when they draw
    /// all of it, else those that also see the fallback fonts (other scripts, CJK, emoji).
    func shaping(_ text: String, style: TextStyle) throws(GraphicsError) -> (context: OpaquePointer, font: OpaquePointer) {
        if fonts.mainFontsCover(text) { return (context, fontDescription(for: style, withFallback: false)) }
        return (try fallbackContext(), fontDescription(for: style, withFallback: true))
    }

    private func fallbackContext() throws(GraphicsError) -> OpaquePointer {
        if let fallback { return fallback.context }
        let fontMap = try fonts.makeFontMap(withFallback: true)
        let made = (fontMap: fontMap, context: Self.makeContext(fontMap))
        fallback = made
        return made.context
    }

    private static func makeContext(_ fontMap: UnsafeMutablePointer<PangoFontMap>) -> OpaquePointer {
        let context = pango_font_map_create_context(fontMap)!
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_cairo_context_set_resolution(context, 72)
        pango_context_set_language(context, pango_language_from_string("en"))
        return context
    }

    /// The hyphenator for `language` ("sv", "fr-CA"), from `Fonts/hyphenation/hyph_<primary subtag>.dic`;
    /// nil when PlanPress ships no dictionary for it.
    func hyphenator(for language: String) -> Hyphenator? {
        let primary = String(language.lowercased().prefix { $0.isLetter })
        if let known = hyphenators[primary] { return known }
        let loaded = primary.isEmpty ? nil : Hyphenator(path: fonts.directory + "/hyphenation/hyph_\(primary).dic")
        hyphenators[primary] = loaded
        return loaded
    }

    /// A shared font description for `style`; owned by the engine.
    ///
    /// For the fallback context its family is a list: the style's family, then the library's other main
    /// families. Fontconfig ranks a font by its family's place in that list before the language, weight or
    /// slant, so every character the main fonts draw is drawn by the same face as in a text that needs no
    /// fallback, and only the rest (Han, Arabic, emoji...) by a fallback font. With the style's family
    /// alone, a fallback font could rank before the other main family (U+25CC ◌ from Noto Sans Hebrew
    /// rather than Noto Serif in an Inter text). The main context needs no list: all its fonts are main fonts.
    private func fontDescription(for style: TextStyle, withFallback: Bool) -> OpaquePointer {
        let key = FontKey(family: style.family, size: style.size, weight: style.weight, italic: style.italic,
                          withFallback: withFallback)
        if let cached = descriptions[key] { return cached }
        let description = pango_font_description_new()!
        let families = withFallback ? [style.family] + fonts.families.filter { $0 != style.family } : [style.family]
        pango_font_description_set_family(description, families.joined(separator: ","))
        pango_font_description_set_absolute_size(description, style.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(description, PangoWeight(rawValue: UInt32(style.weight.rawValue)))
        pango_font_description_set_style(description, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        descriptions[key] = description
        return description
    }

    /// Lays out `content` in `style`; see `TextBlock`.
    ///
    /// A paragraph laid out before with the same content, style, width and line limit comes back as it was
    /// (a `TextBlock` never changes): a repeated label is shaped once, a paragraph measured while composing
    /// is not shaped again by the layout, and a render after a small edit reshapes only the changed text.
    /// At `reuseCapacity` paragraphs the memory starts over.
    public func layout(_ content: TextContent, style: TextStyle, width: Length? = nil,
                       maxLines: Int? = nil) throws(GraphicsError) -> TextBlock {
        let key = LayoutKey(content: content, style: style, width: width, maxLines: maxLines)
        if let block = laidOut[key] { return block }
        let block = try TextBlock(engine: self, content: content, style: style, width: width, maxLines: maxLines)
        if laidOut.count >= reuseCapacity { laidOut.removeAll(keepingCapacity: true) }
        laidOut[key] = block
        return block
    }

    private struct LayoutKey: Hashable {
        var content: TextContent
        var style: TextStyle
        var width: Length?
        var maxLines: Int?
    }

    private struct FontKey: Hashable {
        var family: String
        var size: Length
        var weight: FontWeight
        var italic: Bool
        var withFallback: Bool
    }
}
