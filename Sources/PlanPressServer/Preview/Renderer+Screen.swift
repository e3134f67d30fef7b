import Booklet
import Foundation
import Graphics
import Layout
import PlanPress
import Render

extension Renderer {
    /// One screen of `input`, as `request` asks: the booklet is
    /// laid out and the one page rasterised at the requested width. This is the single function every
    /// preview paints through.
    public func screen(_ input: CaseInput, request: ScreenRequest) throws -> Screen {
        let options = RenderOptions(format: .png, template: request.template, variant: request.variant,
                                    deadline: request.deadline)
        guard TemplateLoader(directory: resources.templates).names().contains(options.templateName) else {
            throw Problem(.notFound, "no template named \"\(options.templateName)\" (GET /v1/templates lists them)",
                          field: "template")
        }
        let pages: [Page]
        do {
            pages = try booklet(input, options: options).document.pages
        } catch {
            throw Self.problem(error)
        }
        guard request.page <= pages.count else {
            throw Problem(.notFound, "the booklet has \(pages.count) screens; there is no screen \(request.page)")
        }
        let page = pages[request.page - 1]
        let exporter = PNGExporter(dpi: Double(request.width) * 72 / page.size.width, compressionLevel: 1)
        let png: [UInt8]
        do {
            png = try exporter.export(page)
        } catch {
            throw Self.problem(.graphics(error))
        }
        let firstVariant = pages.firstIndex { Self.hasAnchor(in: $0.frames) { $0.hasPrefix("variant-") } }
        return Screen(png: png, pageCount: pages.count,
                      beforePage: firstVariant.flatMap { $0 > 0 ? $0 : nil },
                      afterPage: firstVariant.map { $0 + 1 })
    }

    /// Whether `frames` (groups searched too) hold an anchor whose name `matches`.
    private static func hasAnchor(in frames: [Frame], _ matches: (String) -> Bool) -> Bool {
        frames.contains { frame in
            switch frame {
            case let .anchor(name, _): matches(name)
            case let .group(_, _, children): hasAnchor(in: children, matches)
            default: false
            }
        }
    }
}
