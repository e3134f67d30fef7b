import CPango
import CPangoGlyphs

extension TextBlock {
    /// Whether lines are written run by run, each run one cluster (`spacedLine`): letter-spaced text, which
    /// text extraction would otherwise cut into letters. Not an ellipsized block, whose ellipsis stands for
    /// text that is not shown.
    var spellsWords: Bool { style.letterSpacing != 0 && !isEllipsized }

    /// What `paint(lines: range, in:, at: origin)` draws, as glyph runs and rectangles in painting order,
    /// positioned exactly as Pango's Cairo renderer positions them; collected once per place (`KeptPaints`).
    public func glyphRuns(lines range: Range<Int>, at origin: Point, fonts: GlyphFonts) -> [TextPaint] {
        guard !range.isEmpty else { return [] }
        return keptPaints.paints(for: KeptPaints.Placement(lines: range, origin: origin)) {
            collectGlyphRuns(lines: range, at: origin, fonts: fonts)
        }
    }

    /// `glyphRuns` asked of Pango.
    private func collectGlyphRuns(lines range: Range<Int>, at origin: Point, fonts: GlyphFonts) -> [TextPaint] {
        let collector = GlyphCollector(block: self, fonts: fonts)
        let shift = lines[range.lowerBound].top
        let iterator = pango_layout_get_iter(layout)
        defer { pango_layout_iter_free(iterator) }
        var index = 0
        repeat {
            if range.contains(index), let line = pango_layout_iter_get_line_readonly(iterator) {
                var logical = PangoRectangle()
                pango_layout_iter_get_line_extents(iterator, nil, &logical)
                let baseline = Double(pango_layout_iter_get_baseline(iterator)) / Double(PANGO_SCALE)
                let x = origin.x + Double(logical.x) / Double(PANGO_SCALE)
                let y = origin.y + baseline - shift
                if spellsWords {
                    collector.spacedLine(line, x: x, y: y)
                } else {
                    collector.originX = x
                    collector.originY = y
                    collector.drawLine(line)
                }
            }
            index += 1
        } while index < range.upperBound && pango_layout_iter_next_line(iterator) != 0
        return collector.paints
    }

    /// The layout's text, for the collector.
    var layoutText: UnsafePointer<CChar>? { pango_layout_get_text(layout) }
}

/// Turns what Pango's renderer reports into `TextPaint`s.
private final class GlyphCollector {
    let block: TextBlock
    let fonts: GlyphFonts
    var paints: [TextPaint] = []
    var originX = 0.0
    var originY = 0.0

    init(block: TextBlock, fonts: GlyphFonts) {
        self.block = block
        self.fonts = fonts
    }

    func drawLine(_ line: UnsafeMutablePointer<PangoLayoutLine>) {
        var sink = PPGlyphSink(
            context: Unmanaged.passUnretained(self).toOpaque(),
            glyph_item: { context, text, item, x, y, color, alpha in
                guard let context, let text, let item else { return }
                let collector = Unmanaged<GlyphCollector>.fromOpaque(context).takeUnretainedValue()
                collector.glyphItem(text: text, item: item, x: x, y: y, color: color, alpha: alpha)
            },
            rectangle: { context, _, x, y, width, height, color, alpha in
                guard let context else { return }
                let collector = Unmanaged<GlyphCollector>.fromOpaque(context).takeUnretainedValue()
                collector.rectangle(x: x, y: y, width: width, height: height, color: color, alpha: alpha)
            })
        pp_draw_layout_line(line, 0, 0, &sink)
    }

    private func color(_ color: UnsafePointer<PangoColor>?, alpha: UInt16) -> Color {
        let base = color.map { Color(red: Double($0.pointee.red) / 65535, green: Double($0.pointee.green) / 65535,
                                     blue: Double($0.pointee.blue) / 65535) } ?? block.style.color
        return alpha != 0 ? base.withAlpha(Double(alpha) / 65535) : (color == nil ? base : base.withAlpha(1))
    }

    private func glyphItem(text: UnsafePointer<CChar>, item: UnsafeMutablePointer<PangoGlyphItem>, x: Int32, y: Int32,
                           color: UnsafePointer<PangoColor>?, alpha: UInt16) {
        guard let run = makeRun(item, text: text, color: self.color(color, alpha: alpha),
                                x: originX + Self.points(x), y: originY + Self.points(y)) else { return }
        paints.append(.glyphs(run))
    }

    private func rectangle(x: Int32, y: Int32, width: Int32, height: Int32, color: UnsafePointer<PangoColor>?, alpha: UInt16) {
        paints.append(.rectangle(Rect(x: originX + Self.points(x), y: originY + Self.points(y),
                                      width: Self.points(width), height: Self.points(height)),
                                 self.color(color, alpha: alpha)))
    }

