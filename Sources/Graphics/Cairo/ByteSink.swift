import CCairo

/// Collects the bytes a Cairo stream surface writes, so output is assembled in memory and written to disk
/// once, atomically, by the caller.
public final class ByteSink {
    /// Everything written so far.
    public private(set) var bytes: [UInt8] = []

    public init() {}

    func append(_ data: UnsafePointer<UInt8>, count: Int) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: count))
    }

    /// The C write callback Cairo calls; `closure` is an unretained `ByteSink`.
    static let writeFunction: cairo_write_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
        Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().append(data, count: Int(length))
        return CAIRO_STATUS_SUCCESS
    }
}
