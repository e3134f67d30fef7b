/// Every line of text a booklet shows, by its key in the strings files (`Templates/strings/<locale>.yaml`).
///
/// The loader checks each locale has every key, no unknown key, and only the placeholders listed here;
/// so the composer can never ask for a line that is not there.
public enum StringKey: String, CaseIterable, Sendable {
    case documentTitle = "document.title"
    case documentFooter = "document.footer"
    case documentPage = "document.page"
    case coverKicker = "cover.kicker"
    case coverPreparedFor = "cover.preparedFor"
    case coverPlanDate = "cover.planDate"
    case coverValidUntil = "cover.validUntil"
    case coverPatientId = "cover.patientId"
    case coverOptions = "cover.options"
    case currentTitle = "current.title"
    case currentIntro = "current.intro"
    case currentXray = "current.xray"
    case currentPhotos = "current.photos"
    case currentChart = "current.chart"
    case currentSummary = "current.summary"
    case currentHealthy = "current.healthy"
    case findingsMissing = "findings.missing"
    case findingsRootRemnant = "findings.rootRemnant"
    case findingsCaries = "findings.caries"
    case findingsCariesUnderFilling = "findings.cariesUnderFilling"
    case findingsLesion = "findings.lesion"
    case findingsFracture = "findings.fracture"
    case findingsMobility = "findings.mobility"
    case findingsWear = "findings.wear"
    case findingsGums = "findings.gums"
    case findingsPockets = "findings.pockets"
    case toothHealthy = "tooth.healthy"
    case toothMissing = "tooth.missing"
    case toothRootRemnant = "tooth.rootRemnant"
    case toothDecayed = "tooth.decayed"
    case toothFilling = "tooth.filling"
    case toothInlay = "tooth.inlay"
    case toothOnlay = "tooth.onlay"
    case toothCrown = "tooth.crown"
    case toothVeneer = "tooth.veneer"
    case toothImplant = "tooth.implant"
    case toothImplantCrown = "tooth.implantCrown"
    case toothPontic = "tooth.pontic"
    case toothAbutment = "tooth.abutment"
    case toothRootCanal = "tooth.rootCanal"
    case toothChange = "tooth.change"
    case toothFillingNew = "tooth.fillingNew"
    case toothInlayNew = "tooth.inlayNew"
    case toothOnlayNew = "tooth.onlayNew"
    case toothCrownNew = "tooth.crownNew"
    case toothVeneerNew = "tooth.veneerNew"
    case toothAbutmentNew = "tooth.abutmentNew"
    case toothRootCanalNew = "tooth.rootCanalNew"
    case toothPost = "tooth.post"
    case toothPostNew = "tooth.postNew"
    case toothPulpotomy = "tooth.pulpotomy"
    case toothSealant = "tooth.sealant"
    case toothLesion = "tooth.lesion"
    case toothFracture = "tooth.fracture"
    case toothWear = "tooth.wear"
    case toothMobility = "tooth.mobility"
    case toothPocket = "tooth.pocket"
    case toothGumsBleeding = "tooth.gumsBleeding"
    case toothPlaque = "tooth.plaque"
    case toothGumsHealthy = "tooth.gumsHealthy"
    case gumsLine = "gums.line"
    case gumsPlaque = "gums.plaque"
    case gumsSettle = "gums.settle"
    case gumsPockets = "gums.pockets"
    case gumsRemain = "gums.remain"
    case gumsSeparator = "gums.separator"
    case findingsPlaque = "findings.plaque"
    case currentNotes = "current.notes"
    case materialComposite = "material.composite"
    case materialGlassIonomer = "material.glass-ionomer"
    case materialAmalgam = "material.amalgam"
    case materialGold = "material.gold"
    case materialMetal = "material.metal"
    case materialMetalCeramic = "material.metal-ceramic"
    case materialZirconia = "material.zirconia"
    case materialGlassCeramic = "material.glass-ceramic"
    case materialCeramic = "material.ceramic"
    case materialFibre = "material.fibre"
    case materialTemporary = "material.temporary"
    case materialMetalFree = "material.metal-free"
    case variantKicker = "variant.kicker"
    case variantGoal = "variant.goal"
    case variantWarranty = "variant.warranty"
    case variantToday = "variant.today"
    case variantAfter = "variant.after"
    case variantChanges = "variant.changes"
    case variantVisits = "variant.visits"
    case variantVisit = "variant.visit"
    case variantWait = "variant.wait"
    case variantWaitBecause = "variant.waitBecause"
    case variantTogether = "variant.together"
    case variantSequential = "variant.sequential"
    case variantTeeth = "variant.teeth"
    case variantProblem = "variant.problem"
    case variantSolution = "variant.solution"
    case variantCode = "variant.code"
    case variantQuantity = "variant.quantity"
    case variantPrice = "variant.price"
    case variantWhole = "variant.whole"
    case variantUpper = "variant.upper"
    case variantLower = "variant.lower"
    case variantDeclined = "variant.declined"
    case variantSubtotal = "variant.subtotal"
    case variantTotal = "variant.total"
    case variantInsurer = "variant.insurer"
    case variantPatientShare = "variant.patientShare"
    case variantOwnExpense = "variant.ownExpense"
    case variantInsurerPays = "variant.insurerPays"
    case variantProgrammePart = "variant.programmePart"
    case variantCoPayment = "variant.coPayment"
    case variantLineInsurer = "variant.lineInsurer"
    case variantLineYou = "variant.lineYou"
    case variantLineOwnExpense = "variant.lineOwnExpense"
    case variantNotCovered = "variant.notCovered"
    case variantAboveTariff = "variant.aboveTariff"
    case variantBeyondLimit = "variant.beyondLimit"
    case variantInsuredCost = "variant.insuredCost"
    case variantMoreVisits = "variant.moreVisits"
    case durationMinutes = "duration.minutes"
    case durationHours = "duration.hours"
    case durationHoursMinutes = "duration.hoursMinutes"
    case intervalDays = "interval.days"
    case intervalWeeks = "interval.weeks"
    case intervalMonths = "interval.months"
    case comparisonTitle = "comparison.title"
    case comparisonIntro = "comparison.intro"
    case comparisonTotal = "comparison.total"
    case comparisonVisits = "comparison.visits"
    case comparisonChairTime = "comparison.chairTime"
    case comparisonCalendar = "comparison.calendar"
    case comparisonSpecialists = "comparison.specialists"
    case comparisonWarranty = "comparison.warranty"
    case comparisonWeeks = "comparison.weeks"
    case comparisonMonths = "comparison.months"
    case comparisonVisitCount = "comparison.visitCount"
    case timelineTitle = "timeline.title"
    case timelineIntro = "timeline.intro"
    case timelineStart = "timeline.start"
    case timelineWeek = "timeline.week"
    case timelinePause = "timeline.pause"
    case timelinePayments = "timeline.payments"
    case timelinePayAt = "timeline.payAt"
    case timelinePaidSoFar = "timeline.paidSoFar"
    case justificationsTitle = "justifications.title"
    case justificationsIntro = "justifications.intro"
    case justificationsDeclined = "justifications.declined"
    case justificationsOverrides = "justifications.overrides"
    case justificationsListPrice = "justifications.listPrice"
    case justificationsAbovePrice = "justifications.abovePrice"
    case acceptanceTitle = "acceptance.title"
    case acceptanceIntro = "acceptance.intro"
    case acceptanceOption = "acceptance.option"
    case acceptancePatient = "acceptance.patient"
    case acceptanceDoctor = "acceptance.doctor"
    case acceptanceDate = "acceptance.date"
    case acceptanceSignature = "acceptance.signature"
    case acceptanceFingerprint = "acceptance.fingerprint"
    case acceptanceFingerprintNote = "acceptance.fingerprintNote"
    case draftMark = "draft.mark"
    case draftTitle = "draft.title"
    case draftIntro = "draft.intro"
    case draftNone = "draft.none"
    case draftErrors = "draft.errors"
    case draftWarnings = "draft.warnings"
    case glossaryTitle = "glossary.title"
    case glossaryCurettage = "glossary.curettage"
    case glossaryCurettageWords = "glossary.curettageWords"
    case glossaryOsseointegration = "glossary.osseointegration"
    case glossaryOsseointegrationWords = "glossary.osseointegrationWords"
    case glossaryCBCT = "glossary.cbct"
    case glossaryCBCTWords = "glossary.cbctWords"
    case glossaryRetreatment = "glossary.retreatment"
    case glossaryRetreatmentWords = "glossary.retreatmentWords"

