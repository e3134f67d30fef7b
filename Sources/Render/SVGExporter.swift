import Graphics
import Layout

/// Writes one page as an SVG image in points, for the web: each image is carried once, at the largest
/// size the page shows it (`Context.svgPixelsPerPoint`), not as the whole original file. The same page gives
/// the same bytes however many pages the process wrote before (`ProcessWideIDs`).
public struct SVGExporter {
    /// An exporter.
    public init() {}

    /// The SVG of `page`.
    public func export(_ page: Page) throws(GraphicsError) -> [UInt8] {
        let sink = ByteSink()
        let surface = try Surface.svg(size: page.size, into: sink)
        let context = try Context(surface: surface)
        var widths: [ObjectIdentifier: Int] = [:]
        Self.collectImageWidths(in: page.frames, toPage: .identity, into: &widths)
        try FramePainter(context: context, svgImageWidths: widths).paint(page.frames)
        try context.checkStatus("paint SVG")
        try surface.finish()
        return ProcessWideIDs.renumbered(sink.bytes)
    }

    /// The pixels across of the largest place each image of `frames` is shown (frames mapped to the page
    /// by `toPage`), so one picture serves every place.
    private static func collectImageWidths(in frames: [Frame], toPage: AffineTransform,
                                           into widths: inout [ObjectIdentifier: Int]) {
        for frame in frames {
            switch frame {
            case let .image(image, rect, _):
                let (dx, dy) = (toPage.a * rect.width, toPage.b * rect.width)
                let pixels = Context.svgPixels(forWidth: (dx * dx + dy * dy).squareRoot())
                widths[ObjectIdentifier(image)] = max(widths[ObjectIdentifier(image)] ?? 0, pixels)
            case let .group(transform, _, children):
                collectImageWidths(in: children, toPage: transform.concatenating(toPage), into: &widths)
            default:
                continue
            }
        }
    }
}

/// Cairo names an SVG's images and its page group after the surfaces they came from (`image7`,
/// `surface12`), numbered by a counter of the whole process, so a page exported again by a service came out
/// with other names. `renumbered` numbers each kind from 1 in the order the names first appear, in the
/// places Cairo writes them: `id="…"`, `href="#…"` and `url(#…)`.
enum ProcessWideIDs {
    private static let kinds: [[UInt8]] = [Array("image".utf8), Array("surface".utf8)]
    private static let quote = UInt8(ascii: "\""), hash = UInt8(ascii: "#"), closingParenthesis = UInt8(ascii: ")")

    static func renumbered(_ svg: [UInt8]) -> [UInt8] {
        var numbers: [[UInt8]: Int] = [:]
        var counts = [Int](repeating: 0, count: kinds.count)
        var output: [UInt8] = []
        output.reserveCapacity(svg.count)
        var index = 0
        while index < svg.count {
            let byte = svg[index]
            output.append(byte)
            index += 1
            guard byte == quote || byte == hash else { continue }
            for (kindIndex, kind) in kinds.enumerated() where svg[index...].starts(with: kind) {
                let digits = index + kind.count
                var end = digits
                while end < svg.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(svg[end]) { end += 1 }
                guard end > digits, end < svg.count, svg[end] == quote || svg[end] == closingParenthesis else { break }
                let name = Array(svg[index..<end])
                let number: Int
                if let known = numbers[name] {
                    number = known
                } else {
                    counts[kindIndex] += 1
                    number = counts[kindIndex]
                    numbers[name] = number
                }
                output += kind + Array(String(number).utf8)
                index = end
                break
            }
        }
        return output
    }
}