    /// The run as `pango_cairo_renderer_draw_glyph_item` shows it: glyphs at base + position + offset,
    /// clusters from Pango's glyph-item iterator, a right-to-left run's clusters from its right end.
    private func makeRun(_ item: UnsafeMutablePointer<PangoGlyphItem>, text: UnsafePointer<CChar>, color: Color,
                         x baseX: Double, y baseY: Double) -> GlyphRun? {
        guard let pangoItem = item.pointee.item, let glyphs = item.pointee.glyphs,
              let pangoFont = pangoItem.pointee.analysis.font, let font = fonts.font(pangoFont) else { return nil }
        let count = Int(glyphs.pointee.num_glyphs)
        // Every glyph's position, in visual order.
        var positionsX = [Double](repeating: 0, count: count), positionsY = [Double](repeating: 0, count: count)
        var position: Int32 = 0
        for number in 0..<count {
            let info = glyphs.pointee.glyphs[number]
            positionsX[number] = baseX + Self.points(position + info.geometry.x_offset)
            positionsY[number] = info.geometry.y_offset == 0 ? baseY : baseY + Self.points(info.geometry.y_offset)
            position += info.geometry.width
        }
        let offset = Int(pangoItem.pointee.offset), length = Int(pangoItem.pointee.length)
        var run = GlyphRun(font: font, color: color)
        run.text = Array(UnsafeRawBufferPointer(start: UnsafeRawPointer(text + offset), count: length))
        run.glyphs.reserveCapacity(count); run.x.reserveCapacity(count); run.y.reserveCapacity(count)
        let backward = pangoItem.pointee.analysis.level & 1 != 0
        func add(_ number: Int) {
            let glyph = glyphs.pointee.glyphs[number].glyph
            guard glyph != Self.emptyGlyph, glyph & Self.unknownGlyphFlag == 0 else { return }
            run.glyphs.append(glyph); run.x.append(positionsX[number]); run.y.append(positionsY[number])
        }
        var iterator = PangoGlyphItemIter()
        if pango_glyph_item_iter_init_start(&iterator, item, text) != 0 {
            repeat {
                let start = Int32(run.glyphs.count)
                if backward {
                    for number in stride(from: Int(iterator.start_glyph), to: Int(iterator.end_glyph), by: -1) { add(number) }
                } else {
                    for number in Int(iterator.start_glyph)..<Int(iterator.end_glyph) { add(number) }
                }
                run.clusters.append(GlyphRun.Cluster(textStart: iterator.start_index - Int32(offset),
                                                     textCount: iterator.end_index - iterator.start_index,
                                                     glyphStart: start, glyphCount: Int32(run.glyphs.count) - start))
            } while pango_glyph_item_iter_next_cluster(&iterator) != 0
        }
        return run
    }

    /// A letter-spaced line run by run from the line's start, each run one cluster, unless its glyphs do not
    /// follow its text in order (then as Pango shows it).
    ///
    /// Letter spacing moves each glyph off its font advance by the spacing plus the font's kerning, so the
    /// gaps inside a word differ, and text extraction (`pdftotext`, copy and paste) takes the wider ones for
    /// spaces: "Вар и ант". A cluster of several glyphs is written with its text as ActualText, which
    /// extraction reads instead of the glyphs, spaces where the text has them. (A cluster per word extracts
    /// as well, but poppler's structure text then keeps only a line's first word.) Glyphs and positions are
    /// Pango's own, so the line looks as Pango draws it.
    func spacedLine(_ line: UnsafeMutablePointer<PangoLayoutLine>, x: Double, y baseline: Double) {
        guard let text = block.layoutText else { return }
        var penX = x
        var node = line.pointee.runs
        while let current = node {
            node = current.pointee.next
            guard let item = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
                  let pangoItem = item.pointee.item, let glyphs = item.pointee.glyphs else { continue }
            let y = baseline - Self.points(item.pointee.y_offset)
            let width = Self.points(pango_glyph_string_get_width(glyphs))
            let color = spacedColor(pangoItem)
            if var run = makeRun(item, text: text, color: color, x: penX, y: y) {
                if let whole = wholeCluster(item, x: penX, y: y, into: run) { run = whole }
                paints.append(.glyphs(run))
            }
            penX += width
        }
    }

    /// `run` redone as one cluster in visual order, or nil when the glyphs go backwards.
    private func wholeCluster(_ item: UnsafeMutablePointer<PangoGlyphItem>, x: Double, y: Double, into run: GlyphRun) -> GlyphRun? {
        guard let glyphs = item.pointee.glyphs else { return nil }
        var whole = run
        whole.glyphs = []; whole.x = []; whole.y = []
        var glyphX = x, previous: Int32 = -1
        for number in 0..<Int(glyphs.pointee.num_glyphs) {
            let info = glyphs.pointee.glyphs[number]
            guard glyphs.pointee.log_clusters[number] >= previous else { return nil }
            previous = glyphs.pointee.log_clusters[number]
            if info.glyph != Self.emptyGlyph, info.glyph & Self.unknownGlyphFlag == 0 {
                whole.glyphs.append(info.glyph)
                whole.x.append(glyphX + Self.points(info.geometry.x_offset))
                whole.y.append(y + Self.points(info.geometry.y_offset))
            }
            glyphX += Self.points(info.geometry.width)
        }
        whole.clusters = [GlyphRun.Cluster(textStart: 0, textCount: Int32(whole.text.count), glyphStart: 0,
                                           glyphCount: Int32(whole.glyphs.count))]
        return whole
    }

    /// The run's foreground colour (a markup `<span>`'s) with the style's alpha, else the style's colour.
    private func spacedColor(_ item: UnsafeMutablePointer<PangoItem>) -> Color {
        var attributes = item.pointee.analysis.extra_attrs
        while let current = attributes {
            attributes = current.pointee.next
            guard let attribute = current.pointee.data?.assumingMemoryBound(to: PangoAttribute.self),
                  attribute.pointee.klass.pointee.type == PANGO_ATTR_FOREGROUND else { continue }
            let color = UnsafeMutableRawPointer(attribute).assumingMemoryBound(to: PangoAttrColor.self).pointee.color
            return Color(red: Double(color.red) / 65535, green: Double(color.green) / 65535,
                         blue: Double(color.blue) / 65535, alpha: block.style.color.alpha)
        }
        return block.style.color
    }

    private static let emptyGlyph: PangoGlyph = 0x0FFF_FFFF
    private static let unknownGlyphFlag: PangoGlyph = 0x1000_0000
    private static func points(_ units: Int32) -> Double { Double(units) / Double(PANGO_SCALE) }
}
