import DentalModel
import Testing

@Suite struct DocumentCacheTests {
    /// Counts the reads a cache asks for.
    final class Reads {
        var count = 0
        func read(_ text: String) -> String {
            count += 1
            return text.uppercased()
        }
    }

    @Test func theSameBytesAreReadOnceAndChangedBytesAgain() throws {
        let cache = DocumentCache(), reads = Reads()
        #expect(try cache.value(String.self, name: "prices.yaml", bytes: Array("a".utf8)) { reads.read("a") } == "A")
        #expect(try cache.value(String.self, name: "prices.yaml", bytes: Array("a".utf8)) { reads.read("a") } == "A")
        #expect(reads.count == 1)
        #expect(try cache.value(String.self, name: "prices.yaml", bytes: Array("b".utf8)) { reads.read("b") } == "B")
        #expect(try cache.value(String.self, name: "other.yaml", bytes: Array("a".utf8)) { reads.read("a") } == "A")
        #expect(reads.count == 3)
    }

    @Test func theOldestLeaveFirstAndALargeDocumentIsNeverKept() throws {
        let cache = DocumentCache(capacity: 2, maximumBytes: 400), reads = Reads()
        for text in ["a", "b", "c", "a"] {
            _ = try cache.value(String.self, name: "x", bytes: Array(text.utf8)) { reads.read(text) }
        }
        #expect(reads.count == 4)  // "a" had left when "c" came
        let large = String(repeating: "z", count: 101)  // over a quarter of 400 bytes
        for _ in 0..<2 { _ = try cache.value(String.self, name: "x", bytes: Array(large.utf8)) { reads.read(large) } }
        #expect(reads.count == 6)
    }

    @Test func aFailedReadIsNotKept() throws {
        let cache = DocumentCache()
        var attempts = 0
        for _ in 0..<2 {
            #expect(throws: InputError.self) {
                _ = try cache.value(String.self, name: "bad.yaml", bytes: [0x7B]) { () throws(InputError) -> String in
                    attempts += 1
                    throw InputError(file: "bad.yaml", message: "malformed")
                }
            }
        }
        #expect(attempts == 2)
    }
}
