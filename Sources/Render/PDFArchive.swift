import CQPDF
import Foundation
import Graphics

/// What makes a PDF a PDF/A-2b file beyond what Cairo writes (fonts embedded and subset, no encryption,
/// no JavaScript): XMP metadata that repeats the Info dictionary and names the conformance, an sRGB
/// output intent, and link annotations marked printable.
struct PDFArchive {
    /// The document's Info entries, repeated in the XMP.
    var metadata: PDFMetadata
    /// The Info dictionary's Producer as Cairo writes it, which the XMP must repeat exactly.
    static let producerKey = "/Producer"

    /// Adds the XMP, the output intent and the annotation flags to the file `qpdf` holds.
    func apply(to qpdf: qpdf_data, root: qpdf_oh, update: inout PDFIncrementalUpdate) {
        let producer = String(cString: qpdf_get_info_key(qpdf, Self.producerKey))
        let metadata = update.add(qpdf_oh_parse(qpdf, "<< /Type /Metadata /Subtype /XML >>"),
                                  data: Array(packet(producer: producer).utf8))
        qpdf_oh_replace_key(qpdf, root, "/Metadata", metadata)

        let profile = update.add(qpdf_oh_parse(qpdf, "<< /N 3 >>"), data: PackageResources.sRGB_icc)
        let intent = qpdf_oh_parse(qpdf, "<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1) >>")
        qpdf_oh_replace_key(qpdf, intent, "/DestOutputProfile", profile)
        let intents = qpdf_oh_new_array(qpdf)
        qpdf_oh_append_item(qpdf, intents, intent)
        qpdf_oh_replace_key(qpdf, root, "/OutputIntents", intents)

        for index in 0..<qpdf_get_num_pages(qpdf) {
            let page = qpdf_get_page_n(qpdf, Int(index))
            let annotations = qpdf_oh_get_key(qpdf, page, "/Annots")
            guard qpdf_oh_is_array(qpdf, annotations) == QPDF_TRUE else { continue }
            for item in 0..<qpdf_oh_get_array_n_items(qpdf, annotations) {
                // PDF/A: an annotation is printed (flag 3) and never hidden.
                let annotation = qpdf_oh_get_array_item(qpdf, annotations, item)
                qpdf_oh_replace_key(qpdf, annotation, "/F", qpdf_oh_new_integer(qpdf, 4))
                update.changed(annotation, in: page)
            }
        }
    }

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
