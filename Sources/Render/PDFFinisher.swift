import CQPDF
import Graphics

/// Finishes the PDF Cairo wrote, in memory, with libqpdf: what Cairo 1.16 cannot write itself.
///
/// - rewrites the file, so every dictionary holds each key once (Cairo repeats the XObject resources of
///   pages that paint the same form twice), in object streams, with an /ID computed from the content, so
///   the same input gives the same bytes;
/// - declares each page's TrimBox (the finished page) and BleedBox (the whole sheet);
/// - the document's language, each Figure's alternative text and each header cell's scope in the
///   structure tree Cairo wrote from the layout's roles;
/// - for PDF/A-2b, the XMP metadata with the PDF/A identification, an sRGB output intent and printable
///   link annotations.
@_spi(Benchmarks)
public struct PDFFinisher {
    /// The finished page of each page in the file, in Cairo's coordinates (points, origin top-left), and
    /// the page's height; `nil` when the page is the finished page.
    var trimBoxes: [(trim: Rect?, size: Size)]
    /// The document's language (BCP 47, `ru`), if known.
    var language: String?
    /// The alternative text of each Figure structure element, in the order they were opened.
    var figureAlternatives: [String]
    /// The XMP packet to embed when the file is to be PDF/A-2b, `nil` otherwise.
    var archive: PDFArchive?

    /// The finished file.
    public func finish(_ bytes: [UInt8]) throws(GraphicsError) -> [UInt8] {
        var handle = qpdf_init()
        defer { qpdf_cleanup(&handle) }
        guard let qpdf = handle else { throw .invalidOutput("libqpdf could not start") }
        qpdf_silence_errors(qpdf)
        // Cairo's repeated resource entries are read with a warning each; the rewrite drops the repeats.
        qpdf_set_suppress_warnings(qpdf, QPDF_TRUE)
        let read = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { qpdf_read_memory(qpdf, "booklet.pdf", $0.baseAddress, UInt64($0.count), nil) }
        }
        try check(qpdf, read, "read the PDF Cairo wrote")
        setPageBoxes(qpdf)
        let root = qpdf_get_root(qpdf)
        if let language { qpdf_oh_replace_key(qpdf, root, "/Lang", qpdf_oh_new_unicode_string(qpdf, language)) }
        let tree = qpdf_oh_get_key(qpdf, root, "/StructTreeRoot")
        if qpdf_oh_is_dictionary(qpdf, tree) == QPDF_TRUE {
            qpdf_oh_replace_key(qpdf, root, "/MarkInfo", qpdf_oh_parse(qpdf, "<< /Marked true >>"))
            var figures = figureAlternatives[...]
            completeStructure(qpdf, qpdf_oh_get_key(qpdf, tree, "/K"), figures: &figures)
            gatherIntoDocument(qpdf, tree: tree)
        }
        if let archive { archive.apply(to: qpdf, root: root) }
        try check(qpdf, qpdf_has_error(qpdf) == QPDF_TRUE ? CQPDF_ERRORS : QPDF_SUCCESS, "finish the PDF")

