import Graphics

extension LayoutEngine {
    /// A child inside padding over a fill and under a stroke. Broken across regions, every piece gets its own
    /// padding and outline (like CSS `box-decoration-break: clone`).
    func box(_ child: Block, style: BoxStyle, in regions: Regions) throws(LayoutError) -> Placement {
        let padding = style.padding
        var placement = try layout(child, in: regions.inset(by: padding))
        placement.fragments = placement.fragments.map { piece in
            var fragment = Fragment(height: piece.height + padding.vertical)
            if style.fill != nil || style.stroke != nil {
                let half = (style.stroke?.width ?? 0) / 2
                let rect = Rect(x: half, y: half, width: max(0, regions.width - 2 * half),
                                height: max(0, fragment.height - 2 * half))
                fragment.frames.append(.shape(Shape(path: .rectangle(rect, radius: style.radius), fill: style.fill,
                                                    stroke: style.stroke)))
            }
            fragment.place(piece, at: Point(x: padding.left, y: padding.top))
            return fragment
        }
        return placement
    }

    /// A child that is clickable: every piece of it gets a link over its whole width.
    func link(_ child: Block, to target: LinkTarget, in regions: Regions) throws(LayoutError) -> Placement {
        var placement = try layout(child, in: regions)
        for index in placement.fragments.indices {
            let fragment = placement.fragments[index]
            placement.fragments[index].frames.append(
                .link(Rect(x: 0, y: 0, width: regions.width, height: fragment.height), target: target))
        }
        return placement
    }
}
