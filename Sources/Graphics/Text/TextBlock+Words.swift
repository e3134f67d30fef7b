import CPango

extension TextBlock {
    /// Paints one line of letter-spaced text run by run, handing Cairo each word as one cluster of glyphs.
    ///
    /// Letter spacing moves each glyph off its font advance by the spacing plus the font's kerning, so the
    /// gaps inside a word differ, and text extraction (`pdftotext`, copy and paste) takes the wider ones for
    /// spaces: "Вар и ант". A cluster of several glyphs is written with its words as the PDF's ActualText,
    /// which extraction reads instead of the glyphs. Glyphs, positions and colours are Pango's own, so the
    /// line looks as `pango_cairo_show_layout_line` would draw it; a run whose glyphs do not follow its text
    /// in order (right to left) is drawn by Pango as is.
    func showSpacedLine(_ line: UnsafeMutablePointer<PangoLayoutLine>, in context: Context, x: Double, y baseline: Double) {
        guard let text = pango_layout_get_text(layout) else { return }
        var penX = x
        var node = line.pointee.runs
        while let current = node {
            node = current.pointee.next
            guard let run = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
                  let item = run.pointee.item, let glyphs = run.pointee.glyphs else { continue }
            let y = baseline - Self.points(run.pointee.y_offset)
            let width = Self.points(pango_glyph_string_get_width(glyphs))
            context.withSavedState {
                setColor(of: item, in: context)
                if !showWords(run, text: text, in: context, x: penX, y: y) {
                    cairo_move_to(context.pointer, penX, y)
                    pango_cairo_show_glyph_item(context.pointer, text, run)
                }
            }
            penX += width
        }
    }

    /// Shows `run` as word clusters; false, drawing nothing, when its glyphs do not follow its text in order.
    private func showWords(_ run: UnsafeMutablePointer<PangoGlyphItem>, text: UnsafePointer<CChar>, in context: Context,
                           x: Double, y: Double) -> Bool {
        guard let item = run.pointee.item, let glyphs = run.pointee.glyphs,
              let font = item.pointee.analysis.font else { return false }
        let start = Int(item.pointee.offset), length = Int(item.pointee.length)
        let bytes = UnsafeRawPointer(text + start).assumingMemoryBound(to: UInt8.self)
        // Words and the single spaces between them, as byte ranges of the run's text.
        var segments: [Range<Int>] = []
        var index = 0
        while index < length {
            var end = index + 1
            if bytes[index] != 0x20 { while end < length, bytes[end] != 0x20 { end += 1 } }
            segments.append(index..<end)
            index = end
        }
        var counts = [Int32](repeating: 0, count: segments.count)
        var shown: [cairo_glyph_t] = []
        var segment = 0, glyphX = x, previous = -1
        for number in 0..<Int(glyphs.pointee.num_glyphs) {
            let info = glyphs.pointee.glyphs[number]
            let cluster = Int(glyphs.pointee.log_clusters[number])
            guard cluster >= previous else { return false }
            previous = cluster
            while segment < segments.count, !segments[segment].contains(cluster) { segment += 1 }
            guard segment < segments.count else { return false }
            if info.glyph != Self.emptyGlyph, info.glyph & Self.unknownGlyphFlag == 0 {
                shown.append(cairo_glyph_t(index: UInt(info.glyph), x: glyphX + Self.points(info.geometry.x_offset),
                                           y: y + Self.points(info.geometry.y_offset)))
                counts[segment] += 1
            }
            glyphX += Self.points(info.geometry.width)
        }
        let clusters = zip(segments, counts).map { cairo_text_cluster_t(num_bytes: Int32($0.count), num_glyphs: $1) }
        cairo_set_scaled_font(context.pointer, pango_cairo_font_get_scaled_font(OpaquePointer(font)))
        cairo_show_text_glyphs(context.pointer, UnsafeRawPointer(bytes).assumingMemoryBound(to: CChar.self), Int32(length),
                               shown, Int32(shown.count), clusters, Int32(clusters.count), cairo_text_cluster_flags_t(0))
        return true
    }

    /// The run's foreground colour (a markup `<span>`'s), else the style's.
    private func setColor(of item: UnsafeMutablePointer<PangoItem>, in context: Context) {
        var attributes = item.pointee.analysis.extra_attrs
        while let current = attributes {
            attributes = current.pointee.next
            guard let attribute = current.pointee.data?.assumingMemoryBound(to: PangoAttribute.self),
                  attribute.pointee.klass.pointee.type == PANGO_ATTR_FOREGROUND else { continue }
            let color = UnsafeMutableRawPointer(attribute).assumingMemoryBound(to: PangoAttrColor.self).pointee.color
            cairo_set_source_rgba(context.pointer, Double(color.red) / 65535, Double(color.green) / 65535,
                                  Double(color.blue) / 65535, style.color.alpha)
            return
        }
        context.setColor(style.color)
    }

    /// Pango's zero-width glyph that draws nothing (`PANGO_GLYPH_EMPTY`).
    private static let emptyGlyph: PangoGlyph = 0x0FFF_FFFF
    /// Pango's flag on the glyph ids of characters no font has (`PANGO_GLYPH_UNKNOWN_FLAG`).
    private static let unknownGlyphFlag: PangoGlyph = 0x1000_0000

    private static func points(_ units: Int32) -> Double { Double(units) / Double(PANGO_SCALE) }
}
