import CPango

extension TextBlock {
    /// Paints one line of letter-spaced text run by run, handing Cairo each run as one cluster of glyphs.
    ///
    /// Letter spacing moves each glyph off its font advance by the spacing plus the font's kerning, so the
    /// gaps inside a word differ, and text extraction (`pdftotext`, copy and paste) takes the wider ones for
    /// spaces: "Вар и ант". A cluster of several glyphs is written with its text as the PDF's ActualText,
    /// which extraction reads instead of the glyphs, spaces where the text has them. (A cluster per word
    /// extracts as well, but poppler's structure text then keeps only a line's first word.) Glyphs, positions and colours are Pango's own, so the
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
                if !showCluster(run, text: text, in: context, x: penX, y: y) {
                    cairo_move_to(context.pointer, penX, y)
                    pango_cairo_show_glyph_item(context.pointer, text, run)
                }
            }
            penX += width
        }
    }

    /// Shows `run` as one cluster; false, drawing nothing, when its glyphs do not follow its text in order.
    private func showCluster(_ run: UnsafeMutablePointer<PangoGlyphItem>, text: UnsafePointer<CChar>, in context: Context,
                             x: Double, y: Double) -> Bool {
        guard let item = run.pointee.item, let glyphs = run.pointee.glyphs,
              let font = item.pointee.analysis.font else { return false }
        var shown: [cairo_glyph_t] = []
        var glyphX = x, previous: Int32 = -1
        for number in 0..<Int(glyphs.pointee.num_glyphs) {
            let info = glyphs.pointee.glyphs[number]
            guard glyphs.pointee.log_clusters[number] >= previous else { return false }
            previous = glyphs.pointee.log_clusters[number]
            if info.glyph != Self.emptyGlyph, info.glyph & Self.unknownGlyphFlag == 0 {
                shown.append(cairo_glyph_t(index: UInt(info.glyph), x: glyphX + Self.points(info.geometry.x_offset),
                                           y: y + Self.points(info.geometry.y_offset)))
            }
            glyphX += Self.points(info.geometry.width)
        }
        var cluster = cairo_text_cluster_t(num_bytes: item.pointee.length, num_glyphs: Int32(shown.count))
        cairo_set_scaled_font(context.pointer, pango_cairo_font_get_scaled_font(OpaquePointer(font)))
        cairo_show_text_glyphs(context.pointer, text + Int(item.pointee.offset), item.pointee.length,
                               shown, Int32(shown.count), &cluster, 1, cairo_text_cluster_flags_t(0))
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