    /// The `{placeholders}` the line may use.
    public var placeholders: Set<String> {
        switch self {
        case .toothChange:
            return ["after", "before", "tooth"]
        case .toothPocket:
            return ["mm"]
        case .gumsLine:
            return ["changes", "teeth"]
        case .gumsSettle, .gumsPockets, .gumsRemain:
            return ["teeth"]
        case .documentFooter:
            return ["clinic", "patient"]
        case .coverOptions, .findingsGums, .findingsPlaque, .intervalDays, .intervalWeeks, .intervalMonths, .comparisonVisitCount, .comparisonWeeks, .comparisonMonths, .variantMoreVisits:
            return ["count"]
        case .currentIntro:
            return ["date"]
        case .durationHours:
            return ["hours"]
        case .durationHoursMinutes:
            return ["hours", "minutes"]
        case .variantOwnExpense, .variantProgrammePart:
            return ["insurer"]
        case .variantInsurer:
            return ["insurer", "percent"]
        case .variantCoPayment:
            return ["percent"]
        case .variantLineInsurer, .variantLineYou:
            return ["amount"]
        case .variantInsuredCost:
            return ["insurer", "insurerShare", "total"]
        case .variantWait:
            return ["interval"]
        case .variantWaitBecause, .timelinePause:
            return ["interval", "reason"]
        case .durationMinutes:
            return ["minutes"]
        case .acceptanceOption:
            return ["name", "number"]
        case .variantKicker, .variantVisit, .variantSubtotal, .timelineWeek, .timelinePayAt:
            return ["number"]
        case .justificationsListPrice, .justificationsAbovePrice:
            return ["override", "price"]
        case .documentPage:
            return ["page", "pages"]
        case .documentTitle:
            return ["patient"]
        case .variantTogether, .variantSequential:
            return ["specialists"]
        case .findingsMissing, .findingsRootRemnant, .findingsCaries, .findingsCariesUnderFilling, .findingsLesion, .findingsFracture, .findingsMobility, .findingsWear, .findingsPockets:
            return ["teeth"]
        default:
            return []
        }
    }

    /// Whether the line has one form per plural category, chosen by `{count}`.
    public var isPlural: Bool {
        switch self {
        case .coverOptions, .findingsMissing, .findingsRootRemnant, .findingsCaries, .findingsCariesUnderFilling, .findingsLesion, .findingsFracture, .findingsMobility, .findingsWear, .findingsPockets, .intervalDays, .intervalWeeks, .intervalMonths, .comparisonVisitCount, .comparisonWeeks, .comparisonMonths, .variantMoreVisits:
            return true
        default:
            return false
        }
    }
}
