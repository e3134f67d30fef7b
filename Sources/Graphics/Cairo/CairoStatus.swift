import CCairo

extension cairo_status_t {
    /// Throws `GraphicsError.cairo` unless this is `CAIRO_STATUS_SUCCESS`.
    func check(_ operation: @autoclosure () -> String) throws(GraphicsError) {
        guard self != CAIRO_STATUS_SUCCESS else { return }
        throw .cairo(operation: operation(), status: String(cString: cairo_status_to_string(self)))
    }
}
