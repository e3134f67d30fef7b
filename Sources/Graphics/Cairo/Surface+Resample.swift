import CCairo

extension Surface {
    /// This image surface's pixels smoothed to `width` × `height`, in a new surface of the same format
    /// (a copy at the same size: the result may be given MIME data that must not reach the original).
    func resampled(width: Int, height: Int) throws(GraphicsError) -> Surface {
        let opaque = cairo_image_surface_get_format(pointer) == CAIRO_FORMAT_RGB24
        let target = try Surface.image(width: width, height: height, opaque: opaque)
        let context = try Context(surface: target)
        context.scale(Double(width) / Double(pixelWidth), Double(height) / Double(pixelHeight))
        cairo_set_source_surface(context.pointer, pointer, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(context.pointer), CAIRO_FILTER_GOOD)
        cairo_pattern_set_extend(cairo_get_source(context.pointer), CAIRO_EXTEND_PAD)
        cairo_paint(context.pointer)
        try context.checkStatus("resample image")
        cairo_surface_flush(target.pointer)
        return target
    }
}
