import DentalModel
import Graphics

/// The SHA-256 of files read again at every render (a case's photos and X-rays), kept by name and reused
/// while a later read finds the same bytes: comparing them costs a fraction of hashing them again (the
/// fingerprint's hashing was a sixth of composing a chairside screen), and where the bytes are the very
/// ones read before (a service's uploaded files), comparing is immediate.
///
/// Bounded, the oldest out first: at most `capacity` files of at most `maximumBytes` together; a larger file
/// is hashed every time and never kept. The kept bytes are usually shared with whoever holds the file (the
/// service's file cache, a session); only files read from disk are copies. Not thread-safe: one per `Renderer`.
public final class DigestCache {
    private var store: BoundedStore<String, (bytes: [UInt8], hex: String)>
    /// How many files are kept.
    public var capacity: Int { store.capacity }
    /// How many bytes the kept files may hold together.
    public var maximumBytes: Int { store.maximumBytes }

    /// An empty cache keeping at most `capacity` files of at most `maximumBytes` together.
    public init(capacity: Int = 32, maximumBytes: Int = 32 << 20) {
        store = BoundedStore(capacity: capacity, maximumBytes: maximumBytes)
    }

    /// The SHA-256 of `bytes` in lowercase hex; `name` says which file they are.
    public func digest(of bytes: [UInt8], name: String) -> String {
        if let kept = store[name], kept.bytes.hasSameBytes(as: bytes) { return kept.hex }
        let hex = BookletFingerprint.digest(bytes)
        if bytes.count <= maximumBytes { store.put((bytes, hex), for: name, bytes: bytes.count) }
        return hex
    }
}
