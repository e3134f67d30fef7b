/// The SHA-256 of files read again at every render (a case's photos and X-rays), kept by name and reused
/// while a later read finds the same bytes: comparing them costs a fraction of hashing them again (the
/// fingerprint's hashing was a sixth of composing a chairside screen), and where the bytes are the very
/// ones read before (a service's uploaded files), comparing is immediate.
///
/// Bounded, the oldest out first: at most `capacity` files of at most `maximumBytes` together; a larger file
/// is hashed every time and never kept. The kept bytes are usually shared with whoever holds the file (the
/// service's file cache, a session); only files read from disk are copies. Not thread-safe: one per `Renderer`.
public final class DigestCache {
    private var entries: [String: (bytes: [UInt8], hex: String)] = [:]
    private var order: [String] = []
    private var heldBytes = 0
    /// How many files are kept.
    public let capacity: Int
    /// How many bytes the kept files may hold together.
    public let maximumBytes: Int

    /// An empty cache keeping at most `capacity` files of at most `maximumBytes` together.
    public init(capacity: Int = 32, maximumBytes: Int = 32 << 20) {
        self.capacity = max(1, capacity)
        self.maximumBytes = max(0, maximumBytes)
    }

    /// The SHA-256 of `bytes` in lowercase hex; `name` says which file they are.
    public func digest(of bytes: [UInt8], name: String) -> String {
        if let entry = entries[name], entry.bytes == bytes { return entry.hex }
        let hex = BookletFingerprint.digest(bytes)
        guard bytes.count <= maximumBytes else { return hex }
        if let old = entries.removeValue(forKey: name) {
            heldBytes -= old.bytes.count
            order.removeAll { $0 == name }
        }
        while !order.isEmpty, order.count >= capacity || heldBytes + bytes.count > maximumBytes {
            let oldest = order.removeFirst()
            heldBytes -= entries.removeValue(forKey: oldest)?.bytes.count ?? 0
        }
        entries[name] = (bytes, hex)
        order.append(name)
        heldBytes += bytes.count
        return hex
    }
}
