import Booklet
import DentalModel
import Foundation
import PlanEngine
import Testing

/// The outcome of every fixture case, tooth by tooth, read as a dentist reads a plan: what each tooth is
/// before and after each variant, in the lines the booklet prints (in English, whatever the case's language,
/// so the review reads one language), with the visits and codes behind them; and the formula after
/// treatment loads back as a case's formula.
@Suite("Outcome of the fixture cases")
struct OutcomeTests {
    private static let strings: StringTable = {
        (try? TemplateLoader(directory: RepositoryPaths.templates).load("premium").strings(for: .en))
            ?? { preconditionFailure("the premium template loads") }()
    }()

    /// Per variant, `tooth (or gums) | text | visits | codes`.
    private func lines(_ name: String) throws -> [[String]] {
        PlanOutcome(try BookletFixture.loaded(name), strings: Self.strings).variants.map { variant in
            variant.changes.map { change in
                "\(change.tooth.map(String.init) ?? change.gums ?? "-") | \(change.text) | \(change.visits) | \(change.codes)"
            }
        }
    }

    @Test func fullMouth() throws {
        let gumsNoPerio = "all | Gums (whole mouth): plaque and tartar removed; bleeding and inflammation settle at 43–33; "
            + "the pockets at 17–14, 24–27, 47–44, 34, 35, 37 stay and go on bleeding until they are treated | [1] | [\"H01\"]"
        #expect(try lines("full-mouth.yaml") == [
            [
                "16 | 16: crown (metal-ceramic), root canal treated, infection at the root tip → new crown (metal-ceramic), root canals re-treated, post (metal) | [2, 4] | [\"E02\", \"PC1\", \"C01\"]",
                "11 | 11: filling (composite), worn edge → new filling | [5] | [\"F04\"]",
                "21 | 21: filling (composite), decay, worn edge → new filling | [5] | [\"F04\"]",
                "24 | 24: decay → filling | [2] | [\"F01\"]",
                "25 | 25: filling (amalgam), decay → bridge support (metal-ceramic) | [4] | [\"B01\"]",
                "26 | 26: root only, infection at the root tip → bridge tooth | [3, 4] | [\"S02\", \"B02\"]",
                "27 | 27: healthy → bridge support (metal-ceramic) | [4] | [\"B01\"]",
                "46 | 46: filling (composite), root canal treated → crown (metal-ceramic), root canal treated, post (metal) | [4] | [\"PC1\", \"C01\"]",
                "45 | 45: decay → filling | [2] | [\"F01\"]",
                "35 | 35: healthy → bridge support (metal-ceramic) | [4] | [\"B01\"]",
                "36 | 36: missing → bridge tooth | [4] | [\"B02\"]",
                "37 | 37: decay → bridge support (metal-ceramic) | [2, 4] | [\"F02\", \"B01\"]",
                gumsNoPerio,
            ],
            [
                "16 | 16: crown (metal-ceramic), root canal treated, infection at the root tip → new crown (zirconia), root canals re-treated, post (fibreglass) | [2, 5] | [\"E02\", \"PC2\", \"C02\"]",
                "11 | 11: filling (composite), worn edge → veneer (glass-ceramic) | [5] | [\"V01\"]",
                "21 | 21: filling (composite), decay, worn edge → veneer (glass-ceramic) | [5] | [\"V01\"]",
                "24 | 24: decay → filling | [3] | [\"F01\"]",
                "25 | 25: filling (amalgam), decay → inlay (ceramic) | [5] | [\"IN1\"]",
                "26 | 26: root only, infection at the root tip → implant with a crown (zirconia) | [2, 3, 5] | [\"S02\", \"I02\", \"I04\"]",
                "47 | 47: loose, gum pocket 5 mm, gum bleeds, plaque and tartar → loose, healthy gum | [1] | [\"P01\"]",
                "46 | 46: filling (composite), root canal treated → crown (zirconia), root canal treated, post (fibreglass) | [5] | [\"PC2\", \"C02\"]",
                "45 | 45: decay → filling | [3] | [\"F01\"]",
                "36 | 36: missing → implant with a crown (zirconia) | [3, 5] | [\"I02\", \"I04\"]",
                "37 | 37: decay → filling | [3] | [\"F02\"]",
                "all | Gums (whole mouth): plaque and tartar removed; bleeding and inflammation settle at 47, 43–33; "
                    + "gum pockets treated at 47; the pockets at 17–14, 24–27, 46–44, 34, 35, 37 stay and go on bleeding "
                    + "until they are treated | [1] | [\"H01\"]",
            ],
            [
                "16 | 16: crown (metal-ceramic), root canal treated, infection at the root tip → new crown (zirconia), root canals re-treated, post (fibreglass) | [2, 4] | [\"E02\", \"PC2\", \"C02\"]",
                "11 | 11: filling (composite), worn edge → new filling | [4] | [\"F04\"]",
                "21 | 21: filling (composite), decay, worn edge → new filling | [4] | [\"F04\"]",
                "24 | 24: decay → filling | [2] | [\"F01\"]",
                "25 | 25: filling (amalgam), decay → bridge support (zirconia) | [4] | [\"B03\"]",
                "26 | 26: root only, infection at the root tip → bridge tooth | [2, 4] | [\"S02\", \"B04\"]",
                "27 | 27: healthy → bridge support (zirconia) | [4] | [\"B03\"]",
                "46 | 46: filling (composite), root canal treated → crown (zirconia), root canal treated | [4] | [\"C02\"]",
                "45 | 45: decay → filling | [2] | [\"F01\"]",
                "36 | 36: missing → implant with a crown (metal-ceramic) | [3, 4] | [\"I01\", \"I05\"]",
                "37 | 37: decay → filling | [2] | [\"F02\"]",
                gumsNoPerio,
            ],
        ])
    }

    @Test func french() throws {
        let gums = "all | Gums (whole mouth): plaque and tartar removed; the pockets at 34–38 stay and go on bleeding until "
            + "they are treated | [1] | [\"DET\"]"
        #expect(try lines("french.yaml") == [
            [
                "14 | 14: decay → filling | [2] | [\"COMP2\"]",
                "26 | 26: filling (amalgam), crack → new filling | [2] | [\"COMP2\"]",
                "47 | 47: decay → filling | [2] | [\"COMP1\"]",
                gums,
            ],
            [
                "14 | 14: decay → filling | [2] | [\"COMP2\"]",
                "26 | 26: filling (amalgam), crack → inlay (ceramic) | [2] | [\"INL\"]",
                "47 | 47: decay → filling | [2] | [\"COMP1\"]",
                "36 | 36: filling (composite), root canal treated → crown (zirconia), root canal treated, post (fibreglass) | [2, 3] | [\"ICF\", \"CCC\"]",
                gums,
            ],
        ])
    }

    @Test func child() throws {
        #expect(try lines("child.yaml") == [[
            "55 | URE: healthy → fissures sealed | [3] | [\"CH4\"]",
            "54 | URD: decay → filling | [2] | [\"CH1\"]",
            "65 | ULE: decay → filling | [3] | [\"CH1\"]",
            "85 | LRE: healthy → fissures sealed | [3] | [\"CH4\"]",
            "81 | LRA: loose → missing | [3] | [\"CH3\"]",
            // A pulpotomy does not treat a lesion at the root tip: the chart keeps it, and so does the line.
            "75 | LLE: decay, infection at the root tip → filling, nerve treated in the crown (pulpotomy), infection at the root tip | [2] | [\"CH2\", \"CH1\"]",
            "all | Gums (whole mouth): plaque and tartar removed | [1] | [\"H01\"]",
        ]])
    }

    @Test func insurance() throws {
        let t36 = "36: decay, infection at the root tip → crown (zirconia), root canal treated, post (fibreglass)"
        #expect(try lines("insurance.yaml") == [
            ["24 | 24: decay → filling | [2] | [\"F01\"]", "36 | \(t36) | [2, 3] | [\"E01\", \"PC2\", \"C02\"]",
             "all | Gums (whole mouth): plaque and tartar removed | [1] | [\"H01\"]"],
            ["24 | 24: decay → filling | [1] | [\"F01\"]", "36 | \(t36) | [1, 2] | [\"E01\", \"PC2\", \"C02\"]",
             "all | Gums (whole mouth): plaque and tartar removed | [1] | [\"H01\"]"],
        ])
    }

    @Test func swedish() throws {
        #expect(try lines("swedish.yaml") == [
            [
                "47 | 47: filling (amalgam), decay → new filling | [2] | [\"bs-17\"]",
                "46 | 46: root only, infection at the root tip → implant with a crown (zirconia) | [2, 3, 4] | [\"bs-23\", \"925S\", \"926\"]",
                "45 | 45: decay → filling | [2] | [\"bs-15\"]",
                "all | Gums (whole mouth): plaque and tartar removed; bleeding and inflammation settle at 48–33; "
                    + "gum pockets treated at 48–33 | [1] | [\"20D\", \"bs-09\"]",
            ],
            [
                "47 | 47: filling (amalgam), decay → new filling | [2] | [\"bs-17\"]",
                "46 | 46: root only, infection at the root tip → missing | [2] | [\"bs-23\"]",
                "45 | 45: decay → filling | [2] | [\"bs-15\"]",
                "all | Gums (whole mouth): plaque and tartar removed; the pockets at 48–33 stay and go on bleeding until "
                    + "they are treated | [1] | [\"20D\"]",
            ],
        ])
    }

    @Test func oneVariantInUniversalNotation() throws {
        #expect(try lines("one-variant.json") == [[
            "16 | 3: decay → inlay (ceramic) | [2] | [\"INL\"]",
            "all | Gums (whole mouth): plaque and tartar removed | [1] | [\"DET\"]",
        ]])
    }

    /// The formula after each variant, written as YAML, loads back as a case's formula equal to it.
    @Test(arguments: ["full-mouth.yaml", "french.yaml", "child.yaml", "insurance.yaml", "swedish.yaml", "one-variant.json"])
    func formulaLoadsBack(_ name: String) throws {
        let loaded = try BookletFixture.loaded(name)
        let outcome = PlanOutcome(loaded, strings: Self.strings)
        for (index, after) in loaded.afterState().variants.enumerated() {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let formula = String(decoding: try encoder.encode(outcome.variants[index].formula), as: UTF8.self)
            let text = """
            schemaVersion: 1
            notation: \(loaded.dentalCase.notation.rawValue)
            locale: en
            currency: EUR
            date: 2026-11-23
            validUntil: 2027-01-23
            clinic: {name: C, address: A, phone: "1"}
            patient: {name: P, birthDate: 1980-01-01, id: "1"}
            formula: \(formula)
            variants: [{name: V, goal: G, visits: [{title: T, duration: 30, items: [{teeth: all, code: X}]}]}]
            """
            let reloaded = try CaseLoader(imageRoot: RepositoryPaths.fixtures)
                .read(text: text, fileName: "outcome.yaml", directory: RepositoryPaths.fixtures)
            #expect(reloaded.formula == after.formula, "\(name) variant \(index + 1)")
        }
    }
}
