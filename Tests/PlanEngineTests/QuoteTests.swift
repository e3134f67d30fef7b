import DentalModel
import Foundation
import PlanEngine
import Testing

@Suite("Quotes and price lists")
struct QuoteTests {
    @Test func defaultQuantitiesFollowTheUnit() throws {
        let variant = Fixtures.variant([(nil, ["{teeth: all, code: HY}", "{teeth: [16, 14, 11], code: EN}",
                                               "{teeth: \"34-36\", code: FI}", "{teeth: all, code: CB}"])])
        let items = try Fixtures.loaded(Fixtures.caseText(variants: variant)).quote().variants[0].visits[0].items
        #expect(items.map(\.quantity) == [1, 3 + 2 + 1, 3, 2])
        #expect(items[2].teeth.map(\.fdi) == [34, 35, 36])
        #expect(items.map(\.amount.decimalString) == ["95.00", "600.00", "271.50", "360.00"])
    }

    @Test func insuranceSplitsCoveredItemsAndMarksTheRestOwnExpense() throws {
        let variant = Fixtures.variant([(nil, ["{teeth: all, code: HY}", "{teeth: 16, code: FI}", "{teeth: 16, code: CZ}"])],
                                       insurance: "basic")
        let quote = try Fixtures.loaded(Fixtures.caseText(variants: variant)).quote().variants[0]
        let items = quote.visits[0].items
        // coverage 66.67 %: 95 × 0.6667 = 63.3365 → 63.34; 90.50 × 0.6667 = 60.33635 → 60.34.
        #expect(items.map(\.insurerShare.decimalString) == ["63.34", "60.34", "0.00"])
        #expect(items.map(\.patientShare.decimalString) == ["31.66", "30.16", "610.00"])
        #expect(items.map(\.ownExpense) == [false, false, true])
        #expect(quote.insurerShare.decimalString == "123.68")
        #expect(quote.patientShare.decimalString == "671.82")
        #expect(quote.total.decimalString == "795.50")
    }

    /// The programme pays on at most its tariff: an override above it moves the difference to the patient,
    /// an override below it lowers what the programme pays.
    @Test func insurerNeverPaysMoreThanTheProgrammesTariff() throws {
        let variant = Fixtures.variant([(nil, [
            "{teeth: 16, code: FI, priceOverride: {price: \"120\", reason: \"Extra layering\"}}",
            "{teeth: 15, code: FI, priceOverride: {price: \"60\", reason: \"Loyalty\"}}",
            "{teeth: 13, code: EN}",
        ])], insurance: "tariffed")
        let quote = try Fixtures.loaded(Fixtures.caseText(variants: variant), prices: Self.tariffedPrices).quote().variants[0]
        let items = quote.visits[0].items
        // FI's tariff is 80: 120 counts as 80 (insurer 80 × 70 % = 56, the 40 above it is the patient's);
        // 60 counts as 60 (insurer 42); EN has no tariff of its own, so its list price 100 counts (insurer 70).
        #expect(items.map(\.insurerShare.decimalString) == ["56.00", "42.00", "70.00"])
        #expect(items.map(\.patientShare.decimalString) == ["64.00", "18.00", "30.00"])
        #expect(items.map(\.ownExpenseAmount.decimalString) == ["40.00", "0.00", "0.00"])
        #expect(items.map(\.isAboveTariff) == [true, false, false])
        #expect(quote.programmeAmount.decimalString == "240.00")
        #expect(quote.ownExpenseAmount.decimalString == "40.00")
    }

    /// Units per tooth and per plan hold across the visits of a variant; the units beyond are the patient's.
    @Test func programmeLimitsHoldAcrossThePlan() throws {
        let variant = Fixtures.variant([
            (nil, ["{teeth: 16, code: FI}", "{teeth: [16, 15], code: EN, quantity: 5}", "{teeth: all, code: HY}"]),
            ("1 week", ["{teeth: 16, code: FI}", "{teeth: 15, code: FI, declined: {justification: later}}",
                        "{teeth: 15, code: FI}", "{teeth: all, code: HY}"]),
        ], insurance: "tariffed")
        let quote = try Fixtures.loaded(Fixtures.caseText(formula: "{teeth: {16: {findings: [caries]}, 15: {findings: [caries]}}}",
                                                          variants: variant), prices: Self.tariffedPrices).quote().variants[0]
        let items = quote.visits.flatMap(\.items)
        // FI: one a tooth — the second filling of 16 is the patient's; the declined one uses no allowance.
        // EN: 3 canals a tooth, 5 units over 16 and 15 → 3 + 2, all within. HY: once a plan.
        #expect(items.map(\.coveredUnits) == [1, 5, 1, 0, 0, 1, 0])
        #expect(items.map(\.unitsBeyondLimit) == [0, 0, 0, 1, 0, 0, 1])
        #expect(items.map(\.insurerShare.decimalString) == ["56.00", "350.00", "66.50", "0.00", "0.00", "56.00", "0.00"])
        #expect(items[3].patientShare == items[3].amount)
        #expect(items[6].ownExpenseAmount.decimalString == "95.00")
        // Items still add up: the shares to the amount, everywhere.
        #expect(quote.insurerShare.adding(quote.patientShare) == quote.total)
        #expect(quote.programmeAmount.adding(quote.ownExpenseAmount) == quote.total)
    }

