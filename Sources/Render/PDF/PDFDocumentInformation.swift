import Graphics

/// The Info dictionary from the document's `PDFMetadata` (dates from the input, so the same input gives the
/// same bytes), and for PDF/A-2b the XMP packet repeating it and the sRGB output intent.
struct PDFDocumentInformation {
    let metadata: PDFMetadata
    static let producer = "PlanPress"

    /// `<< /Title … /Producer (PlanPress) /CreationDate (D:…) … >>`.
    var dictionary: String {
        var entries: [String] = []
        let texts: [(String, String?)] = [("Title", metadata.title), ("Author", metadata.author), ("Subject", metadata.subject),
                                          ("Keywords", metadata.keywords), ("Creator", metadata.creator),
                                          ("Producer", Self.producer)]
        for case let (key, value?) in texts { entries.append("/\(key) \(PDFSyntax.textString(value))") }
        if let date = metadata.creationDate.flatMap(Self.pdfDate) {
            entries.append("/CreationDate (\(date))")
            entries.append("/ModDate (\(date))")
        }
        return "<< \(entries.joined(separator: " ")) >>"
    }

    /// The catalog entries of PDF/A-2b, their objects written into `objects`: /Metadata (the XMP of
    /// `PDFArchive`, uncompressed as PDF/A wants) and /OutputIntents (sRGB).
    func archivalEntries(objects: PDFObjectTable) throws(GraphicsError) -> [String] {
        let packet = PDFArchive(metadata: metadata).packet(producer: Self.producer)
        let xmp = try objects.addStream("/Type /Metadata /Subtype /XML", data: Array(packet.utf8), compress: false)
        let profile = try objects.addStream("/N 3", data: PackageResources.sRGB_icc)
        let intent = "<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1) /DestOutputProfile \(profile) 0 R >>"
        return ["/Metadata \(xmp) 0 R", "/OutputIntents [\(intent)]"]
    }

    /// An ISO 8601 date (`2026-11-23`, `2026-11-23T09:30:00Z`, `…+03:00`) in PDF's date syntax
    /// (`D:20261123093000Z`, `…+03'00'`); `nil` when it does not start with a date.
    static func pdfDate(_ iso: String) -> String? {
        let characters = Array(iso)
        var digits = ""
        var index = 0
        while index < characters.count, digits.count < 14 {
            let character = characters[index]
            if character.isASCII, character.isNumber { digits.append(character) }
            else if !"-T: ".contains(character) { break }
            index += 1
        }
        // Fractions of a second are not written.
        if index < characters.count, characters[index] == "." {
            index += 1
            while index < characters.count, characters[index].isNumber { index += 1 }
        }
        guard digits.count >= 8 else { return nil }
        var date = "D:" + digits
        let zone = String(characters[index...])
        if zone == "Z" {
            date += "Z"
        } else if zone.count == 6, let sign = zone.first, sign == "+" || sign == "-" {
            let parts = zone.dropFirst().split(separator: ":")
            if parts.count == 2 { date += "\(sign)\(parts[0])'\(parts[1])'" }
        }
        return date
    }
}
