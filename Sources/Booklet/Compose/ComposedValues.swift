import Odontogram

/// Values several sections of one booklet ask for, each computed the first time it is asked for and kept
/// until the booklet is composed: the charts (a chart works out every tooth's look) and what each variant
/// changes in words (the change list, the charts' alternative text and the key read it). One per
/// `BookletContext`, shared by its copies.
final class ComposedValues {
    /// The chart of the teeth today.
    var currentChart: Odontogram?
    /// The chart after each variant, by the variant's index in the case.
    var afterCharts: [Int: Odontogram] = [:]
    /// What each variant changes, by the variant's index in the case.
    var changeLines: [Int: [ChangeLines.Line]] = [:]
}
