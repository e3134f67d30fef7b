import Foundation

extension Array where Element == UInt8 {
    /// Whether `other` holds the same bytes, compared with `memcmp`: a file's worth in a fraction of a
    /// millisecond in every build, where `==` compares element by element (and is immediate only when both
    /// share their storage).
    public func hasSameBytes(as other: [UInt8]) -> Bool {
        guard count == other.count else { return false }
        return withUnsafeBytes { x in
            other.withUnsafeBytes { y in
                guard let left = x.baseAddress, let right = y.baseAddress else { return true }
                return left == right || memcmp(left, right, x.count) == 0
            }
        }
    }
}
