/// Values read from documents that rarely change between renders (a price list, the protocol's rules),
/// kept by what they are, the document's name and its exact bytes, and reused while a later read finds
/// the same bytes. Holds at most `capacity` values, the oldest out first.
///
/// Not thread-safe: one per `Renderer`, like its text engine.
public final class DocumentCache {
    private struct Key: Hashable {
        var kind: ObjectIdentifier
        var name: String
        var bytes: [UInt8]
    }

    private var values: [Key: Any] = [:]
    private var order: [Key] = []
    /// How many values are kept.
    public let capacity: Int

    /// An empty cache keeping at most `capacity` values.
    public init(capacity: Int = 16) {
        self.capacity = max(1, capacity)
    }

    /// The value of type `Value` read from the document `name` holding `bytes`: the one `read` made
    /// before for the same name and bytes, else `read()` now.
    public func value<Value>(_ kind: Value.Type, name: String, bytes: [UInt8],
                             read: () throws(InputError) -> Value) throws(InputError) -> Value {
        let key = Key(kind: ObjectIdentifier(kind), name: name, bytes: bytes)
        if let value = values[key] as? Value { return value }
        let value = try read()
        if order.count >= capacity { values[order.removeFirst()] = nil }
        values[key] = value
        order.append(key)
        return value
    }
}
