import Booklet
import DentalModel
import Foundation
import Graphics
import Layout
import PlanEngine
import PlanPress
import Render

/// The façade is the service's render backend: one `Renderer` per worker thread.
extension Renderer: RenderBackend {
    /// Renders the embedded warm-up case as a PDF and one PNG page, in the default template (or the first
    /// one when a `--templates` folder lacks it), so the fonts, the shaping caches, the layout and both
    /// exporters are ready before the worker reports itself warm.
    public func warmUp() throws {
        let names = TemplateLoader(directory: resources.templates).names()
        guard let template = names.contains(RenderOptions.defaultTemplate) ? RenderOptions.defaultTemplate : names.first else {
            throw Problem(.internalError, "no template in \(resources.templates.path)")
        }
        let input = CaseInput(document: PackageResources.warm_up_case_yaml, name: "case.yaml",
                              files: MemoryFileSource(files: ["warm-up-prices.yaml": PackageResources.warm_up_prices_yaml]))
        for format in [OutputFormat.pdf, .png] {
            let options = RenderOptions(format: format, pages: format == .pdf ? .all : try PageSelection(parsing: "1"),
                                        dpi: 36, pngCompression: 1, template: template)
            _ = try render(input, options: options)
        }
    }

    public func templates() throws -> [TemplateSummary] {
        let loader = TemplateLoader(directory: resources.templates)
        return try loader.names().map { (name) throws(InputError) in
            TemplateSummary(name: name, summary: try loader.load(name).description)
        }
    }

    public func render(_ input: CaseInput, parameters: RenderParameters) throws -> RenderedDocument {
        let options = try Self.options(parameters)
        guard TemplateLoader(directory: resources.templates).names().contains(options.templateName) else {
            throw Problem(.notFound, "no template named \"\(options.templateName)\" (GET /v1/templates lists them)",
                          field: "template")
        }
        // Pages are known once the booklet is laid out (layout paginates in one pass): the limit is checked
        // then, before any page is exported.
        let laidOut: (document: LaidOutDocument, fingerprint: BookletFingerprint, findings: RenderFindings)
        do {
            laidOut = try booklet(input, options: options)
        } catch {
            throw Self.problem(error)
        }
        let pageCount = laidOut.document.pages.count
        guard pageCount <= parameters.maximumPages else {
            throw Problem(.tooManyPages, "the document has \(pageCount) pages; the limit is \(parameters.maximumPages)")
        }
        let output: RenderedOutput
        do {
            output = try export(laidOut.document, fingerprint: laidOut.fingerprint, options: options)
        } catch {
            throw Self.problem(error)
        }
        guard output.files.count == 1, let file = output.files.first else {
            throw Problem(.invalidParameter, "\(parameters.format) answers one page: pass pages=N", field: "pages")
        }
        let shown: Set<Severity> = parameters.draft ? [.error, .warning] : [.warning]
        return RenderedDocument(bytes: file.bytes, contentType: output.contentType, pageCount: output.pageCount,
                                findings: Self.findings(laidOut.findings.findings.filter { shown.contains($0.severity) }))
    }

    public func validate(_ input: CaseInput) throws -> PlanReport {
        let findings = try load(input).findings()
        return PlanReport(json: Array(FindingsReport.json(findings).utf8),
                          isAcceptable: !findings.contains { $0.severity == .error })
    }

    public func quote(_ input: CaseInput) throws -> PlanReport {
        let loaded = try load(input)
        do {
            return PlanReport(json: Array(QuoteReport.json(try loaded.quote(), locale: loaded.dentalCase.locale).utf8),
                              isAcceptable: true)
        } catch {
            throw Self.problem(.input(error))
        }
    }

    public func outcome(_ input: CaseInput) throws -> PlanReport {
        let loaded = try load(input)
        do {
            return PlanReport(json: Array(try PlanOutcome(loaded, resources: resources).json().utf8), isAcceptable: true)
        } catch {
            throw Self.problem(.input(error))
        }
    }

