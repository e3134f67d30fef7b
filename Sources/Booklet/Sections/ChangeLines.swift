import DentalModel
import PlanEngine

/// What a variant changes, in the words the booklet prints under "What changes": one line per tooth an
/// item names or whose record changes ("16: crown (metal-ceramic), root canal treated → new crown
/// (metal-ceramic), new post (metal), root canals re-treated"), then one line for the gum care of a jaw or
/// the whole mouth. Every change the after-chart draws is in these words; `planpress outcome` prints the
/// same lines.
public struct ChangeLines: Sendable {
    /// One printed line and what it comes from.
    public struct Line: Sendable, Hashable {
        /// The tooth, for a tooth's line; nil for the gums line.
        public var tooth: ToothNumber?
        /// For the gums line, the gums it covers: `all`, `upper` or `lower`.
        public var gums: String?
        /// The line as printed.
        public var text: String
        /// The visits (from 1) of the items behind the line, in order.
        public var visits: [Int]
        /// The service codes of those items, in order of first use.
        public var codes: [String]
    }

    let strings: StringTable
    let dentalCase: DentalCase
    let after: VariantAfterState

    /// The lines of `after`, a variant of `dentalCase`, in `strings`' language.
    public init(strings: StringTable, dentalCase: DentalCase, after: VariantAfterState) {
        self.strings = strings
        self.dentalCase = dentalCase
        self.after = after
    }

    /// Every tooth's line in chart order, then the gums line when the variant cares for a jaw or the mouth.
    public func lines() -> [Line] {
        let before = dentalCase.formula
        let teeth = after.changedTeeth.filter { tooth in
            let old = before.record(for: tooth), new = after.formula.record(for: tooth)
            return after.changes[tooth]?.contains { !$0.fromArea } == true || old.state != new.state
                || old.restorations != new.restorations || old.findings != new.findings
        }
        return teeth.map(toothLine) + [gumsLine()].compactMap { $0 }
    }

    // MARK: Teeth

    private func toothLine(_ tooth: ToothNumber) -> Line {
        let changes = (after.changes[tooth] ?? []).filter { !$0.fromArea }
        let old = dentalCase.formula.record(for: tooth), new = after.formula.record(for: tooth)
        let newWork = after.newWork(on: tooth)
        let gums = changes.contains { GumCareWords.isGumCare($0.action) }
        let text = strings.plain(.toothChange, [
            "tooth": dentalCase.notation.format(tooth),
            "before": describe(old, gums: gums ? gumStatus(tooth, in: dentalCase.formula) : nil, isNew: { _ in false }),
            "after": describe(new, gums: gums ? gumStatus(tooth, in: after.formula) : nil,
                              isNew: { newWork.contains($0) || !old.restorations.contains($0) },
                              redone: Set(old.restorations.map(\.kind))),
        ])
        return Line(tooth: tooth, gums: nil, text: text, visits: Self.visits(changes), codes: Self.codes(changes))
    }

    /// The most telling words for a tooth, in the order a dentist reads a chart: what is in its place,
    /// its crown or surface work, post and canals, problems, then (`gums`) its gum. `isNew` tells work the
    /// variant places; such work of a kind in `redone` replaces old work of that kind and says so.
    private func describe(_ record: ToothRecord, gums: PeriodontalStatus?, isNew: (Restoration) -> Bool,
                          redone: Set<RestorationKind> = []) -> String {
        var words: [String] = []
        func add(_ restoration: Restoration, _ key: StringKey, new: StringKey? = nil, material: RestorationMaterial? = nil) {
            let replaced = isNew(restoration) && redone.contains(restoration.kind)
            var word = strings.plain(replaced ? new ?? key : key)
            if let material = material ?? restoration.material { word += " (\(strings.plain(Self.key(material))))" }
            if !words.contains(word) { words.append(word) }
        }
        switch record.state {
        case .missing, .unerupted: return strings.plain(.toothMissing)
        case .pontic: return strings.plain(.toothPontic)
        case .rootRemnant: words.append(strings.plain(.toothRootRemnant))
        case .implant:
            if let crown = record.restoration(.crown) { add(crown, .toothImplantCrown) }
            else { words.append(strings.plain(.toothImplant)) }
        case .present:
            let crown = record.restoration(.crown)
            if let abutment = record.restoration(.bridgeAbutment) {
                add(abutment, .toothAbutment, new: .toothAbutmentNew, material: crown?.material)
            } else if let crown {
                add(crown, .toothCrown, new: .toothCrownNew)
            }
            for restoration in record.restorations {
                switch restoration.kind {
                case .veneer: add(restoration, .toothVeneer, new: .toothVeneerNew)
                case .onlay: add(restoration, .toothOnlay, new: .toothOnlayNew)
                case .inlay: add(restoration, .toothInlay, new: .toothInlayNew)
                case .filling: add(restoration, .toothFilling, new: .toothFillingNew)
                case .sealant: add(restoration, .toothSealant)
                default: break
                }
            }
        }
        for restoration in record.restorations {
            switch restoration.kind {
            case .postAndCore: add(restoration, .toothPost, new: .toothPostNew)
            case .rootCanalFilled: add(restoration, .toothRootCanal, new: .toothRootCanalNew)
            case .pulpotomy: add(restoration, .toothPulpotomy)
            default: break
            }
        }
        let problems: [(FindingKind, StringKey)] = [(.caries, .toothDecayed), (.periapicalLesion, .toothLesion),
                                                     (.fracture, .toothFracture), (.wear, .toothWear),
                                                     (.mobility, .toothMobility)]
        for (kind, key) in problems where record.has(kind) { words.append(strings.plain(key)) }
        if let gums { words += GumCareWords(strings: strings).words(gums) }
        return words.isEmpty ? strings.plain(.toothHealthy) : words.joined(separator: ", ")
    }

