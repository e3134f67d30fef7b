/// The sections a template can list, in the order it lists them.
public enum BookletSection: String, Hashable, Sendable, CaseIterable {
    /// Clinic, patient, plan date, validity.
    case cover
    /// X-ray, photographs, the chart and the findings in plain words.
    case currentState = "current-state"
    /// One part per variant: goal, before/after charts, visit table, totals.
    case variants
    /// The variants side by side (left out when the case has one variant).
    case comparison
    /// Visits on a time line with healing intervals, and the payment schedule.
    case timeline
    /// Declined items and price overrides, with their written reasons.
    case justifications
    /// The chosen variant, signature lines and the fingerprint.
    case acceptance
}
