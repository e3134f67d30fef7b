@testable import Booklet
import Foundation
import Testing

/// The fingerprint is SHA-256 and changes when any of its files does.
@Suite struct FingerprintTests {
    @Test func sha256MatchesPublishedVectors() {
        #expect(BookletFingerprint.digest(Array("abc".utf8))
            == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(BookletFingerprint.digest([])
            == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(BookletFingerprint.digest(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func changesWhenAFileChanges() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fingerprint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a"), b = folder.appendingPathComponent("b")
        try "case".write(to: a, atomically: true, encoding: .utf8)
        try "template".write(to: b, atomically: true, encoding: .utf8)
        let before = try BookletFingerprint(files: [a, b])
        #expect(before.short.count == 19)
        #expect(try BookletFingerprint(files: [a, b]) == before)
        try "template!".write(to: b, atomically: true, encoding: .utf8)
        #expect(try BookletFingerprint(files: [a, b]) != before)
    }
}
