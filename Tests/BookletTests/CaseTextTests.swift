import Booklet
import DentalModel
import Foundation
import PlanEngine
import Testing

/// What the case says is printed, and what the charts draw is said: every X-ray with its caption, the
/// case's and the teeth's notes verbatim, the findings at the thresholds the chart draws, and every tooth
/// the after-chart changes under "What changes". Each failed before: only the first panoramic was shown,
/// notes never, pockets only deeper than 4 mm, plaque never, and the re-treated 16 was left out.
@Suite("What the case says")
struct CaseTextTests {
    @Test func fullMouthPrintsEveryXRayTheNotesAndAllTheChartShows() throws {
        let text = try BookletFixture.pdfText(try BookletFixture().booklet(BookletFixture.loaded("full-mouth.yaml"), locale: .en))
        for caption in ["Ортопантомограмма: отсутствует 36, корень 26, очаг у 16",
                        "КЛКТ, область 36: ширина альвеолярного гребня 6,8 мм"] {
            #expect(text.contains(caption), "X-ray caption \(caption)")
        }
        for note in ["46: Стенки коронки истончены, показана коронка", "16: Очаг деструкции 4 мм у медиально-щёчного корня",
                     "Пациентка предпочитает минимальное количество посещений. Аллергоанамнез не отягощён."] {
            #expect(text.contains(note), "note \(note)")
        }
        #expect(text.contains("The gum has pulled away from teeth 17–14, 24–27, 47–44, 34, 35, 37, leaving deep pockets."),
                "the 4 mm pockets the chart draws are named")
        #expect(text.contains("There is plaque and tartar on the teeth in 6 of the 6 areas of the mouth."))
        let retreated = "16: crown (metal-ceramic), root canal treated, infection at the root tip → new crown"
        #expect(text.components(separatedBy: retreated).count - 1 == 3, "16 is listed in all three variants")
        #expect(text.contains("Gums (whole mouth): plaque and tartar removed"))
    }

    @Test func theFrenchAmalgamReplacedByCompositeIsListed() throws {
        let text = try BookletFixture.pdfText(try BookletFixture().booklet(BookletFixture.loaded("french.yaml")))
        #expect(text.contains("26 : plombage (amalgame), fêlure → nouveau plombage"))
        #expect(text.contains("26 : plombage (amalgame), fêlure → inlay (céramique)"))
    }
}
