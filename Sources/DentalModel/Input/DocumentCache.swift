/// Values read from documents that rarely change between renders (a case shown again, a price list, the
/// protocol's rules), kept by what they are, the document's name and its exact bytes, and reused while a
/// later read finds the same bytes.
///
/// Bounded twice, the oldest out first: at most `capacity` values, from documents of at most
/// `maximumBytes` together (a parsed tree takes some tens of times its document's bytes); a document over
/// a quarter of that is read every time and never kept. Not thread-safe: one per `Renderer`, like its text
/// engine.
public final class DocumentCache {
    private struct Key: Hashable {
        var kind: ObjectIdentifier
        var name: String
        var bytes: [UInt8]

        /// The bytes hashed as one block: an array's own `hash(into:)` feeds the hasher byte by byte, which
        /// was 7 % of a chairside screen's render for the case and its price list.
        func hash(into hasher: inout Hasher) {
            hasher.combine(kind)
            hasher.combine(name)
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    private var store: BoundedStore<Key, Any>
    /// How many values are kept.
    public var capacity: Int { store.capacity }
    /// How many document bytes the kept values may come from together.
    public var maximumBytes: Int { store.maximumBytes }

    /// An empty cache keeping at most `capacity` values read from at most `maximumBytes` of documents.
    public init(capacity: Int = 16, maximumBytes: Int = 2 << 20) {
        store = BoundedStore(capacity: capacity, maximumBytes: maximumBytes)
    }

    /// The value of type `Value` read from the document `name` holding `bytes`: the one `read` made
    /// before for the same name and bytes, else `read()` now.
    public func value<Value>(_ kind: Value.Type, name: String, bytes: [UInt8],
                             read: () throws(InputError) -> Value) throws(InputError) -> Value {
        guard bytes.count <= maximumBytes / 4 else { return try read() }
        let key = Key(kind: ObjectIdentifier(kind), name: name, bytes: bytes)
        if let value = store[key] as? Value { return value }
        let value = try read()
        store.put(value, for: key, bytes: bytes.count)
        return value
    }
}
