/// Values kept by key, bounded twice, the oldest out first: at most `capacity` values, holding at most
/// `maximumBytes` together (each value's size is given when it is put). What `DocumentCache` and the
/// fingerprint's `DigestCache` keep their values in. Not thread-safe.
public struct BoundedStore<Key: Hashable, Value> {
    private var values: [Key: (value: Value, bytes: Int)] = [:]
    private var order: [Key] = []
    private var heldBytes = 0
    /// How many values are kept.
    public let capacity: Int
    /// How many bytes the kept values may hold together.
    public let maximumBytes: Int

    /// An empty store keeping at most `capacity` values of at most `maximumBytes` together.
    public init(capacity: Int, maximumBytes: Int) {
        self.capacity = max(1, capacity)
        self.maximumBytes = max(0, maximumBytes)
    }

    /// The value kept under `key`, if any.
    public subscript(key: Key) -> Value? { values[key]?.value }

    /// Keeps `value` under `key` (replacing what was there), counted as `bytes`, after dropping the oldest
    /// values it would not fit beside.
    public mutating func put(_ value: Value, for key: Key, bytes: Int) {
        if let old = values.removeValue(forKey: key) {
            heldBytes -= old.bytes
            order.removeAll { $0 == key }
        }
        while !order.isEmpty, order.count >= capacity || heldBytes + bytes > maximumBytes {
            heldBytes -= values.removeValue(forKey: order.removeFirst())?.bytes ?? 0
        }
        values[key] = (value, bytes)
        order.append(key)
        heldBytes += bytes
    }
}
