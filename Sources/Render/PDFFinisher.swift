import CQPDF
import Graphics

/// Finishes the PDF Cairo wrote, in memory, with libqpdf: what Cairo 1.16 cannot write itself, appended
/// to Cairo's file as an incremental update (`PDFIncrementalUpdate`), which only adds to the bytes, so the
/// same input gives the same bytes:
///
/// - an /ID made from Cairo's bytes;
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
        // Cairo's repeated resource entries are read with a warning each; harmless, and the update only appends.
        qpdf_set_suppress_warnings(qpdf, QPDF_TRUE)
        let read = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { qpdf_read_memory(qpdf, "booklet.pdf", $0.baseAddress, UInt64($0.count), nil) }
        }
        try check(qpdf, read, "read the PDF Cairo wrote")
        var update = PDFIncrementalUpdate(qpdf)
        setPageBoxes(qpdf, &update)
        let root = qpdf_get_root(qpdf)
        update.changed(root)
        if let language { qpdf_oh_replace_key(qpdf, root, "/Lang", qpdf_oh_new_unicode_string(qpdf, language)) }
        let tree = qpdf_oh_get_key(qpdf, root, "/StructTreeRoot")
        if qpdf_oh_is_dictionary(qpdf, tree) == QPDF_TRUE {
            qpdf_oh_replace_key(qpdf, root, "/MarkInfo", qpdf_oh_parse(qpdf, "<< /Marked true >>"))
            var figures = figureAlternatives[...]
            completeStructure(qpdf, qpdf_oh_get_key(qpdf, tree, "/K"), in: tree, figures: &figures, update: &update)
            gatherIntoDocument(qpdf, tree: tree, update: &update)
        }
        if let archive { archive.apply(to: qpdf, root: root, update: &update) }
        try check(qpdf, qpdf_has_error(qpdf) == QPDF_TRUE ? CQPDF_ERRORS : QPDF_SUCCESS, "finish the PDF")
        // PDF/A-2 is built on PDF 1.7.
        let output = try update.appended(to: bytes, version: archive == nil ? nil : "1.7")
        try check(qpdf, qpdf_has_error(qpdf) == QPDF_TRUE ? CQPDF_ERRORS : QPDF_SUCCESS, "write the PDF")
        return output
    }

    /// TrimBox and BleedBox on every page: the trimmed page within the bleed, or the whole page.
    private func setPageBoxes(_ qpdf: qpdf_data, _ update: inout PDFIncrementalUpdate) {
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
            update.changed(handle)
        }
    }

    /// Walks the structure elements under `kids`, held by the indirect object `owner`, in order: each
    /// Figure takes the next alternative text, each header cell says it heads its column.
    private func completeStructure(_ qpdf: qpdf_data, _ kids: qpdf_oh, in owner: qpdf_oh, figures: inout ArraySlice<String>,
                                   update: inout PDFIncrementalUpdate) {
        let owner = qpdf_oh_is_indirect(qpdf, kids) == QPDF_TRUE ? kids : owner
        if qpdf_oh_is_array(qpdf, kids) == QPDF_TRUE {
            for index in 0..<qpdf_oh_get_array_n_items(qpdf, kids) {
                completeStructure(qpdf, qpdf_oh_get_array_item(qpdf, kids, index), in: owner, figures: &figures, update: &update)
            }
            return
        }
        guard qpdf_oh_is_dictionary(qpdf, kids) == QPDF_TRUE, qpdf_oh_has_key(qpdf, kids, "/S") == QPDF_TRUE else { return }
        switch String(cString: qpdf_oh_get_name(qpdf, qpdf_oh_get_key(qpdf, kids, "/S"))) {
        case "/Figure":
            if let words = figures.popFirst() {
                qpdf_oh_replace_key(qpdf, kids, "/Alt", qpdf_oh_new_unicode_string(qpdf, words))
                update.changed(kids, in: owner)
            }
        case "/TH":
            qpdf_oh_replace_key(qpdf, kids, "/A", qpdf_oh_parse(qpdf, "<< /O /Table /Scope /Column >>"))
            update.changed(kids, in: owner)
        default:
            break
        }
        completeStructure(qpdf, qpdf_oh_get_key(qpdf, kids, "/K"), in: owner, figures: &figures, update: &update)
    }

    /// Puts the elements at the top of the structure tree under one Document element. (Cairo 1.16 cannot
    /// end an element that spans pages on a page that paints a recording or an image.)
    private func gatherIntoDocument(_ qpdf: qpdf_data, tree: qpdf_oh, update: inout PDFIncrementalUpdate) {
        var kids = qpdf_oh_get_key(qpdf, tree, "/K")
        if qpdf_oh_is_dictionary(qpdf, kids) == QPDF_TRUE { kids = qpdf_oh_wrap_in_array(qpdf, kids) }
        guard qpdf_oh_is_array(qpdf, kids) == QPDF_TRUE else { return }
        let element = qpdf_oh_parse(qpdf, "<< /Type /StructElem /S /Document >>")
        qpdf_oh_replace_key(qpdf, element, "/P", tree)
        qpdf_oh_replace_key(qpdf, element, "/K", kids)
        let document = update.add(element)
        for index in 0..<qpdf_oh_get_array_n_items(qpdf, kids) {
            let kid = qpdf_oh_get_array_item(qpdf, kids, index)
            qpdf_oh_replace_key(qpdf, kid, "/P", document)
            update.changed(kid, in: tree)
        }
        qpdf_oh_replace_key(qpdf, tree, "/K", document)
        update.changed(tree)
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