        try check(qpdf, qpdf_init_write_memory(qpdf), "write the PDF")
        qpdf_set_object_stream_mode(qpdf, qpdf_o_generate)
        qpdf_set_deterministic_ID(qpdf, QPDF_TRUE)
        if archive != nil { qpdf_set_minimum_pdf_version(qpdf, "1.7") }
        try check(qpdf, qpdf_write(qpdf), "write the PDF")
        guard let buffer = qpdf_get_buffer(qpdf) else { throw .invalidOutput("libqpdf wrote no PDF") }
        return Array(UnsafeBufferPointer(start: buffer, count: Int(qpdf_get_buffer_length(qpdf))))
    }

    /// TrimBox and BleedBox on every page: the trimmed page within the bleed, or the whole page.
    private func setPageBoxes(_ qpdf: qpdf_data) {
        for (index, page) in trimBoxes.enumerated() {
            let handle = qpdf_get_page_n(qpdf, index)
            let sheet = Rect(origin: .zero, size: page.size)
            let trim = page.trim ?? sheet
            // PDF boxes count up from the bottom-left corner.
            let box = { (rect: Rect) in
                "[\(Self.number(rect.minX)) \(Self.number(page.size.height - rect.maxY)) \(Self.number(rect.maxX)) \(Self.number(page.size.height - rect.minY))]"
            }
            qpdf_oh_replace_key(qpdf, handle, "/TrimBox", qpdf_oh_parse(qpdf, box(trim)))
            qpdf_oh_replace_key(qpdf, handle, "/BleedBox", qpdf_oh_parse(qpdf, box(sheet)))
        }
    }

    /// Walks the structure elements under `kids` in order: each Figure takes the next alternative text,
    /// each header cell says it heads its column.
    private func completeStructure(_ qpdf: qpdf_data, _ kids: qpdf_oh, figures: inout ArraySlice<String>) {
        if qpdf_oh_is_array(qpdf, kids) == QPDF_TRUE {
            for index in 0..<qpdf_oh_get_array_n_items(qpdf, kids) {
                completeStructure(qpdf, qpdf_oh_get_array_item(qpdf, kids, index), figures: &figures)
            }
            return
        }
        guard qpdf_oh_is_dictionary(qpdf, kids) == QPDF_TRUE, qpdf_oh_has_key(qpdf, kids, "/S") == QPDF_TRUE else { return }
        switch String(cString: qpdf_oh_get_name(qpdf, qpdf_oh_get_key(qpdf, kids, "/S"))) {
        case "/Figure":
            if let words = figures.popFirst() {
                qpdf_oh_replace_key(qpdf, kids, "/Alt", qpdf_oh_new_unicode_string(qpdf, words))
            }
        case "/TH":
            qpdf_oh_replace_key(qpdf, kids, "/A", qpdf_oh_parse(qpdf, "<< /O /Table /Scope /Column >>"))
        default:
            break
        }
        completeStructure(qpdf, qpdf_oh_get_key(qpdf, kids, "/K"), figures: &figures)
    }

    /// Puts the elements at the top of the structure tree under one Document element. (Cairo 1.16 cannot
    /// end an element that spans pages on a page that paints a recording or an image.)
    private func gatherIntoDocument(_ qpdf: qpdf_data, tree: qpdf_oh) {
        var kids = qpdf_oh_get_key(qpdf, tree, "/K")
        if qpdf_oh_is_dictionary(qpdf, kids) == QPDF_TRUE { kids = qpdf_oh_wrap_in_array(qpdf, kids) }
        guard qpdf_oh_is_array(qpdf, kids) == QPDF_TRUE else { return }
        let document = qpdf_make_indirect_object(qpdf, qpdf_oh_parse(qpdf, "<< /Type /StructElem /S /Document >>"))
        qpdf_oh_replace_key(qpdf, document, "/P", tree)
        qpdf_oh_replace_key(qpdf, document, "/K", kids)
        for index in 0..<qpdf_oh_get_array_n_items(qpdf, kids) {
            qpdf_oh_replace_key(qpdf, qpdf_oh_get_array_item(qpdf, kids, index), "/P", document)
        }
        qpdf_oh_replace_key(qpdf, tree, "/K", document)
    }

    /// `value` in PDF syntax, to a thousandth of a point.
    static func number(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let sign = thousandths < 0 ? "-" : ""
        let whole = abs(thousandths) / 1000, fraction = abs(thousandths) % 1000
        guard fraction != 0 else { return "\(sign)\(whole)" }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 3 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(sign)\(whole).\(digits)"
    }

    /// Throws with libqpdf's message unless `code` says success (warnings are fine).
    private func check(_ qpdf: qpdf_data, _ code: QPDF_ERROR_CODE, _ operation: String) throws(GraphicsError) {
        guard code & CQPDF_ERRORS != 0 || qpdf_has_error(qpdf) == QPDF_TRUE else { return }
        let message = qpdf_get_error(qpdf).map { String(cString: qpdf_get_error_full_text(qpdf, $0)) } ?? "unknown error"
        throw .invalidOutput("\(operation): \(message)")
    }
}
