import Graphics
import Layout

/// A PDF holding only text (for the text writer's tests and benchmark until the document writer exists), written by `PDFTextWriter` on `PDFObjectTable` and `PDFResources`: catalog,
/// page tree, one page per `Page` with the shared resource dictionary. Groups become `q cm … Q`; their clips
/// and every frame other than text are left out.
@_spi(Benchmarks)
public enum TextOnlyPDF {
    /// The file; with `fonts` false, only the content streams are written (no fonts, no file), to weigh them.
    public static func write(_ pages: [Page], fonts: Bool = true) throws(GraphicsError) -> [UInt8] {
        let objects = PDFObjectTable()
        let resources = PDFResources()
        let writer = PDFTextWriter(objects: objects, resources: resources)
        let catalog = objects.reserve(), tree = objects.reserve(), resourceObject = objects.reserve()
        var kids: [Int] = []
        for page in pages {
            var content = PDFContent()
            content.concatenate(AffineTransform(a: 1, b: 0, c: 0, d: -1, tx: 0, ty: page.size.height))
            try show(page.frames, writer: writer, into: &content)
            let stream = try objects.addStream("", data: content.bytes)
            kids.append(objects.add("<< /Type /Page /Parent \(tree) 0 R /MediaBox [0 0 \(PDFSyntax.number(page.size.width)) \(PDFSyntax.number(page.size.height))] /Resources \(resourceObject) 0 R /Contents \(stream) 0 R >>"))
        }
        guard fonts else { return [] }
        try writer.finish()
        objects.define(resourceObject, resources.dictionary)
        objects.define(tree, "<< /Type /Pages /Kids [\(kids.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(kids.count) >>")
        objects.define(catalog, "<< /Type /Catalog /Pages \(tree) 0 R >>")
        return try objects.file(version: "1.7", root: catalog, info: nil, id: String(repeating: "0", count: 32))
    }

    /// `frames` reduced to their text: groups kept with their transforms, clips and all else left out.
    public static func textFrames(_ frames: [Frame]) -> [Frame] {
        frames.compactMap { frame in
            switch frame {
            case .text: frame
            case let .group(transform, _, children): .group(transform: transform, clip: nil, children: textFrames(children))
            default: nil
            }
        }
    }

    private static func show(_ frames: [Frame], writer: PDFTextWriter, into content: inout PDFContent) throws(GraphicsError) {
        for frame in frames {
            switch frame {
            case let .text(block, origin, lines):
                try writer.show(block, lines: lines, at: origin, into: &content)
            case let .group(transform, _, children):
                content.append("q\n")
                content.concatenate(transform)
                try show(children, writer: writer, into: &content)
                content.append("Q\n")
            default:
                break
            }
        }
    }
}
