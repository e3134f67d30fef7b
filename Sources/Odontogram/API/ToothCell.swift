import DentalModel
import Graphics

/// Where one tooth sits in a chart. Every rectangle is inside `column`, and columns never overlap.
public struct ToothCell: Hashable, Sendable {
    /// The tooth.
    public let tooth: ToothNumber
    /// The tooth's whole slot: action marks, number, side view and occlusal view.
    public let column: Rect
    /// The tooth number.
    public let number: Rect
    /// The side view: crown and roots (roots towards the outside of the chart).
    public let side: Rect
    /// The occlusal or incisal face with its five surfaces.
    public let occlusal: Rect
    /// Room for action badges, when the chart reserves it.
    public let marks: Rect?
}
