/// The one resource dictionary every page and form of the file shares: fonts, images and forms, graphics
/// states and shadings, each named once for the whole document (`/F1`, `/X3`, `/G2`, `/S1`).
///
/// Sharing one dictionary keeps each page's resources out of the writing loop, never repeats a key (Cairo
/// 1.16 did), and lets a form drawn on many pages be named once. Names are handed out in order of first
/// use, so the same document gets the same names.
final class PDFResources {
    /// Each kind's entries in order: the name (without the slash) and the object it stands for.
    private(set) var fonts: [(name: String, object: Int)] = []
    private(set) var xObjects: [(name: String, object: Int)] = []
    private(set) var graphicsStates: [(name: String, object: Int)] = []
    private(set) var shadings: [(name: String, object: Int)] = []
    /// Graphics states made for an alpha pair, by their thousandths.
    private var alphaStates: [AlphaKey: String] = [:]

    private struct AlphaKey: Hashable { let fill: Int, stroke: Int }

    /// Names `object` as a font.
    func addFont(_ object: Int) -> String { add(object, prefix: "F", to: &fonts) }

    /// Names `object` as an image or form XObject.
    func addXObject(_ object: Int) -> String { add(object, prefix: "X", to: &xObjects) }

    /// Names `object` as a shading.
    func addShading(_ object: Int) -> String { add(object, prefix: "S", to: &shadings) }

    /// Names `object` as a graphics state (one made for a single use, such as a soft mask).
    func addGraphicsState(_ object: Int) -> String { add(object, prefix: "G", to: &graphicsStates) }

    /// The name of a graphics state with constant alpha `fill` (/ca) and `stroke` (/CA), written into
    /// `objects` the first time it is asked for.
    func alphaState(fill: Double, stroke: Double, objects: PDFObjectTable) -> String {
        let key = AlphaKey(fill: Int((fill * 1000).rounded()), stroke: Int((stroke * 1000).rounded()))
        if let name = alphaStates[key] { return name }
        let object = objects.add("<< /Type /ExtGState /ca \(PDFSyntax.number(fill)) /CA \(PDFSyntax.number(stroke)) >>")
        let name = add(object, prefix: "G", to: &graphicsStates)
        alphaStates[key] = name
        return name
    }

    /// The dictionary, written once as an object every page and form points to.
    var dictionary: String {
        func entries(_ key: String, _ list: [(name: String, object: Int)]) -> String {
            list.isEmpty ? "" : " /\(key) << " + list.map { "/\($0.name) \($0.object) 0 R" }.joined(separator: " ") + " >>"
        }
        return "<< /ProcSet [/PDF /Text /ImageB /ImageC]" + entries("Font", fonts) + entries("XObject", xObjects)
            + entries("ExtGState", graphicsStates) + entries("Shading", shadings) + " >>"
    }

    private func add(_ object: Int, prefix: String, to list: inout [(name: String, object: Int)]) -> String {
        let name = "\(prefix)\(list.count + 1)"
        list.append((name, object))
        return name
    }
}
