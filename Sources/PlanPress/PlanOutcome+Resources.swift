import Booklet
import DentalModel
import PlanEngine

extension PlanOutcome {
    /// The outcome of `loaded`, worded as the booklet in template `template` (default `premium`) words it in
    /// `locale` (default: the case's), the template found through `resources`.
    public init(_ loaded: LoadedCase, resources: ResourceLocator, template: String? = nil,
                locale: CaseLocale? = nil) throws(InputError) {
        let locale = locale ?? loaded.dentalCase.locale
        let loadedTemplate = try TemplateLoader(directory: resources.templates).load(template ?? RenderOptions.defaultTemplate,
                                                                                   locales: [locale])
        self.init(loaded, strings: loadedTemplate.strings(for: locale))
    }
}
