import DentalModel
import Graphics

/// What turns a chart into an after-chart: the state before treatment (work absent from it is drawn as
/// planned, in green), the actions per tooth with their visits, and actions on a whole jaw or mouth.
///
/// Teeth whose record differs from `before`, or that have actions, are highlighted in `accent`.
public struct ChartChanges: Hashable, Sendable {
    /// The formula before treatment.
    public var before: DentalFormula
    /// Actions per tooth, in visit order.
    public var actions: [ToothNumber: [PlannedAction]]
    /// Actions on a jaw or the whole mouth (hygiene, for instance), shown once above the chart.
    public var areaActions: [PlannedAction]
    /// The variant's accent: highlight of changed teeth and the action badges.
    public var accent: Color
    /// Per tooth, the work the variant places that repeats work of the same kind and material already
    /// there (a re-treated root canal, a new crown for an old one): it is drawn as planned all the same.
    public var newWork: [ToothNumber: [Restoration]]

    /// Creates the changes of one variant.
    public init(before: DentalFormula, actions: [ToothNumber: [PlannedAction]] = [:],
                areaActions: [PlannedAction] = [], newWork: [ToothNumber: [Restoration]] = [:],
                accent: Color = ChartPalette.planned) {
        self.before = before
        self.actions = actions
        self.areaActions = areaActions
        self.newWork = newWork
        self.accent = accent
    }
}
