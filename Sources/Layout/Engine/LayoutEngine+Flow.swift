import Graphics

extension LayoutEngine {
    /// Lays `children` out one under another, `spacing` apart, breaking between and inside them. Stacks
    /// nested in the flow are opened into it, so keep-with-next and anchors work across their edges.
    ///
    /// Keep-with-next: a run of `keepWithNext` blocks remembers the state before it; when a block after the
    /// first of the run starts on a later region than the one before it, the flow goes back, ends the region
    /// before the run and lays the run out again from there (once; when the run began a region, nothing would
    /// gain). Anchors wait for the next content and land at its top.
    func flow(_ children: [Block], spacing: Length, in regions: Regions) throws(LayoutError) -> Placement {
        var items: [FlowItem] = []
        Self.open(children, spacing: spacing, leadingGap: 0, into: &items)
        var cursor = FlowCursor(regions: regions)
        var run: (start: Int, cursor: FlowCursor)?
        var retriedUpTo = -1
        var index = 0
        while index < items.count {
            if deadline.hasPassed { throw .deadlinePassed }
            let child = items[index].block
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
                cursor.anchor(name)
                index += 1
                continue
            default:
                break
            }
            let gap = cursor.hasContent ? items[index].gap : 0
            let placement = try layout(child, in: cursor.remaining(after: gap))
            if let kept = run, kept.start < index, placement.startsInNextRegion, kept.cursor.hasContent,
               index > retriedUpTo {
                cursor = kept.cursor
                cursor.nextRegion()
                retriedUpTo = index
                index = kept.start
                run = nil
                continue
            }
            if child.keepsWithNext {
                if run == nil { run = (index, cursor) }
            } else {
                run = nil
            }
            cursor.append(placement, gap: gap)
            index += 1
        }
        return cursor.placement
    }

    /// A block of a flow and the gap before it (when something precedes it in its region).
    private struct FlowItem {
        var block: Block
        var gap: Length
    }

    /// Appends `children` to `items`, opening nested stacks: a nested stack's first child keeps the gap the
    /// stack had, the others take the nested stack's spacing.
    private static func open(_ children: [Block], spacing: Length, leadingGap: Length, into items: inout [FlowItem]) {
        for (index, child) in children.enumerated() {
            let gap = index == 0 ? leadingGap : spacing
            if case let .stack(nested, nestedSpacing) = child {
                open(nested, spacing: nestedSpacing, leadingGap: gap, into: &items)
            } else {
                items.append(FlowItem(block: child, gap: gap))
            }
        }
    }
}

extension Block {
    /// Whether the block is `keepWithNext`, under any roles.
    var keepsWithNext: Bool {
        switch self {
        case .keepWithNext: true
        case let .tagged(_, child): child.keepsWithNext
        default: false
        }
    }
}
