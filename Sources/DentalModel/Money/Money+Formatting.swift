extension Money {
    /// The amount as the booklet prints it in `locale`, its digits grouped by `NumberFormat`:
    ///
    /// | locale | example | rules |
    /// |---|---|---|
    /// | ru | `12 500 ₽`, `12 500,50 ₽` | U+202F groups, `,` decimals only when not whole, U+00A0 then symbol |
    /// | fr | `1 250,00 €` | U+202F groups, always `,` and all decimals, U+00A0 then symbol |
    /// | sv | `12 500 kr`, `12 500,50 kr` | U+00A0 groups, `,` decimals only when not whole, U+00A0 then symbol |
    /// | en | `€1,250.00`, `RUB 12,500` | `,` groups; €/$/£ prefixed with all decimals, other currencies as code and space, decimals only when not whole |
    ///
    /// Negative amounts start with U+2212 MINUS SIGN.
    public func formatted(_ locale: CaseLocale) -> String {
        let digits = currency.minorUnitDigits
        var divisor: UInt64 = 1
        for _ in 0..<digits { divisor *= 10 }
        let magnitude = minorUnits.magnitude
        let whole = magnitude / divisor, part = magnitude % divisor
        let partText = String(repeating: "0", count: max(0, digits - String(part).count)) + String(part)
        let sign = minorUnits < 0 ? "\u{2212}" : ""
        let nbsp = "\u{00A0}"

        switch locale {
        case .ru, .sv:
            let decimals = (part == 0 || digits == 0) ? "" : partText
            return sign + NumberFormat.number(whole, decimals: decimals, locale) + nbsp + currency.symbol
        case .fr:
            let decimals = digits == 0 ? "" : partText
            return sign + NumberFormat.number(whole, decimals: decimals, locale) + nbsp + currency.symbol
        case .en:
            if ["EUR", "USD", "GBP"].contains(currency.code) {
                let decimals = digits == 0 ? "" : partText
                return sign + currency.symbol + NumberFormat.number(whole, decimals: decimals, locale)
            }
            let decimals = (part == 0 || digits == 0) ? "" : partText
            return currency.code + " " + sign + NumberFormat.number(whole, decimals: decimals, locale)
        }
    }
}
