import Graphics

/// A piece of laid-out content in one region: its height and its frames, relative to its top-left corner.
struct Fragment {
    var height: Length = 0
    var frames: [Frame] = []

    /// Adds `other`'s frames moved to `origin`, growing the height to cover it.
    mutating func place(_ other: Fragment, at origin: Point) {
        if origin == .zero {
            frames.append(contentsOf: other.frames)
        } else {
            frames.reserveCapacity(frames.count + other.frames.count)
            for frame in other.frames { frames.append(frame.offsetBy(dx: origin.x, dy: origin.y)) }
        }
        height = max(height, origin.y + other.height)
    }

    /// The baseline of the first line of text, from the fragment's top, when the first frame that draws is
    /// text; nil otherwise.
    var firstBaseline: Length? {
        guard case let .text(block, origin, lines)? = frames.first(where: { !$0.isStructureMark }),
              let first = lines.first else { return nil }
        return origin.y + block.lines[first].baseline - block.lines[first].top
    }
}

/// A block laid out into a run of regions: `fragments[i]` fills region i, or region i + 1 when the block
/// `startsInNextRegion` (it left the rest of the first region empty to break better).
struct Placement {
    var startsInNextRegion = false
    var fragments: [Fragment]

    init(startsInNextRegion: Bool = false, fragments: [Fragment]) {
        self.startsInNextRegion = startsInNextRegion; self.fragments = fragments
    }

    init(_ fragment: Fragment) { self.init(fragments: [fragment]) }

    /// The fragments one per region, an empty one standing for a skipped first region.
    var perRegion: [Fragment] { startsInNextRegion ? [Fragment()] + fragments : fragments }
}

extension Fragment {
    /// The fragment with its frames under `role`.
    func structured(_ role: StructureRole) -> Fragment {
        Fragment(height: height, frames: Frame.structured(role, frames))
    }
}

extension Placement {
    /// The placement with each region's frames under `role` (a paragraph broken over two pages is two
    /// paragraphs to a reader, one on each page).
    func structured(_ role: StructureRole) -> Placement {
        Placement(startsInNextRegion: startsInNextRegion, fragments: fragments.map { $0.structured(role) })
    }
}
