import Booklet
import DentalModel
import Foundation
import Graphics
import Testing

/// The shipped templates load, and every mistake a designer can make is reported with file, line and key.
@Suite struct TemplateLoaderTests {
    @Test func shippedTemplatesLoadInEveryLocale() throws {
        let loader = TemplateLoader(directory: RepositoryPaths.templates)
        #expect(loader.names() == ["chairside", "compact", "premium"])
        for name in loader.names() {
            let template = try loader.load(name)
            #expect(!template.description.isEmpty)
            for locale in CaseLocale.allCases {
                let strings = template.strings(for: locale)
                #expect(strings.locale == locale)
                for key in StringKey.allCases {
                    let values = Dictionary(uniqueKeysWithValues: key.placeholders.map { ($0, "x") })
                    let line = strings.plain(key, values, count: 2)
                    #expect(!line.isEmpty && !line.contains("{"), "\(name) \(locale) \(key.rawValue)")
                }
            }
        }
    }

    @Test func premiumIsA4PortraitWithBleedAndEverySection() throws {
        let template = try TemplateLoader(directory: RepositoryPaths.templates).load("premium")
        #expect(abs(template.page.size.width - 595.28) < 0.01)
        #expect(abs(template.page.size.height - 841.89) < 0.01)
        #expect(template.page.cropMarks)
        #expect(template.sections == BookletSection.allCases)
        #expect(template.priceMode == .itemised)
        #expect(template.palette.variants.count == 3)
    }

    @Test func pluralsFollowEachLocale() throws {
        let template = try TemplateLoader(directory: RepositoryPaths.templates).load("premium")
        let ru = template.strings(for: .ru)
        #expect(ru.plain(.comparisonVisitCount, count: 1) == "1 визит")
        #expect(ru.plain(.comparisonVisitCount, count: 3) == "3 визита")
        #expect(ru.plain(.comparisonVisitCount, count: 11) == "11 визитов")
        #expect(template.strings(for: .fr).plain(.intervalWeeks, count: 1) == "1 semaine")
        #expect(template.strings(for: .sv).plain(.intervalMonths, count: 3) == "3 månader")
    }

    @Test func moreVisitsLineIsInEveryLocaleWithItsPlurals() throws {
        let template = try TemplateLoader(directory: RepositoryPaths.templates).load("chairside")
        #expect(template.layout == .summary)
        #expect(template.strings(for: .ru).plain(.variantMoreVisits, count: 3) == "+ ещё 3 визита")
        #expect(template.strings(for: .ru).plain(.variantMoreVisits, count: 5) == "+ ещё 5 визитов")
        #expect(template.strings(for: .en).plain(.variantMoreVisits, count: 1) == "+ 1 more visit")
        #expect(template.strings(for: .fr).plain(.variantMoreVisits, count: 2) == "+ 2 autres séances")
        #expect(template.strings(for: .sv).plain(.variantMoreVisits, count: 4) == "+ 4 besök till")
    }

    @Test func unknownLayoutListsTheChoices() throws {
        let error = try loadError(replacing: "flow: pages", with: "flow: pages\nlayout: screens")
        #expect(error.path == "layout")
        #expect(error.message.contains("full, summary"))
    }

    @Test func caseValuesAreEscapedIntoMarkup() throws {
        let template = try TemplateLoader(directory: RepositoryPaths.templates).load("premium")
        let markup = template.strings(for: .en).markup(.documentTitle, ["patient": "Tom & <Jerry>"])
        #expect(markup == "Treatment plan for Tom &amp; &lt;Jerry&gt;")
    }

    // MARK: Errors name the file, the line and the key

    @Test func unknownColourNamesFileLineAndKey() throws {
        let error = try loadError(replacing: "text: \"#1E2328\"", with: "text: \"dark grey\"")
        #expect(error.file == "Templates/premium/template.yaml")
        #expect(error.line == 17)
        #expect(error.path == "palette.text")
        #expect(error.message.contains("not a colour"))
    }

    @Test func unknownSectionNamesItsLine() throws {
        let error = try loadError(replacing: "sections: [cover, current-state,", with: "sections: [cover, curent-state,")
        #expect(error.file == "Templates/premium/template.yaml")
        #expect(error.line == 35)
        #expect(error.path == "sections[1]")
        #expect(error.message.contains("curent-state"))
    }

    @Test func misspelledKeyIsReported() throws {
        let error = try loadError(replacing: "  cropMarks: true", with: "  cropmarks: true")
        #expect(error.line == 12)
        #expect(error.path == "page.cropmarks")
        #expect(error.message.contains("unknown key"))
    }

