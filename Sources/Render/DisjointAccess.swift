/// A pointer handed to the iterations of `DispatchQueue.concurrentPerform`, which Swift cannot see are
/// safe together: every iteration reads what it likes but writes only its own part (its rows, its slot).
struct DisjointAccess<Pointer>: @unchecked Sendable {
    let pointer: Pointer
}
