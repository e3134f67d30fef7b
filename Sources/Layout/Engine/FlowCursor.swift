import Graphics

/// Where a vertical flow stands while it places its children: the fragments filled so far (one per
/// region), the height used in the last one, and whether that region holds anything yet. A value, so a
/// flow can go back to an earlier state (keep-with-next).
struct FlowCursor {
    let regions: Regions
    private(set) var fragments: [Fragment] = [Fragment()]
    /// Whether the current region holds a frame.
    private(set) var hasContent = false
    /// Anchors met but not placed yet: each lands at the top of the next content, on its page.
    private var pendingAnchors: [String] = []

    init(regions: Regions) { self.regions = regions }

    /// Height of the current region.
    var available: Length { fragments.count == 1 ? regions.first : regions.full }
    /// Height already used in the current region.
    var used: Length { fragments[fragments.count - 1].height }

    /// What a child may use after a gap of `gap`: the rest of this region, then whole ones.
    func remaining(after gap: Length) -> Regions {
        Regions(width: regions.width, first: available - used - gap, full: regions.full,
                mayPush: hasContent || (fragments.count == 1 && regions.mayPush))
    }

    /// Adds vertical space: dropped at the top of a continued region, cut at the foot of one.
    mutating func addSpace(_ height: Length) {
        guard hasContent || fragments.count == 1 else { return }
        fragments[fragments.count - 1].height = min(used + max(0, height), max(used, available))
    }

    /// Names the place where the next content starts.
    mutating func anchor(_ name: String) { pendingAnchors.append(name) }

    /// Ends the current region; later content goes into the next one.
    mutating func nextRegion() {
        fragments.append(Fragment())
        hasContent = false
    }

    /// Places a child's fragments: the first here after `gap` (or at the top of the next region when the child
    /// starts there), each further one at the top of a new region.
    mutating func append(_ placement: Placement, gap: Length) {
        if placement.startsInNextRegion { nextRegion() }
        for (index, fragment) in placement.fragments.enumerated() {
            if index > 0 { nextRegion() }
            let top = index == 0 && !placement.startsInNextRegion ? used + gap : used
            if !fragment.frames.isEmpty { placeAnchors(at: top) }
            fragments[fragments.count - 1].place(fragment, at: Point(x: 0, y: top))
            if !fragment.frames.isEmpty { hasContent = true }
        }
    }

    private mutating func placeAnchors(at y: Length) {
        fragments[fragments.count - 1].frames += pendingAnchors.map { .anchor($0, at: Point(x: 0, y: y)) }
        pendingAnchors = []
    }

    /// The flow as a placement: a first region left without frames is reported as skipped. Anchors with no
    /// content after them stay where the flow ends.
    var placement: Placement {
        var fragments = fragments
        if !pendingAnchors.isEmpty {
            fragments[fragments.count - 1].frames += pendingAnchors.map { .anchor($0, at: Point(x: 0, y: used)) }
        }
        if fragments.count > 1, fragments[fragments.count - 1].frames.isEmpty { fragments.removeLast() }
        if fragments.count > 1, fragments[0].frames.isEmpty {
            return Placement(startsInNextRegion: true, fragments: Array(fragments.dropFirst()))
        }
        return Placement(fragments: fragments)
    }
}