    /// The gum of `tooth` in `formula`: its own values over its sextant's.
    private func gumStatus(_ tooth: ToothNumber, in formula: DentalFormula) -> PeriodontalStatus {
        formula.record(for: tooth).periodontal.over(formula.sextants[Sextant(tooth: tooth)])
    }

    // MARK: Gums of a jaw or the mouth

    /// What the variant's gum care of a jaw or the whole mouth does, over the teeth it covers; nil without it.
    private func gumsLine() -> Line? {
        let changes = after.changes.values.flatMap { $0 }.filter { $0.fromArea && GumCareWords.isGumCare($0.action) }
        guard !changes.isEmpty else { return nil }
        let covered = Set(changes.map(\.tooth)).sorted()
        var settle: [ToothNumber] = [], pockets: [ToothNumber] = [], remain: [ToothNumber] = []
        for tooth in covered {
            let old = gumStatus(tooth, in: dentalCase.formula), new = gumStatus(tooth, in: after.formula)
            let inflamed = { (status: PeriodontalStatus) in status.bleeding == true || status.inflammation == true }
            if inflamed(old) && !inflamed(new) { settle.append(tooth) }
            if old.hasPocket && !new.hasPocket { pockets.append(tooth) }
            if new.hasPocket && inflamed(new) { remain.append(tooth) }
        }
        let list = ToothRuns(notation: dentalCase.notation)
        var parts = [strings.plain(.gumsPlaque)]
        if !settle.isEmpty { parts.append(strings.plain(.gumsSettle, ["teeth": list.text(settle)])) }
        if !pockets.isEmpty { parts.append(strings.plain(.gumsPockets, ["teeth": list.text(pockets)])) }
        if !remain.isEmpty { parts.append(strings.plain(.gumsRemain, ["teeth": list.text(remain)])) }
        let whole = covered.count == dentalCase.formula.chartedTeeth.filter { tooth in
            [.present, .rootRemnant, .implant].contains(dentalCase.formula.record(for: tooth).state)
        }.count
        let text = strings.plain(.gumsLine, ["teeth": whole ? strings.plain(.variantWhole) : list.text(covered),
                                             "changes": parts.joined(separator: strings.plain(.gumsSeparator))])
        let ordered = changes.sorted { ($0.visitNumbers.first ?? 0) < ($1.visitNumbers.first ?? 0) }
        let jaws = Set(covered.map(\.jaw))
        return Line(tooth: nil, gums: jaws.count > 1 ? "all" : jaws.first?.rawValue, text: text,
                    visits: Self.visits(ordered), codes: Self.codes(ordered))
    }

    // MARK: Helpers

    private static func visits(_ changes: [ToothChange]) -> [Int] {
        Array(Set(changes.flatMap(\.visitNumbers))).sorted()
    }

    private static func codes(_ changes: [ToothChange]) -> [String] {
        changes.map(\.code).reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }

    /// The strings key of a material's name.
    static func key(_ material: RestorationMaterial) -> StringKey {
        switch material {
        case .composite: .materialComposite
        case .glassIonomer: .materialGlassIonomer
        case .amalgam: .materialAmalgam
        case .gold: .materialGold
        case .metal: .materialMetal
        case .metalCeramic: .materialMetalCeramic
        case .zirconia: .materialZirconia
        case .glassCeramic: .materialGlassCeramic
        case .ceramic: .materialCeramic
        case .fibre: .materialFibre
        case .temporary: .materialTemporary
        case .metalFree: .materialMetalFree
        }
    }
}

/// A gum's state in words.
struct GumCareWords {
    let strings: StringTable

    static func isGumCare(_ action: TreatmentAction) -> Bool { action == .hygiene || action == .periodontal }

    /// "gum pocket 5 mm, gum bleeds, plaque and tartar", or "healthy gum".
    func words(_ status: PeriodontalStatus) -> [String] {
        var words: [String] = []
        if status.hasPocket, let depth = status.pocketDepthMM { words.append(strings.plain(.toothPocket, ["mm": String(depth)])) }
        if status.bleeding == true || status.inflammation == true { words.append(strings.plain(.toothGumsBleeding)) }
        if status.plaque == true { words.append(strings.plain(.toothPlaque)) }
        return words.isEmpty ? [strings.plain(.toothGumsHealthy)] : words
    }
}

/// Teeth written as runs of neighbours in a chart row: "14–17, 24, 31–33".
struct ToothRuns {
    let notation: ToothNotation

    func text(_ teeth: [ToothNumber]) -> String {
        var runs: [[ToothNumber]] = []
        for tooth in teeth.sorted() {
            if let last = runs.last?.last, last.chartRow == tooth.chartRow, tooth.chartIndex == last.chartIndex + 1 {
                runs[runs.count - 1].append(tooth)
            } else {
                runs.append([tooth])
            }
        }
        return runs.map { run in
            run.count == 1 ? notation.format(run[0])
                : notation.format(run[0]) + (run.count == 2 ? ", " : "–") + notation.format(run[run.count - 1])
        }.joined(separator: ", ")
    }
}
