import Graphics

extension LayoutEngine {
    /// Lays `children` out one under another, `spacing` apart, breaking between and inside them.
    ///
    /// Keep-with-next: a run of `keepWithNext` blocks and anchors remembers the state before it; when the block
    /// after the run starts on a later region than the run, the flow goes back, ends the region before the run
    /// and lays the run out again there (once; when the run already began a region, nothing would gain).
    func flow(_ children: [Block], spacing: Length, in regions: Regions) throws(LayoutError) -> Placement {
        var cursor = FlowCursor(regions: regions)
        var run: (start: Int, cursor: FlowCursor)?
        var retriedUpTo = -1
        var index = 0
        while index < children.count {
            let child = children[index]
            switch child {
            case .pageBreak:
                if !regions.isUnbounded, cursor.hasContent { cursor.nextRegion() }
                index += 1
                continue
            case let .spacer(height):
                cursor.addSpace(height)
                index += 1
                continue
            case let .anchor(name):
                lastAnchor = name
            default:
                break
            }
            let holdsOn = child.keepsWithNext
            if holdsOn, run == nil { run = (index, cursor) }
            let gap = cursor.hasContent ? spacing : 0
            let placement = try layout(child, in: cursor.remaining(after: gap))
            if !holdsOn, let kept = run {
                run = nil
                if placement.startsInNextRegion, kept.cursor.hasContent, index > retriedUpTo {
                    cursor = kept.cursor
                    cursor.nextRegion()
                    retriedUpTo = index
                    index = kept.start
                    continue
                }
            }
            cursor.append(placement, gap: gap)
            index += 1
        }
        return cursor.placement
    }
}

extension Block {
    /// Whether the block must stay on the page of the block after it.
    var keepsWithNext: Bool {
        switch self {
        case .keepWithNext, .anchor: true
        default: false
        }
    }
}
