/// The columns a template can show in a variant's visit table, in the order it lists them.
public enum VisitColumn: String, Hashable, Sendable, CaseIterable {
    /// The teeth the line is about.
    case teeth
    /// The problem, in the patient's words.
    case problem
    /// What is done and why.
    case solution
    /// The price-list code (small).
    case code
    /// Units × unit price.
    case quantity
    /// The line's amount.
    case price
}
