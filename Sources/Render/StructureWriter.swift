import Graphics
import Layout

/// Turns the structure roles met while painting into tagged-PDF structure elements (Cairo's tag API),
/// in painting order, which layout keeps equal to the visual reading order.
///
/// Nothing is written inside an opaque role (a figure is read as its alternative text, an artifact not at
/// all), and a paragraph inside a role that holds text (a heading, a table cell) is not a paragraph of
/// its own. Cairo 1.16 takes no attributes on structure elements, so each figure's alternative text is
/// kept, in the order the figures were opened, for `PDFFinisher` to set.
final class StructureWriter {
    private let context: Context
    /// The open roles, innermost last, each with the element written for it (`nil` when none was).
    private var open: [(role: StructureRole, element: String?)] = []
    /// The alternative texts of the figures written so far, in order.
    private(set) var figureAlternatives: [String] = []

    init(context: Context) {
        self.context = context
    }

    /// Opens `role`.
    func begin(_ role: StructureRole) {
        let element = element(for: role)
        if let element {
            context.beginStructure(element)
            if case let .figure(words) = role { figureAlternatives.append(words) }
        }
        open.append((role, element))
    }

    /// Closes the innermost open role.
    func end() {
        guard let last = open.popLast() else { return }
        if let element = last.element { context.endStructure(element) }
    }

    /// Closes the roles still open (a page's frames end with every role closed; this is the safety net).
    func endAll() {
        while !open.isEmpty { end() }
    }

    /// The structure element `role` is written as here, or `nil` when it is written as none.
    private func element(for role: StructureRole) -> String? {
        if open.contains(where: { $0.role.isOpaque }) { return nil }
        if role == .paragraph, open.contains(where: { $0.element != nil && $0.role.holdsText }) { return nil }
        switch role {
        case .paragraph: return "P"
        case let .heading(level): return "H\(min(max(level, 1), 6))"
        case .caption: return "Caption"
        case .list: return "L"
        case .listItem: return "LI"
        case .listLabel: return "Lbl"
        case .listBody: return "LBody"
        case .table: return "Table"
        case .tableRow: return "TR"
        case .headerCell: return "TH"
        case .dataCell: return "TD"
        case .figure: return "Figure"
        case .artifact: return nil
        }
    }
}
