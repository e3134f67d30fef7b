import CCairo

extension Context {
    /// Draws `image` upright (EXIF orientation applied), stretched exactly into `rect` and clipped to `clip`.
    ///
    /// On SVG the image is carried `svgPixelWidth` pixels
    /// across (see `Image.svgSurface(pixelWidth:)`; by default `svgPixelsPerPoint` per point shown). On pixel output
    /// it is decoded at the smallest libjpeg reduction that still covers `rect` in device pixels, so a
    /// preview never decodes 6 MP for a thumbnail.
    public func draw(_ image: Image, in rect: Rect, clip: Rect? = nil, svgPixelWidth: Int? = nil) throws(GraphicsError) {
        var dx = rect.width, dy = 0.0
        cairo_user_to_device_distance(pointer, &dx, &dy)
        let deviceWidth = (dx * dx + dy * dy).squareRoot()
        let surface: Surface
        switch self.surface.kind {
        case .image:
            surface = try image.rasterSurface(scaleDenominator: image.scaleDenominator(forUprightWidth: deviceWidth))
        case .svg:
            surface = try image.svgSurface(pixelWidth: svgPixelWidth ?? Self.svgPixels(forWidth: deviceWidth))
        }
        let upright = image.uprightSize
        let stored = Size(width: Double(image.storedWidth), height: Double(image.storedHeight))
        withSavedState {
            if let clip {
                addRectangle(clip)
                self.clip()
            }
            translate(rect.minX, rect.minY)
            scale(rect.width / upright.width, rect.height / upright.height)
            concatenate(image.orientation.transform(width: stored.width, height: stored.height))
            scale(stored.width / Double(surface.pixelWidth), stored.height / Double(surface.pixelHeight))
            cairo_set_source_surface(pointer, surface.pointer, 0, 0)
            cairo_pattern_set_filter(cairo_get_source(pointer), CAIRO_FILTER_GOOD)
            cairo_pattern_set_extend(cairo_get_source(pointer), CAIRO_EXTEND_NONE)
            cairo_rectangle(pointer, 0, 0, Double(surface.pixelWidth), Double(surface.pixelHeight))
            cairo_fill(pointer)
        }
        try checkStatus("draw image \(image.name)")
    }

    /// Pixels per point of the pictures in an SVG: 2, a chairside screen 960 pt wide shown 1920 px wide.
    public static let svgPixelsPerPoint = 2.0

    /// The pixels across of a picture `width` points wide in an SVG.
    public static func svgPixels(forWidth width: Double) -> Int {
        Int((width * svgPixelsPerPoint).rounded(.up))
    }
}
