import Booklet
import DentalModel
import Foundation
import Graphics
import Layout
import PlanEngine
import Render

/// Composes and lays out booklets for tests, the way the façade does, from fixture cases or edited cases.
struct BookletFixture {
    let text: TextEngine
    let layout: LayoutEngine

    init() throws {
        text = TextEngine(fonts: try FontLibrary(directory: RepositoryPaths.root.appendingPathComponent("Fonts").path))
        layout = LayoutEngine(textEngine: text)
    }

    /// The loaded fixture case `name` (images may come from anywhere under `Fixtures/`).
    static func loaded(_ name: String) throws -> LoadedCase {
        try PlanEngine.load(caseURL: RepositoryPaths.cases(name),
                            protocolURL: RepositoryPaths.templates.appendingPathComponent("protocol-rules.yaml"),
                            imageRoot: RepositoryPaths.fixtures)
    }

    /// The laid-out booklet of `loaded` in `template`, composed under `deadline`.
    func booklet(_ loaded: LoadedCase, template name: String = "premium", locale: CaseLocale? = nil,
                 variants: [Int]? = nil, draftFindings: [ProtocolFinding]? = nil,
                 deadline: Deadline = .never) throws -> LaidOutDocument {
        let template = try TemplateLoader(directory: RepositoryPaths.templates).load(name)
        var images: [URL: Image] = [:]
        let dentalCase = loaded.dentalCase
        let files = [dentalCase.clinic.logo].compactMap { $0 } + dentalCase.imaging.xrays.map(\.file)
            + dentalCase.imaging.photos.map(\.file)
        for file in files { images[file.url] = try Image(contentsOf: file.url.path) }
        if let cover = template.coverImage { images[cover] = try Image(contentsOf: cover.path) }
        let input = BookletInput(loaded: loaded, quote: try loaded.quote(), afterState: loaded.afterState(),
                                 template: template, locale: locale ?? dentalCase.locale, variants: variants,
                                 images: images, fingerprint: "0000 1111 2222 3333", draftFindings: draftFindings)
        return try layout.layout(document: BookletComposer(input: input, layout: layout).document(deadline: deadline))
    }

    /// The text `pdftotext -raw` reads from the PDF of `document` (only from its page `page`, 0-based, when
    /// given), whitespace collapsed to single spaces and each word hyphenation broke across lines joined
    /// again (pdftotext gives such a break as a soft hyphen and a line end: docs/architecture.md).
    static func pdfText(_ document: LaidOutDocument, page: Int? = nil) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("booklet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("booklet.pdf"), txt = folder.appendingPathComponent("booklet.txt")
        try Data(try PDFExporter().export(document)).write(to: pdf)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-raw", "-enc", "UTF-8"] + (page.map { ["-f", String($0 + 1), "-l", String($0 + 1)] } ?? [])
            + [pdf.path, txt.path]
        try process.run()
        process.waitUntilExit()
        return collapsed(try String(contentsOf: txt, encoding: .utf8).replacing(/\u{AD}\s+/, with: ""))
    }

    /// `text` with every run of whitespace (including no-break spaces) turned into one space.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
