import DentalModel
import Graphics
import Layout
import Odontogram
import PlanEngine

extension BookletContext {
    /// What variant `index` does, as the after-chart marks it: per-tooth actions with their visits, and
    /// whole-jaw or whole-mouth work (hygiene) once above the chart instead of on every tooth.
    func chartChanges(variant index: Int) -> ChartChanges {
        var actions: [ToothNumber: [PlannedAction]] = [:]
        var area: [PlannedAction] = []
        let visits = dentalCase.variants[index].visits
        for item in input.loaded.resolved[index] where !item.item.isDeclined {
            guard let effect = item.service.effect else { continue }
            let action = PlannedAction(kind: Self.kind(effect), visit: item.visit + 1,
                                       specialists: visits[item.visit].specialists.map(\.role))
            if item.item.teeth.isArea {
                if !area.contains(action) { area.append(action) }
            } else {
                for tooth in item.teeth { actions[tooth, default: []].append(action) }
            }
        }
        return ChartChanges(before: dentalCase.formula, actions: actions, areaActions: area, accent: accent(index))
    }

    private static func kind(_ action: TreatmentAction) -> ActionKind {
        switch action {
        case .extraction: return .extraction
        case .implant: return .implant
        case .crown: return .crown
        case .bridgeAbutment, .pontic: return .bridge
        case .veneer: return .veneer
        case .filling: return .filling
        case .inlay, .onlay: return .inlay
        case .endodontics: return .endodontics
        case .post: return .post
        case .hygiene: return .hygiene
        case .periodontal: return .periodontal
        }
    }

    /// The key to `charts`, built from what they draw: each state, work and badge pictured by the chart's
    /// own code beside its label in the booklet's language, in as many columns as the width holds.
    func legend(_ charts: [Odontogram], accent: Color = ChartPalette.planned) -> Block {
        let legend = ChartLegend(charts: charts, accent: accent)
        let style = styles.legend, locale = self.locale, text = self.text
        // A column is at least 17 ems wide, so most labels take one or two lines beside their picture.
        let columns = { (width: Length) in min(max(Int(width / (style.size * 17)), 1), 6) }
        // The pictures' strokes reach a little past their boxes: a point of room above and below.
        let room: Length = 1
        return .drawing(Drawing(heightForWidth: { width in
            ((try? legend.height(forWidth: width, locale: locale, text: text, style: style, columns: columns(width))) ?? 0)
                + 2 * room
        }) { rect in
            (try? legend.frames(in: Rect(x: rect.minX, y: rect.minY + room, width: rect.width, height: rect.height - 2 * room),
                                locale: locale, text: text, style: style, columns: columns(rect.width))) ?? []
        })
    }
}
