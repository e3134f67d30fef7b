import DentalModel
import Graphics
import Layout
import PlanEngine

/// Why a render failed. `description` is one short line that names the file at fault and the problem,
/// fit to print as is on a terminal or to return from the service.
public enum PlanPressError: Error, CustomStringConvertible {
    /// The case (or its price list) could not be read or is not valid.
    case input(InputError)
    /// An image, a font or Cairo failed, or the output asked for cannot be produced.
    case graphics(GraphicsError)
    /// The content does not fit the page template.
    case layout(LayoutError)
    /// `Fonts/` and `Templates/` could not be found.
    case resources(String)
    /// An option has a value that cannot be used.
    case option(String)
    /// The output file could not be written.
    case output(path: String, problem: String)
    /// The clinic's protocol finds errors in the plan, so no patient booklet is made. `report` lists every
    /// finding as `planpress validate` prints it, then its summary line; `findings` are the same as values.
    case protocolErrors(report: String, findings: [ProtocolFinding])

    public var description: String {
        switch self {
        case let .input(error): error.description
        case let .graphics(error): error.description
        case let .layout(error): "layout: \(error)"
        case let .resources(problem): "resources: \(problem)"
        case let .option(problem): problem
        case let .output(path, problem): "\(path): \(problem)"
        case let .protocolErrors(report, _): report
        }
    }
}
