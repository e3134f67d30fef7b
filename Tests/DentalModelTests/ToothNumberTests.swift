import DentalModel
import Testing

@Suite("FDI teeth and notations")
struct ToothNumberTests {
    @Test func validNumbersOnly() {
        let valid = (0...99).compactMap(ToothNumber.init(fdi:)).map(\.fdi)
        #expect(valid.count == 52)
        for number in [10, 19, 20, 29, 49, 56, 66, 76, 86, 90, 0] { #expect(ToothNumber(fdi: number) == nil) }
    }

    @Test func anatomy() throws {
        let t36 = try #require(ToothNumber(fdi: 36)), t53 = try #require(ToothNumber(fdi: 53))
        let t14 = try #require(ToothNumber(fdi: 14)), t84 = try #require(ToothNumber(fdi: 84))
        #expect((t36.quadrant, t36.position, t36.jaw, t36.kind, t36.isPrimary) == (3, 6, .lower, .molar, false))
        #expect((t53.jaw, t53.kind, t53.isPrimary, t53.isPatientRight) == (.upper, .canine, true, true))
        #expect(t14.kind == .premolar)
        #expect(t84.kind == .molar)
    }

    @Test func chartOrder() {
        #expect(ToothNumber.upperPermanent.map(\.fdi) == [18, 17, 16, 15, 14, 13, 12, 11, 21, 22, 23, 24, 25, 26, 27, 28])
        #expect(ToothNumber.lowerPermanent.map(\.fdi) == [48, 47, 46, 45, 44, 43, 42, 41, 31, 32, 33, 34, 35, 36, 37, 38])
        #expect(ToothNumber.upperPrimary.map(\.fdi) == [55, 54, 53, 52, 51, 61, 62, 63, 64, 65])
        #expect(ToothNumber.lowerPrimary.map(\.fdi) == [85, 84, 83, 82, 81, 71, 72, 73, 74, 75])
        #expect(ToothNumber.chartOrder.count == 52)
        #expect(ToothNumber.chartOrder.sorted() == ToothNumber.chartOrder)
    }

    @Test func universalAndPalmerRoundTrip() {
        #expect(ToothNotation.universal.tooth("1")?.fdi == 18)
        #expect(ToothNotation.universal.tooth("8")?.fdi == 11)
        #expect(ToothNotation.universal.tooth("17")?.fdi == 38)
        #expect(ToothNotation.universal.tooth("32")?.fdi == 48)
        #expect(ToothNotation.universal.tooth("A")?.fdi == 55)
        #expect(ToothNotation.universal.tooth("K")?.fdi == 75)
        #expect(ToothNotation.universal.tooth("T")?.fdi == 85)
        #expect(ToothNotation.universal.tooth("33") == nil)
        #expect(ToothNotation.palmer.tooth("UR6")?.fdi == 16)
        #expect(ToothNotation.palmer.tooth("LL8")?.fdi == 38)
        #expect(ToothNotation.palmer.tooth("ULC")?.fdi == 63)
        #expect(ToothNotation.palmer.tooth("UR9") == nil)
        for notation in ToothNotation.allCases {
            for tooth in ToothNumber.chartOrder {
                #expect(notation.tooth(notation.format(tooth)) == tooth, "\(notation) \(tooth)")
            }
        }
    }

    @Test func surfaces() throws {
        #expect(try Surface.parseSet("DOM").get() == [.mesial, .occlusal, .distal])
        #expect(try Surface.parseSet("VP").get() == [.buccal, .lingual])
        #expect(Surface.letters([.distal, .mesial]) == "MD")
        if case .failure(let failure) = Surface.parseSet("MXO") { #expect(failure.letter == "X") } else {
            Issue.record("X accepted")
        }
    }
}
