/// How much the current state, each variant and the comparison show: everything, for paper, or one
/// screen each, for the chair.
public enum SectionLayout: String, Hashable, Sendable, CaseIterable {
    /// Every detail: findings in words, itemised visit tables, specialists; pages as many as needed.
    case full
    /// Screens to talk over: the current state on two (X-ray and photos; the chart with its key), each
    /// variant on one (charts, total, time, warranty, visits as a short list), the comparison on one.
    case summary
}
