import CCairo

extension Context {
    /// Draws `image` upright (EXIF orientation applied), stretched exactly into `rect` and clipped to `clip`.
    ///
    /// On PDF and SVG a JPEG travels as its original bytes (on SVG, one with an EXIF orientation is decoded:
    /// see `Image.svgSurface()`). On pixel output it is decoded at the smallest
    /// libjpeg reduction that still covers `rect` in device pixels, so a preview never decodes 6 MP for a
    /// thumbnail.
    public func draw(_ image: Image, in rect: Rect, clip: Rect? = nil) throws(GraphicsError) {
        let surface: Surface
        switch self.surface.kind {
        case .image:
            var dx = rect.width, dy = 0.0
            cairo_user_to_device_distance(pointer, &dx, &dy)
            surface = try image.rasterSurface(scaleDenominator: image.scaleDenominator(forUprightWidth: (dx * dx + dy * dy).squareRoot()))
        case .pdf:
            surface = try image.vectorSurface()
        case .svg:
            surface = try image.svgSurface()
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
}
