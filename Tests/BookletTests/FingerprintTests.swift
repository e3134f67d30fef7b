@testable import Booklet
import DentalModel
import Foundation
import Testing

/// The fingerprint is SHA-256 (swift-crypto) over the case's values in canonical form, the price list and
/// the template: the same content gives the same digest whatever the format; any change gives another.
@Suite struct FingerprintTests {
    @Test func sha256MatchesPublishedVectors() {
        #expect(BookletFingerprint.digest(Array("abc".utf8))
            == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(BookletFingerprint.digest([])
            == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    static let yaml = """
        schemaVersion: 1
        patient: {name: "Anna Berg", birthDate: 1990-02-03}
        prices: ../prices/list.yaml
        imaging:
          photos:
            - {view: smile, file: ../images/smile.jpg, caption: Smile}
        """
    static let json = """
        {"imaging": {"photos": [{"caption": "Smile", "file": "smile.jpg", "view": "smile"}]},
         "prices": "list.yaml", "patient": {"birthDate": "1990-02-03", "name": "Anna Berg"}, "schemaVersion": 1}
        """

    static func fingerprint(_ text: String, photo: [UInt8] = [1, 2, 3], template: [UInt8] = Array("page: A4".utf8)) throws -> BookletFingerprint {
        let prices = try YAMLSource.parse("currency: EUR\nservices: []", fileName: "list.yaml").node
        return BookletFingerprint(caseRoot: try YAMLSource.parse(text, fileName: "case").node,
                                  images: ["imaging.photos[0].file": photo], prices: .document(prices),
                                  template: [(name: "premium.yaml", bytes: template)])
    }

    @Test func yamlAndJSONOfTheSameValuesAgreeWhereverTheFilesAre() throws {
        #expect(try Self.fingerprint(Self.yaml) == Self.fingerprint(Self.json))
        #expect(try Self.fingerprint(Self.yaml).short.count == 19)
    }

    @Test func anyChangeInWhatTheBookletShowsChangesIt() throws {
        let base = try Self.fingerprint(Self.yaml)
        #expect(try Self.fingerprint(Self.yaml, photo: [1, 2, 4]) != base, "one byte of one photo")
        #expect(try Self.fingerprint(Self.yaml, template: Array("page: A5".utf8)) != base, "the template")
        #expect(try Self.fingerprint(Self.yaml.replacingOccurrences(of: "Anna", with: "Anne")) != base, "a name")
    }

    @Test func canonicalTextSortsKeysAndQuotesEveryScalar() throws {
        let node = try YAMLSource.parse("b: [1, ~, 'x\"y']\na: {d: 2026-01-02, c: \"1\"}", fileName: "t").node
        #expect(CanonicalJSON.text(node) == #"{"a":{"c":"1","d":"2026-01-02"},"b":["1",null,"x\"y"]}"#)
    }

    /// Control characters are `\u00XX` as docs/fingerprint.md says (not `\n` as validate --fix writes):
    /// full-mouth.yaml's block scalars carry line breaks, so another form would change its fingerprint.
    @Test func canonicalTextEscapesLineBreaksAsDocumented() throws {
        let node = try YAMLSource.parse("note: |\n  one\n  two\tthree\n", fileName: "t").node
        #expect(CanonicalJSON.text(node) == #"{"note":"one\u000atwo\u0009three\u000a"}"#)
    }
}
