import DentalModel
import Foundation

/// The files clients uploaded (`PUT /v1/files/{sha256}`), kept by content in memory, least recently used
/// out first when the byte budget is spent. Each replica keeps its own: a render that names a file it does
/// not hold is answered 409 with the missing hashes, and the client uploads them and retries.
///
/// Beside each file the cache keeps what is made from it at a given size (a decoded preview, say), counted
/// against the same budget and dropped with the file. Eviction scans for the oldest entry: the cache holds
/// hundreds of files, not millions, and a scan is simpler than a linked list.
public final class FileCache: @unchecked Sendable {
    /// What a derived value is made for: a file at a pixel size.
    public struct DerivedKey: Sendable, Hashable {
        /// The file it is made from.
        public var digest: FileDigest
        /// The width and height it is made at.
        public var width: Int
        public var height: Int

        /// Creates a key.
        public init(digest: FileDigest, width: Int, height: Int) {
            self.digest = digest
            self.width = width
            self.height = height
        }
    }

    private enum Key: Hashable {
        case file(FileDigest)
        case derived(DerivedKey)
    }

    private struct Entry {
        var value: any Sendable
        var cost: Int
        var lastUse: UInt64
    }

    /// The most bytes the files and derived values may take together.
    public let budgetBytes: Int
    private let lock = NSLock()
    private var entries: [Key: Entry] = [:]
    private var usedBytes = 0
    private var clock: UInt64 = 0

    /// An empty cache holding at most `budgetBytes`.
    public init(budgetBytes: Int) {
        self.budgetBytes = max(0, budgetBytes)
    }

    /// Keeps `bytes` under `digest` (the caller checked that it is their SHA-256); a file already held is
    /// only marked as used. A file over the whole budget is not kept.
    public func store(_ bytes: [UInt8], digest: FileDigest) {
        lock.withLock {
            guard !touchLocked(.file(digest)) else { return }
            insertLocked(bytes, cost: bytes.count, at: .file(digest))
        }
    }

    /// The bytes kept under `digest`, marked as just used; `nil` when not (or no longer) held.
    public func bytes(_ digest: FileDigest) -> [UInt8]? {
        lookUp(.file(digest)) as? [UInt8]
    }

    /// Whether a file is held under `digest` (marking it used, as a client that asks is about to name it).
    public func contains(_ digest: FileDigest) -> Bool {
        bytes(digest) != nil
    }

    /// Keeps `value`, `cost` bytes in memory, made from the file `key.digest` at `key`'s size. Nothing is
    /// kept for a file the cache does not hold.
    public func storeDerived(_ value: any Sendable, cost: Int, for key: DerivedKey) {
        lock.withLock {
            guard entries[.file(key.digest)] != nil else { return }
            insertLocked(value, cost: cost, at: .derived(key))
        }
    }

    /// The value kept for `key`, marked as just used.
    public func derived(_ key: DerivedKey) -> (any Sendable)? {
        lookUp(.derived(key))
    }

    /// Bytes held now, files and derived values together.
    public var heldBytes: Int { lock.withLock { usedBytes } }

    /// Files held now.
    public var fileCount: Int {
        lock.withLock { entries.keys.filter { if case .file = $0 { true } else { false } }.count }
    }

    private func lookUp(_ key: Key) -> (any Sendable)? {
        lock.withLock { touchLocked(key) ? entries[key]?.value : nil }
    }

    /// Marks `key` as just used; false when it is not held.
    private func touchLocked(_ key: Key) -> Bool {
        guard entries[key] != nil else { return false }
        clock += 1
        entries[key]?.lastUse = clock
        return true
    }

    private func insertLocked(_ value: any Sendable, cost: Int, at key: Key) {
        guard cost <= budgetBytes else { return }
        removeLocked(key)
        while usedBytes + cost > budgetBytes, let oldest = entries.min(by: { $0.value.lastUse < $1.value.lastUse })?.key {
            removeLocked(oldest)
        }
        clock += 1
        entries[key] = Entry(value: value, cost: cost, lastUse: clock)
        usedBytes += cost
    }

    /// Removes `key`; a file takes what was made from it along.
    private func removeLocked(_ key: Key) {
        guard let entry = entries.removeValue(forKey: key) else { return }
        usedBytes -= entry.cost
        if case .file(let digest) = key {
            for derived in entries.keys.filter({ Self.isDerived($0, from: digest) }) {
                removeLocked(derived)
            }
        }
    }

    private static func isDerived(_ key: Key, from digest: FileDigest) -> Bool {
        if case .derived(let derived) = key { return derived.digest == digest }
        return false
    }
}
