import Foundation
import Graphics

/// The XMP packet that makes a PDF/A-2b file say so: the PDF/A identification and the Info entries repeated
/// in their XMP properties (the writer adds the sRGB output intent and marks links printable).
struct PDFArchive {
    /// The document's Info entries, repeated in the XMP.
    var metadata: PDFMetadata

    /// The XMP packet: PDF/A-2b identification and the Info entries in their XMP properties.
    func packet(producer: String) -> String {
        var properties = [
            "<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
            "<dc:format>application/pdf</dc:format>",
            "<pdf:Producer>\(Self.escape(producer))</pdf:Producer>",
        ]
        if let title = metadata.title {
            properties.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">\(Self.escape(title))</rdf:li></rdf:Alt></dc:title>")
        }
        if let author = metadata.author {
            properties.append("<dc:creator><rdf:Seq><rdf:li>\(Self.escape(author))</rdf:li></rdf:Seq></dc:creator>")
        }
        if let subject = metadata.subject {
            properties.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">\(Self.escape(subject))</rdf:li></rdf:Alt></dc:description>")
        }
        if let keywords = metadata.keywords { properties.append("<pdf:Keywords>\(Self.escape(keywords))</pdf:Keywords>") }
        if let creator = metadata.creator { properties.append("<xmp:CreatorTool>\(Self.escape(creator))</xmp:CreatorTool>") }
        if let date = metadata.creationDate {
            properties.append("<xmp:CreateDate>\(Self.escape(date))</xmp:CreateDate>")
            properties.append("<xmp:ModifyDate>\(Self.escape(date))</xmp:ModifyDate>")
        }
        return """
            <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" \
            xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            \(properties.joined(separator: "\n"))
            </rdf:Description>
            </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """
    }

    /// `text` safe inside XML element content.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
