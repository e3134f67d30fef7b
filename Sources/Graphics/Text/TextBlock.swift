import CPango

/// A measured paragraph: a `PangoLayout` shaped once, kept, and painted later (possibly line by line
/// across a page break). Sizes are in points; the origin is the top-left of the first line's box.
public final class TextBlock {
    let layout: OpaquePointer
    public let style: TextStyle
    /// Width and height of the laid-out text (the logical extents).
    public let size: Size
    /// Per line: its top and bottom (y) and its baseline, measured from the block's top.
    public let lines: [LineMetrics]
    /// Characters no shipped font can draw; a render must keep this at zero.
    public let unknownGlyphCount: Int
    /// Whether `maxLines` cut the text short (an ellipsis was drawn).
    public let isEllipsized: Bool
    /// The glyph runs collected for each place the block was painted at (`glyphRuns`).
    let keptPaints = KeptPaints()
    /// Whether the first line runs right to left (an Arabic or Hebrew paragraph, by its first strong letter).
    public var isRightToLeft: Bool { pango_layout_get_direction(layout, 0) == PANGO_DIRECTION_RTL }

    /// The vertical extent of one line.
    public struct LineMetrics: Hashable, Sendable {
        public var top: Length
        public var bottom: Length
        public var baseline: Length
    }

    init(engine: TextEngine, content: TextContent, style: TextStyle, width: Length?,
         maxLines: Int?) throws(GraphicsError) {
        self.style = style
        let content = maxLines == nil
            ? Self.hyphenated(Self.spacedForLanguage(content, style: style), style: style, width: width, engine: engine)
            : Self.spacedForLanguage(content, style: style)
        let shaping = switch content {
        case let .plain(text), let .markup(text): try engine.shaping(text, style: style)
        }
        layout = pango_layout_new(shaping.context)!
        pango_layout_set_font_description(layout, shaping.font)
        switch content {
        case let .plain(text):
            pango_layout_set_text(layout, text, -1)
        case let .markup(markup):
            try Self.checkMarkup(markup)
            pango_layout_set_markup(layout, markup, -1)
        }
        Self.applyParagraphAttributes(layout, style: style)
        if let width {
            pango_layout_set_width(layout, Int32(max(0, width) * Double(PANGO_SCALE)))
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        }
        if let maxLines {
            pango_layout_set_height(layout, -Int32(max(1, maxLines)))
            pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
        }
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        size = Size(width: Double(logical.x + logical.width) / Double(PANGO_SCALE),
                    height: Double(logical.height) / Double(PANGO_SCALE))
        lines = Self.measureLines(layout)
        unknownGlyphCount = Int(pango_layout_get_unknown_glyphs_count(layout))
        isEllipsized = pango_layout_is_ellipsized(layout) != 0
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }

    /// Paints the whole block with its top-left at `origin`.
    public func paint(in context: Context, at origin: Point) {
        paint(lines: 0..<lines.count, in: context, at: origin)
    }

    /// Paints only `lines` (a page break splits a paragraph), placing the first of them at `origin.y`.
    public func paint(lines range: Range<Int>, in context: Context, at origin: Point) {
        guard !range.isEmpty else { return }
        let shift = lines[range.lowerBound].top
        context.setColor(style.color)
        let iterator = pango_layout_get_iter(layout)
        defer { pango_layout_iter_free(iterator) }
        var index = 0
        repeat {
            if range.contains(index) {
                var logical = PangoRectangle()
                pango_layout_iter_get_line_extents(iterator, nil, &logical)
                let baseline = Double(pango_layout_iter_get_baseline(iterator)) / Double(PANGO_SCALE)
                let x = Double(logical.x) / Double(PANGO_SCALE)
                cairo_move_to(context.pointer, origin.x + x, origin.y + baseline - shift)
                pango_cairo_show_layout_line(context.pointer, pango_layout_iter_get_line_readonly(iterator))
            }
            index += 1
        } while index < range.upperBound && pango_layout_iter_next_line(iterator) != 0
    }

    /// The plain text Pango holds (markup removed), without the soft hyphens hyphenation added.
    public var text: String { text(withSoftHyphens: false) }

    private func text(withSoftHyphens: Bool) -> String {
        let text = String(cString: pango_layout_get_text(layout))
        return withSoftHyphens ? text : text.filter { $0 != Hyphenator.softHyphen }
    }

