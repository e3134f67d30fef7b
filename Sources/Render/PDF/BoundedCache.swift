import Foundation

/// A map holding at most about `budget` bytes of entries (each entry's cost given when it is stored),
/// dropping the oldest first, safe to use from several threads (one lock).
///
/// Entries live in two generations: a new entry, or one found in the old generation, goes into the young
/// one; once the young generation's entries cost half the budget, the old generation is dropped whole and
/// the young one becomes old. So what a file used last time stays, and what no recent file used goes. An
/// entry costing more than half the budget is not kept.
final class BoundedCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    /// The cost the young generation may reach before the old one is dropped: half the budget.
    private let generationBudget: Int
    private let lock = NSLock()
    private var young: [Key: (value: Value, cost: Int)] = [:]
    private var old: [Key: (value: Value, cost: Int)] = [:]
    private var youngCost = 0

    /// An empty cache of at most about `budget` bytes.
    init(budget: Int) {
        generationBudget = max(0, budget / 2)
    }

    /// The value stored for `key`, if it is still held.
    func value(for key: Key) -> Value? {
        lock.withLock {
            if let entry = young[key] { return entry.value }
            guard let entry = old.removeValue(forKey: key) else { return nil }
            keepYoung(key, entry)
            return entry.value
        }
    }

    /// Stores `value` for `key`, costing `cost` bytes.
    func store(_ value: Value, for key: Key, cost: Int) {
        guard cost <= generationBudget else { return }
        lock.withLock {
            if let previous = young.removeValue(forKey: key) { youngCost -= previous.cost }
            keepYoung(key, (value, cost))
        }
    }

    /// Puts `entry` in the young generation, making it the old one first when it is full. Under the lock.
    private func keepYoung(_ key: Key, _ entry: (value: Value, cost: Int)) {
        if youngCost + entry.cost > generationBudget {
            old = young
            young = [:]
            youngCost = 0
        }
        young[key] = entry
        youngCost += entry.cost
    }
}