    @Test func cropMarksWithoutBleedAreRefused() throws {
        let error = try loadError(replacing: "  bleed: 3 ", with: "  bleed: 0 ")
        #expect(error.path == "page.cropMarks")
        #expect(error.message.contains("bleed"))
    }

    @Test func fontOutsideTheShippedOnesIsRefused() throws {
        let error = try loadError(replacing: "display: Noto Serif", with: "display: Helvetica")
        #expect(error.path == "typography.display")
        #expect(error.line == 27)
    }

    @Test func unknownPlaceholderInStringsNamesTheStringsFile() throws {
        let error = try loadError(strings: "fr", replacing: "Prix valables jusqu’au", with: "Prix valables jusqu’au {datum}")
        #expect(error.file == "Templates/strings/fr.yaml")
        #expect(error.path == "cover.validUntil")
        #expect(error.line == 18)
        #expect(error.message.contains("{datum}"))
    }

    @Test func missingPluralFormIsReported() throws {
        let error = try loadError(strings: "ru", replacing: "    few: \"{count} визита\"\n", with: "")
        #expect(error.file == "Templates/strings/ru.yaml")
        #expect(error.path == "comparison.visitCount.few")
        #expect(error.message.contains("missing"))
    }

    @Test func brokenMarkupIsReported() throws {
        let error = try loadError(strings: "en", replacing: "title: \"What we found\"", with: "title: \"What <b>we found\"")
        #expect(error.path == "current.title")
        #expect(error.message.contains("<b> is never closed"))
    }

    @Test func missingLineNamesTheKey() throws {
        let error = try loadError(strings: "sv", replacing: "  chairTime: \"Tid i stolen\"\n", with: "")
        #expect(error.file == "Templates/strings/sv.yaml")
        #expect(error.path == "comparison.chairTime")
    }

    @Test func unknownTemplateListsTheAvailableOnes() throws {
        let error = #expect(throws: InputError.self) {
            try TemplateLoader(directory: RepositoryPaths.templates).load("luxury")
        }
        #expect(error?.message.contains("available: chairside, compact, premium") == true)
    }

    @Test func templateOverrideReplacesASharedLine() throws {
        let folder = try copyOfTemplates()
        defer { try? FileManager.default.removeItem(at: folder) }
        let strings = folder.appendingPathComponent("premium/strings")
        try FileManager.default.createDirectory(at: strings, withIntermediateDirectories: true)
        try "cover:\n  kicker: \"Your smile plan\"\n".write(to: strings.appendingPathComponent("en.yaml"),
                                                           atomically: true, encoding: .utf8)
        let template = try TemplateLoader(directory: folder).load("premium")
        #expect(template.strings(for: .en).plain(.coverKicker) == "Your smile plan")
        #expect(template.strings(for: .en).plain(.coverPlanDate) == "Plan date")
    }

    @Test func textIsCheckedAsTheFilesAre() throws {
        let loader = TemplateLoader(directory: RepositoryPaths.templates)
        let file = RepositoryPaths.templates.appendingPathComponent("premium/template.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(try loader.read(text: text, name: "premium").sections == BookletSection.allCases)
        let error = #expect(throws: InputError.self) {
            _ = try loader.read(text: text.replacingOccurrences(of: "size: A4", with: "size: A9"), name: "premium")
        }
        #expect(error?.file == "Templates/premium/template.yaml" && error?.path == "page.size")
        let strings = try String(contentsOf: RepositoryPaths.templates.appendingPathComponent("strings/ru.yaml"), encoding: .utf8)
        try TemplateLoader.checkStrings(YAMLSource.parse(strings, fileName: "strings/ru.yaml"), locale: .ru)
        let unknown = #expect(throws: InputError.self) {
            try TemplateLoader.checkStrings(YAMLSource.parse("cover:\n  nosuch: x\n", fileName: "strings/en.yaml"), locale: .en)
        }
        #expect(unknown?.file == "strings/en.yaml" && unknown?.message.contains("cover.nosuch") == true)
    }

    // MARK: Helpers

    /// Loads `premium` from a copy of the templates where one text is replaced, and returns the error.
    private func loadError(strings locale: String? = nil, replacing old: String, with new: String) throws -> InputError {
        let folder = try copyOfTemplates()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(locale.map { "strings/\($0).yaml" } ?? "premium/template.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try #require(text.contains(old), "fixture text changed: \(old)")
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
        do {
            _ = try TemplateLoader(directory: folder).load("premium")
        } catch {
            return error
        }
        Issue.record("loading succeeded")
        return InputError(file: "", message: "")
    }

    private func copyOfTemplates() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("booklet-tests-\(UUID().uuidString)/Templates")
        try FileManager.default.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: RepositoryPaths.templates.resolvingSymlinksInPath(), to: folder)
        return folder
    }
}