    public func suggest(_ input: CaseInput, replacing: Bool) throws -> PlanReport {
        let loaded = try load(input, requiresVariants: false)
        do {
            let rules = try SuggestionRulesLoader.load(resources.strategies)
            let suggestion = try Suggester.suggest(loaded, rules: rules, replacing: replacing)
            guard !suggestion.strategies.isEmpty else {
                throw Problem(.invalidCase, "no variant could be suggested: " + suggestion.notes.joined(separator: "; "))
            }
            let text = try YAMLSource.text(input.document, fileName: input.name)
            return PlanReport(json: Array(try suggestion.caseText(text, asJSON: true).utf8), isAcceptable: true)
        } catch let error as InputError {
            throw Self.problem(.input(error))
        }
    }

    private func load(_ input: CaseInput, requiresVariants: Bool = true) throws(Problem) -> LoadedCase {
        do {
            let document = try input.parsedDocument(keptIn: documents)
            return try PlanEngine.load(document, files: input.files, protocolURL: resources.protocolRules,
                                       requiresVariants: requiresVariants, documents: documents)
        } catch {
            throw Self.problem(.input(error))
        }
    }

    private static func options(_ parameters: RenderParameters) throws(Problem) -> RenderOptions {
        guard let format = OutputFormat(rawValue: parameters.format) else {
            throw Problem(.badRequest, "format must be pdf, png or svg", field: "format")
        }
        var pages = PageSelection.all
        if let text = parameters.pages ?? (format.isOnePagePerFile ? "1" : nil) {
            do {
                pages = try PageSelection(parsing: text)
            } catch {
                throw Problem(.invalidParameter, error.description, field: "pages")
            }
        }
        let variant = try parameters.variant.map { (text) throws(Problem) -> Int in
            guard let number = Int(text), number >= 1 else {
                throw Problem(.badRequest, "variant is a number from 1", field: "variant")
            }
            return number
        }
        let locale = try parameters.locale.map { (text) throws(Problem) -> CaseLocale in
            guard let locale = CaseLocale(rawValue: text) else {
                throw Problem(.badRequest, "unknown locale \"\(text)\"", field: "locale")
            }
            return locale
        }
        return RenderOptions(format: format, pages: pages, dpi: Double(parameters.dpi ?? 150), pngCompression: 6,
                             template: parameters.template, variant: variant, locale: locale,
                             draft: parameters.draft, deadline: parameters.deadline)
    }

    /// The problem a façade error is answered with: what the client sent is at fault (422, or 400 for an
    /// option), except a Cairo or resource failure, which is the service's own (500).
    static func problem(_ error: PlanPressError) -> Problem {
        switch error {
        case .graphics(.deadlinePassed), .layout(.deadlinePassed):
            Problem(.renderTimeout, "the render took longer than its deadline", retryAfterSeconds: 1)
        case .input(let input): Problem(.invalidCase, input.description)
        case .option(let message): Problem(.invalidParameter, message, field: "variant")
        case .graphics(.invalidOutput(let message)): Problem(.invalidParameter, message, field: "pages")
        case .graphics(.image(let source, let message)):
            Problem(.invalidCase, "\(source): \(message)")
        case .graphics(.imageTooLarge(let source, let message)):
            Problem(.imageTooLarge, "\(source): \(message)")
        case .layout: Problem(.invalidCase, error.description)
        case .protocolErrors(_, let findings):
            {
                var problem = Problem(.protocolErrors, "the clinic's protocol finds "
                                      + "\(findings.filter { $0.severity == .error }.count) errors in the plan")
                problem.findings = Self.findings(findings)
                return problem
            }()
        case .graphics, .resources, .output: Problem(.internalError, "the render failed")
        }
    }

    /// Findings as the service reports them.
    private static func findings(_ findings: [ProtocolFinding]) -> [Problem.Finding] {
        findings.map {
            Problem.Finding(severity: $0.severity.rawValue, rule: $0.ruleID, variant: $0.variant + 1, visit: $0.visit,
                            tooth: $0.tooth?.fdi, message: $0.message)
        }
    }
}
