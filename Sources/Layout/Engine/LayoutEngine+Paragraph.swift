import Graphics

extension LayoutEngine {
    /// Fewest lines left at the foot of a page (orphans) or carried to the next one (widows).
    static let minimumLinesAtBreak = 2

    /// A measured paragraph, broken between lines across regions. Keeps at least two lines on each side of a
    /// break when the text has enough lines and the region allows; otherwise fills a whole region.
    ///
    /// Lines are line-height boxes, as in CSS: Pango puts a line's extra spacing only between lines of one
    /// paragraph, so half of it is added above the first line and below the last of each piece. Then a line
    /// takes the same height whether it ends a paragraph or not, and stacked paragraphs keep one rhythm.
    func paragraph(_ content: TextContent, style: TextStyle, maxLines: Int?,
                   in regions: Regions) throws(LayoutError) -> Placement {
        let block = try textBlock(content, style: style, width: regions.width, maxLines: maxLines)
        let lines = block.lines
        let leading = Self.halfLeading(of: block)
        func height(_ range: Range<Int>) -> Length {
            guard let first = range.first, let last = range.last else { return 0 }
            return lines[last].bottom - lines[first].top + 2 * leading
        }
        func fragment(_ range: Range<Int>) -> Fragment {
            Fragment(height: height(range), frames: [.text(block, origin: Point(x: 0, y: leading), lines: range)])
        }
        if regions.fitsFirst(height(0..<lines.count)) { return Placement(fragment(0..<lines.count)) }

        let least = Self.minimumLinesAtBreak
        var placement = Placement(fragments: [])
        var start = 0
        while start < lines.count {
            let isFirstRegion = placement.fragments.isEmpty && !placement.startsInNextRegion
            let available = isFirstRegion ? regions.first : regions.full
            var fitting = 0
            while start + fitting < lines.count,
                  height(start..<start + fitting + 1) <= available + Regions.tolerance { fitting += 1 }
            let remaining = lines.count - start
            if fitting >= remaining {
                placement.fragments.append(fragment(start..<lines.count))
                break
            }
            var taken = min(fitting, remaining - least)
            if start == 0, taken < least { taken = 0 }
            if taken <= 0 {
                if isFirstRegion, regions.mayPush || regions.first < regions.full {
                    placement.startsInNextRegion = true
                    continue
                }
                taken = fitting
            }
            guard taken > 0 else {
                throw .doesNotFit(block: Self.summary(of: block), height: height(start..<start + 1), available: available,
                                  after: lastAnchor)
            }
            placement.fragments.append(fragment(start..<start + taken))
            start += taken
        }
        return placement
    }

    /// Half the space Pango adds between two lines of `block`: (line-height factor − 1) × the natural line height, halved.
    static func halfLeading(of block: TextBlock) -> Length {
        guard let line = block.lines.first else { return 0 }
        return max(0, (block.style.lineHeight - 1) * (line.bottom - line.top) / 2)
    }

    /// The measured paragraph (shaped once per content, style, width and line limit by the text engine).
    func textBlock(_ content: TextContent, style: TextStyle, width: Length, maxLines: Int?) throws(LayoutError) -> TextBlock {
        do {
            return try textEngine.layout(content, style: style, width: width, maxLines: maxLines)
        } catch {
            throw .text(error)
        }
    }

    /// "paragraph 'The first words…'" for error messages.
    static func summary(of block: TextBlock) -> String {
        let text = block.text
        let head = text.prefix(40)
        return "paragraph '\(head)\(head.count < text.count ? "…" : "")'"
    }
}
