import DentalModel
import Foundation
import Testing

@Suite("Money, dates and plurals")
struct MoneyTests {
    @Test func parsesDecimalStringsExactly() throws {
        #expect(Money("12500", currency: .rub)?.minorUnits == 1_250_000)
        #expect(Money("42.24", currency: .rub)?.minorUnits == 4224)
        #expect(Money("0.1", currency: .eur)?.minorUnits == 10)
        #expect(Money("-3.5", currency: .sek)?.decimalString == "-3.50")
        #expect(Money("42.245", currency: .rub) == nil, "more decimals than the minor unit is refused, not rounded")
        #expect(Money("42.240", currency: .rub)?.minorUnits == 4224)
        #expect(DecimalText("999999999999999.999")?.significand == 999_999_999_999_999_999)
        #expect(DecimalText("9999999999999999") == nil)
        #expect(DecimalText("1.0001") == nil)
        for bad in ["", "1e3", "1,5", "12 500", "0x10", ".5", "5.", "NaN", "1_000"] {
            #expect(Money(bad, currency: .eur) == nil, "\(bad)")
        }
        // 0.1 + 0.2 is exactly 0.3 (it is not in binary floating point).
        let tenth = try #require(Money("0.1", currency: .eur)), fifth = try #require(Money("0.2", currency: .eur))
        #expect(tenth.adding(fifth) == Money("0.3", currency: .eur))
        #expect(try #require(Money("12500.5", currency: .rub)).decimal == Decimal(string: "12500.5"))
    }

    @Test func sharesRoundHalfToEven() throws {
        let percent = try #require(Percentage("50"))
        #expect(Money(minorUnits: 5, currency: .eur).share(percent)?.minorUnits == 2)   // 2.5 → 2
        #expect(Money(minorUnits: 7, currency: .eur).share(percent)?.minorUnits == 4)   // 3.5 → 4
        #expect(Money(minorUnits: -5, currency: .eur).share(percent)?.minorUnits == -2)
        let third = try #require(Percentage("33.33"))
        #expect(Money(minorUnits: 10_000, currency: .eur).share(third)?.minorUnits == 3333)
        #expect(Percentage("100.5") == nil)
        #expect(Percentage("12.5")?.description == "12.5")
        #expect(Percentage(part: 2, of: 3)?.description == "66.67")
    }

    @Test func formatsPerLocaleByteForByte() throws {
        let whole = try #require(Money("12500", currency: .rub))
        let cents = try #require(Money("12500.5", currency: .rub))
        #expect(whole.formatted(.ru) == "12\u{202F}500\u{00A0}₽")
        #expect(cents.formatted(.ru) == "12\u{202F}500,50\u{00A0}₽")
        let euros = try #require(Money("1250", currency: .eur))
        #expect(euros.formatted(.fr) == "1\u{202F}250,00\u{00A0}€")
        #expect(euros.formatted(.en) == "€1,250.00")
        #expect(whole.formatted(.en) == "RUB 12,500")
        let kronor = try #require(Money("12500", currency: .sek))
        #expect(kronor.formatted(.sv) == "12\u{00A0}500\u{00A0}kr")
        #expect(try #require(Money("1234567.05", currency: .sek)).formatted(.sv) == "1\u{00A0}234\u{00A0}567,05\u{00A0}kr")
        #expect(try #require(Money("-5", currency: .eur)).formatted(.en) == "\u{2212}€5.00")
        #expect(try #require(Money("999", currency: .rub)).formatted(.ru) == "999\u{00A0}₽")
    }

    /// Percentages and plain numbers use the same separators as money, in every locale.
    @Test func formatsPercentagesAndNumbersPerLocale() throws {
        let third = try #require(Percentage("33.33")), ten = try #require(Percentage("10")), half = try #require(Percentage("12.5"))
        #expect(third.formatted(.ru) == "33,33\u{00A0}%")
        #expect(ten.formatted(.sv) == "10\u{00A0}%")
        #expect(half.formatted(.fr) == "12,5\u{202F}%")
        #expect(half.formatted(.en) == "12.5%")
        #expect(NumberFormat.integer(12_500, .ru) == "12\u{202F}500")
        #expect(NumberFormat.integer(12_500, .sv) == "12\u{00A0}500")
        #expect(NumberFormat.integer(-1_234_567, .en) == "\u{2212}1,234,567")
        #expect(NumberFormat.integer(999, .fr) == "999")
    }

    @Test func formatsDatesPerLocale() throws {
        let date = try #require(CalendarDate(iso: "2026-11-23"))
        #expect(date.formatted(.ru) == "23 ноября 2026 г.")
        #expect(date.formatted(.fr) == "23 novembre 2026")
        #expect(date.formatted(.sv) == "23 november 2026")
        #expect(date.formatted(.en) == "23 November 2026")
        #expect(CalendarDate(iso: "2026-02-29") == nil)
        #expect(CalendarDate(iso: "2028-02-29") != nil)
        #expect(CalendarDate(iso: "26-11-23") == nil)
        #expect(try #require(CalendarDate(iso: "1970-01-02")).dayNumber == 1)
    }

    @Test func pluralCategories() throws {
        let teeth = PluralForms(one: "зуб", few: "зуба", many: "зубов")
        #expect([1, 2, 5, 11, 12, 21, 22, 25, 101, 111, 0].map { teeth.form(for: $0, in: .ru) }
                == ["зуб", "зуба", "зубов", "зубов", "зубов", "зуб", "зуба", "зубов", "зуб", "зубов", "зубов"])
        #expect(PluralCategory.of(0, in: .fr) == .one)
        #expect(PluralCategory.of(0, in: .en) == .other)
        #expect(PluralCategory.of(1, in: .sv) == .one)
        #expect(PluralForms(one: "tooth", other: "teeth").form(for: 2, in: .en) == "teeth")
    }
}
