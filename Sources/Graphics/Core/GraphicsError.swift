/// What can go wrong below the layout: a Cairo status, a font set-up problem, or an image that cannot be used.
///
/// Every message is short and names the thing at fault, so the CLI and the service can show it as is.
public enum GraphicsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Cairo reported a non-success status while doing `operation`.
    case cairo(operation: String, status: String)
    /// The font folder is missing, empty or unreadable.
    case fonts(String)
    /// An image could not be read or is not acceptable; `source` names the file or the key it came from.
    case image(source: String, problem: String)
    /// An image is over a size limit (`ImageLimits` or Cairo's side limit), known from its header alone.
    case imageTooLarge(source: String, problem: String)
    /// A request for output that cannot be produced (bad size, bad page, bad dpi…).
    case invalidOutput(String)
    /// The render's `Deadline` passed before it finished; it stopped between two steps.
    case deadlinePassed

    public var description: String {
        switch self {
        case let .cairo(operation, status): "cairo: \(operation) failed: \(status)"
        case let .fonts(problem): "fonts: \(problem)"
        case let .image(source, problem), let .imageTooLarge(source, problem): "\(source): \(problem)"
        case let .invalidOutput(problem): problem
        case .deadlinePassed: "the render's deadline passed"
        }
    }
}