    /// What each line shows, in order: a line broken inside a word ends in the hyphen drawn there ("tand-"),
    /// and the soft hyphens where no line broke are left out.
    public var lineTexts: [String] {
        let bytes = Array(text(withSoftHyphens: true).utf8)
        var result: [String] = []
        let iterator = pango_layout_get_iter(layout)
        defer { pango_layout_iter_free(iterator) }
        repeat {
            guard let line = pango_layout_iter_get_line_readonly(iterator) else { continue }
            let start = Int(line.pointee.start_index), end = start + Int(line.pointee.length)
            var shown = String(decoding: bytes[start..<min(end, bytes.count)], as: UTF8.self)
            let brokenHere = shown.last == Hyphenator.softHyphen
            shown.removeAll { $0 == Hyphenator.softHyphen }
            result.append(brokenHere ? shown + "-" : shown)
        } while pango_layout_iter_next_line(iterator) != 0
        return result
    }

    /// `content` with the spaces its language's typography wants unbroken made no-break (French `Option 1 :`).
    private static func spacedForLanguage(_ content: TextContent, style: TextStyle) -> TextContent {
        guard FrenchSpacing.applies(to: style.language) else { return content }
        switch content {
        case let .plain(text): return .plain(FrenchSpacing.apply(text))
        case let .markup(markup): return .markup(Markup.mapText(markup, FrenchSpacing.apply))
        }
    }

    /// `content` with soft hyphens in its long words when it wraps in a column, its style allows
    /// hyphenation and the engine has a dictionary for its language. Letter-spaced text stays unbroken
    /// (it is written word by word), and so does text cut to `maxLines` (a footer): Pango's ellipsis would
    /// keep the soft hyphens in the PDF's text.
    private static func hyphenated(_ content: TextContent, style: TextStyle, width: Length?,
                                   engine: TextEngine) -> TextContent {
        guard width != nil, style.hyphenate, style.letterSpacing == 0, let language = style.language,
              let hyphenator = engine.hyphenator(for: language) else { return content }
        switch content {
        case let .plain(text): return .plain(hyphenator.softHyphenated(text))
        case let .markup(markup): return .markup(Markup.mapText(markup, hyphenator.softHyphenated))
        }
    }

    private static func checkMarkup(_ markup: String) throws(GraphicsError) {
        var error: UnsafeMutablePointer<GError>?
        if pango_parse_markup(markup, -1, 0, nil, nil, nil, &error) == 0 {
            let message = error.map { String(cString: $0.pointee.message) } ?? "invalid markup"
            g_clear_error(&error)
            throw .invalidOutput("template markup: \(message)")
        }
    }

    private static func applyParagraphAttributes(_ layout: OpaquePointer, style: TextStyle) {
        pango_layout_set_line_spacing(layout, Float(style.lineHeight))
        switch style.alignment {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        case .justify:
            pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
            pango_layout_set_justify(layout, 1)
        }
        let attributes = pango_layout_get_attributes(layout).map { pango_attr_list_copy($0)! } ?? pango_attr_list_new()!
        defer { pango_attr_list_unref(attributes) }
        // Inserted before markup attributes, so a template's own <span> settings win.
        pango_attr_list_insert_before(attributes, pango_attr_foreground_new(
            channel(style.color.red), channel(style.color.green), channel(style.color.blue)))
        if style.color.alpha < 1 {
            pango_attr_list_insert_before(attributes, pango_attr_foreground_alpha_new(channel(style.color.alpha)))
        }
        if style.tabularFigures { pango_attr_list_insert_before(attributes, pango_attr_font_features_new("tnum")) }
        if let language = style.language {
            pango_attr_list_insert_before(attributes, pango_attr_language_new(pango_language_from_string(language)))
        }
        if style.letterSpacing != 0 {
            pango_attr_list_insert_before(attributes,
                                          pango_attr_letter_spacing_new(Int32(style.letterSpacing * Double(PANGO_SCALE))))
        }
        pango_layout_set_attributes(layout, attributes)
    }

    private static func channel(_ value: Double) -> UInt16 { UInt16((min(max(value, 0), 1) * 65535).rounded()) }

    private static func measureLines(_ layout: OpaquePointer) -> [LineMetrics] {
        var result: [LineMetrics] = []
        let iterator = pango_layout_get_iter(layout)
        defer { pango_layout_iter_free(iterator) }
        repeat {
            var top: Int32 = 0, bottom: Int32 = 0
            pango_layout_iter_get_line_yrange(iterator, &top, &bottom)
            let baseline = pango_layout_iter_get_baseline(iterator)
            result.append(LineMetrics(top: Double(top) / Double(PANGO_SCALE), bottom: Double(bottom) / Double(PANGO_SCALE),
                                      baseline: Double(baseline) / Double(PANGO_SCALE)))
        } while pango_layout_iter_next_line(iterator) != 0
        return result
    }
}