    @Test func programmeLimitsAreReadAndChecked() throws {
        let list = try Self.tariffedPrices
        #expect(list.programmes["tariffed"]?.terms["FI"] == CoverTerms(tariff: Money("80", currency: .eur), unitsPerTooth: 1))
        #expect(list.programmes["tariffed"]?.terms["HY"] == CoverTerms(unitsPerPlan: 1))
        let perToothVisit = Self.tariffedYAML.replacingOccurrences(of: "{code: HY, unitsPerPlan: 1}",
                                                                   with: "{code: HY, unitsPerTooth: 1}")
        #expect { try PriceListLoader.readYAML(YAMLSource.parse(perToothVisit, fileName: "p.yaml")) } throws: { error in
            (error as? InputError)?.message
                == "unitsPerTooth needs a service charged per tooth, canal or surface (HY is charged per visit)"
        }
        let csv = """
        code,name_en,category,unit,price,currency,insurance
        101,Examination,exam,visit,790,SEK,hsk=50 unitsPerPlan=1
        bs-15,Filling,restorative,tooth,760,SEK,hsk=50 tariff=700 unitsPerTooth=1

        """
        let fromCSV = try PriceListLoader.readCSV(csv, fileName: "se.csv")
        #expect(fromCSV.programmes["hsk"]?.terms["bs-15"] == CoverTerms(tariff: Money("700", currency: .sek), unitsPerTooth: 1))
        #expect(fromCSV.programmes["hsk"]?.terms["101"] == CoverTerms(unitsPerPlan: 1))
        #expect { try PriceListLoader.readCSV(csv.replacingOccurrences(of: "tariff=700", with: "tariff=7,5"),
                                              fileName: "se.csv") } throws: { error in
            (error as? InputError)?.description.hasPrefix("se.csv:3:") == true
        }
    }

    static let tariffedYAML = Fixtures.pricesYAML + """

      - id: tariffed
        coPayment: "30"
        covers: [{code: FI, tariff: "80", unitsPerTooth: 1}, {code: EN, unitsPerTooth: 3}, {code: HY, unitsPerPlan: 1}]
    """

    static var tariffedPrices: PriceList {
        get throws { try PriceListLoader.readYAML(YAMLSource.parse(tariffedYAML, fileName: "test-prices.yaml")) }
    }

    @Test func unknownServiceCodeIsAnErrorNeverZero() throws {
        let variant = Fixtures.variant([(nil, ["{teeth: 16, code: FI}", "{teeth: 16, code: NOPE}"])])
        let dentalCase = try CaseLoader().read(text: Fixtures.caseText(variants: variant), fileName: "c.yaml",
                                               directory: Fixtures.root)
        #expect {
            _ = try LoadedCase(dentalCase: dentalCase, prices: Fixtures.prices, rules: ProtocolRules(rules: []),
                               caseFile: "c.yaml")
        } throws: { error in
            let error = error as? InputError
            return error?.description == "c.yaml:17:13: variants[0].visits[0].items[1].code: unknown service code NOPE (not in test-prices.yaml)"
        }
    }

    @Test func currencyMismatchAndUnknownProgrammeAreErrors() throws {
        let sek = Fixtures.caseText(variants: Fixtures.variant([(nil, ["{teeth: 16, code: FI}"])]))
            .replacingOccurrences(of: "currency: EUR", with: "currency: SEK")
        #expect(throws: InputError.self) { try Fixtures.loaded(sek) }
        let unknown = Fixtures.caseText(variants: Fixtures.variant([(nil, ["{teeth: 16, code: FI}"])], insurance: "gold"))
        #expect { try Fixtures.loaded(unknown) } throws: { error in
            (error as? InputError)?.message.contains("unknown insurance programme \"gold\"") == true
        }
    }

    @Test func pricesMustBeDecimalStrings() throws {
        for bad in ["\"12,50\"", "1e3", "\"12.505\"", "[1]", "\"-5\""] {
            let text = "currency: EUR\nservices:\n  - {code: A, name: A, category: c, unit: item, price: \(bad)}\n"
            #expect { try PriceListLoader.readYAML(YAMLSource.parse(text, fileName: "p.yaml")) } throws: { error in
                guard let error = error as? InputError else { return false }
                return error.path == "services[0].price" && error.line == 3
            }
        }
    }

    @Test func csvPriceListWithInsuranceColumn() throws {
        let csv = """
        code,name_sv,name_en,category,unit,price,currency,material,effect,insurance
        101,"Undersökning, tandläkare",Examination,exam,visit,790,SEK,,,tlv=40
        bs-19,"Rensning och rotfyllning, en rotkanal",Root canal,endodontics,canal,3325.50,SEK,,endodontics,tlv=40
        926,Implantatkrona,Implant crown,prosthetics,tooth,7500,SEK,metal-free,crown,

        """
        let list = try PriceListLoader.readCSV(csv, fileName: "se.csv")
        #expect(list.currency == .sek)
        #expect(list.services.map(\.code) == ["101", "bs-19", "926"])
        #expect(list.service("101")?.name(.sv) == "Undersökning, tandläkare")
        #expect(list.service("bs-19")?.price.decimalString == "3325.50")
        #expect(list.service("926")?.effect == .crown)
        #expect(list.programmes["tlv"]?.covers == ["101", "bs-19"])
        #expect(list.programmes["tlv"]?.coPayment.description == "40")
        let bad = csv.replacingOccurrences(of: "3325.50", with: "3325,50")
        #expect { try PriceListLoader.readCSV(bad, fileName: "se.csv") } throws: { error in
            (error as? InputError)?.description.hasPrefix("se.csv:3:") == true
        }
    }

    /// A row with a `programme` id names that programme per locale, as YAML's `insurance[].name` does.
    @Test func csvPriceListNamesItsProgrammes() throws {
        let csv = """
        code,programme,name_sv,name_en,category,unit,price,currency,insurance
        101,,Undersökning,Examination,exam,visit,790,SEK,tlv=40
        ,tlv,Statligt tandvårdsstöd,State dental support,,,,,

        """
        let list = try PriceListLoader.readCSV(csv, fileName: "se.csv")
        #expect(list.services.map(\.code) == ["101"])
        #expect(list.programmes["tlv"]?.name(.sv) == "Statligt tandvårdsstöd")
        #expect(list.programmes["tlv"]?.name(.en) == "State dental support")
        #expect(list.programmes["tlv"]?.covers == ["101"])
        let unnamed = csv.replacingOccurrences(of: ",tlv,Statligt tandvårdsstöd,State dental support,,,,,\n", with: "")
        #expect(try PriceListLoader.readCSV(unnamed, fileName: "se.csv").programmes["tlv"]?.name(.sv) == "tlv")
        let uncovered = csv.replacingOccurrences(of: "SEK,tlv=40", with: "SEK,")
        #expect { try PriceListLoader.readCSV(uncovered, fileName: "se.csv") } throws: { error in
            (error as? InputError)?.description == "se.csv:3:2: [1].programme: programme tlv covers no service "
                + "(list it in a service's insurance column as tlv=co-payment)"
        }
        let priced = csv.replacingOccurrences(of: "State dental support,,,,,", with: "State dental support,,,100,,")
        #expect { try PriceListLoader.readCSV(priced, fileName: "se.csv") } throws: { error in
            (error as? InputError)?.description == "se.csv:3:52: [1].price: a row naming programme tlv holds only "
                + "programme and name columns"
        }
        // The shipped Swedish list names its programme.
        let shipped = try PriceListLoader.load(Fixtures.url("prices/se-clinic.csv"))
        #expect(shipped.programmes["hsk-50"]?.name(.sv) == "Högkostnadsskydd, 50 % ersättning")
    }

    @Test func sharedPriceDataLoadsAsCSV() throws {
        // The public lists in shared/data/prices use code,name,price,currency,unit,source: they
        // lack category, so they are references for building lists, not lists PlanPress reads.
        let header = "code,name,price,currency,unit,source\n1,x,10,SEK,per åtgärd,http://example\n"
        #expect { try PriceListLoader.readCSV(header, fileName: "s.csv") } throws: { error in
            (error as? InputError)?.message == "the header has no category column"
        }
    }
}
