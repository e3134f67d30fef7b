import DentalModel
import Foundation
import PlanEngine
import Testing

/// The inputs the clinic rules read: a code's surfaces and chair time in the price list, and who of a
/// visit's specialists does an item. Bad values are errors naming the file, the field and the problem.
@Suite("Rule inputs")
struct RuleInputTests {
    @Test func priceListsSaySurfacesAndMinutes() throws {
        let yaml = """
        currency: EUR
        services:
          - {code: F1, name: F1, category: restorative, unit: tooth, price: "70", surfaces: "1", minutes: 20}
          - {code: F2, name: F2, category: restorative, unit: tooth, price: "90", surfaces: "2-4"}
          - {code: F3, name: F3, category: restorative, unit: tooth, price: "110", surfaces: "3+"}
        """
        let list = try PriceListLoader.readYAML(YAMLSource.parse(yaml, fileName: "p.yaml"))
        #expect(list.service("F1")?.surfaces?.contains(1) == true)
        #expect(list.service("F1")?.surfaces?.contains(2) == false)
        #expect(list.service("F1")?.minutes == 20)
        #expect(list.service("F2")?.surfaces?.description == "2–4")
        #expect(list.service("F3")?.surfaces?.contains(5) == true)
        #expect(list.service("F3")?.minutes == nil)
        let csv = "code,name_en,category,unit,price,currency,surfaces,minutes\nF1,Filling,restorative,tooth,70,EUR,1,20\n"
        let fromCSV = try PriceListLoader.readCSV(csv, fileName: "p.csv")
        #expect(fromCSV.service("F1")?.surfaces?.description == "1")
        #expect(fromCSV.service("F1")?.minutes == 20)
    }

    @Test func badSurfacesOrMinutesAreNamed() throws {
        for (field, value) in [("surfaces", "\"MOD\""), ("surfaces", "\"0\""), ("surfaces", "\"4-2\""), ("minutes", "0")] {
            let text = "currency: EUR\nservices:\n  - {code: A, name: A, category: c, unit: item, price: \"1\", \(field): \(value)}\n"
            #expect { try PriceListLoader.readYAML(YAMLSource.parse(text, fileName: "p.yaml")) } throws: { error in
                (error as? InputError)?.path == "services[0].\(field)"
            }
        }
        let csv = "code,name_en,category,unit,price,currency,surfaces\nF1,Filling,restorative,tooth,70,EUR,three\n"
        #expect { try PriceListLoader.readCSV(csv, fileName: "p.csv") } throws: { error in
            (error as? InputError)?.description.contains("surfaces") == true
        }
    }

    @Test func anItemNamesOneOfItsVisitsSpecialists() throws {
        func visit(_ specialist: String) -> String {
            """
              - name: V
                goal: G
                visits:
                  - title: Visit 1
                    specialists: [{role: endodontist, name: "Dr Walsh"}, {role: surgeon, name: "Dr Kelly"}]
                    specialistOrder: sequential
                    duration: 60
                    items:
                      - {teeth: 46, code: EN, problem: Pulpitis, specialist: \(specialist)}
            """
        }
        let byRole = try Fixtures.loaded(Fixtures.caseText(variants: visit("endodontist")))
        let item = byRole.dentalCase.variants[0].visits[0].items[0]
        #expect(byRole.dentalCase.variants[0].visits[0].specialists(doing: item).map(\.person) == ["Dr Walsh"])
        let byName = try Fixtures.loaded(Fixtures.caseText(variants: visit("\"Dr Kelly\"")))
        let other = byName.dentalCase.variants[0].visits[0].items[0]
        #expect(byName.dentalCase.variants[0].visits[0].specialists(doing: other).map(\.role) == ["surgeon"])
        #expect { try Fixtures.loaded(Fixtures.caseText(variants: visit("hygienist"))) } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.path.hasSuffix("items[0].specialist") && error.message.contains("hygienist")
        }
    }
}
