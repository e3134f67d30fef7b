import DentalModel

extension LegendKey {
    /// The legend text for `locale`, in plain words a patient understands.
    public func label(_ locale: CaseLocale) -> String {
        let texts = Self.texts(self)
        switch locale {
        case .ru: return texts.ru
        case .en: return texts.en
        case .fr: return texts.fr
        case .sv: return texts.sv
        }
    }

    private typealias Texts = (ru: String, en: String, fr: String, sv: String)

    private static func texts(_ key: LegendKey) -> Texts {
        switch key {
        case .caries: ("Кариес", "Decay (caries)", "Carie", "Karies")
        case .periapicalLesion: ("Очаг воспаления у верхушки корня", "Infection at the root tip", "Lésion à l’apex de la racine",
                                 "Inflammation vid rotspetsen")
        case .fracture: ("Трещина или скол", "Crack or fracture", "Fêlure ou fracture", "Spricka eller fraktur")
        case .rootRemnant: ("Корень разрушенного зуба", "Root of a broken-down tooth", "Racine d’une dent délabrée", "Rotrest")
        case .inflammation: ("Воспаление десны", "Gum inflammation", "Inflammation de la gencive", "Tandköttsinflammation")
        case .bleeding: ("Кровоточивость десны", "Bleeding gums", "Saignement des gencives", "Blödande tandkött")
        case .pocket: ("Пародонтальный карман от 4 мм", "Gum pocket of 4 mm or more", "Poche parodontale de 4 mm ou plus",
                       "Tandköttsficka på 4 mm eller mer")
        case .plaque: ("Налёт и камень", "Plaque and tartar", "Plaque et tartre", "Plack och tandsten")
        case .mobility: ("Подвижность зуба (черточки — степень)", "Loose tooth (ticks show the grade)",
                         "Dent mobile (traits : le degré)", "Rörlig tand (strecken visar graden)")
        case .wear: ("Стёртость", "Worn edge", "Usure", "Slitage")
        case .missing: ("Зуб отсутствует", "Missing tooth", "Dent absente", "Tand saknas")
        case .unerupted: ("Зуб не прорезался", "Tooth not yet through the gum", "Dent non sortie", "Ej frambruten tand")
        case .fillingComposite: ("Пломба (композит)", "Filling (composite)", "Obturation (composite)", "Fyllning (komposit)")
        case .fillingMetal: ("Пломба (амальгама, металл)", "Filling (amalgam, metal)", "Obturation (amalgame, métal)",
                             "Fyllning (amalgam, metall)")
        case .fillingTemporary: ("Временная пломба", "Temporary filling", "Obturation provisoire", "Tillfällig fyllning")
        case .inlay: ("Вкладка (керамика)", "Inlay or onlay (ceramic)", "Inlay ou onlay (céramique)", "Inlägg (keramik)")
        case .inlayMetal: ("Вкладка (металл)", "Inlay or onlay (metal)", "Inlay ou onlay (métal)", "Inlägg (metall)")
        case .crownCeramic: ("Коронка (керамика, цирконий)", "Crown (ceramic, zirconia)", "Couronne (céramique, zircone)",
                             "Krona (keramik, zirkonia)")
        case .crownMetalCeramic: ("Коронка (металлокерамика)", "Crown (metal-ceramic)", "Couronne céramo-métallique",
                                  "Krona (metallkeramik)")
        case .crownMetal: ("Коронка (металл)", "Crown (metal)", "Couronne (métal)", "Krona (metall)")
        case .crownTemporary: ("Временная коронка", "Temporary crown", "Couronne provisoire", "Tillfällig krona")
        case .veneer: ("Винир", "Veneer", "Facette", "Fasad")
        case .rootCanal: ("Запломбированные каналы", "Root canal filling", "Canaux obturés", "Rotfyllning")
        case .post: ("Штифт или культевая вкладка", "Post and core", "Tenon ou inlay-core", "Stift och pelare")
        case .implant: ("Имплантат", "Implant", "Implant", "Implantat")
        case .bridge: ("Мост: опоры и промежуточная часть", "Bridge: supports and the false tooth between",
                       "Bridge : piliers et dent intermédiaire", "Bro: stödtänder och brohänge")
        case .planned: ("Зелёный двойной контур — будущая работа", "Green double outline: work planned",
                        "Double contour vert : travaux prévus", "Grön dubbel kontur: planerad behandling")
        case .changed: ("Зуб, который лечат в этом варианте", "Tooth treated in this option", "Dent traitée dans cette option",
                        "Tand som behandlas i detta alternativ")
        case .visitNumber: ("Цифра — номер визита", "Figure: the visit number", "Chiffre : numéro de la séance",
                            "Siffra: besökets nummer")
        case .severalSpecialists: ("Несколько специалистов (цифра — сколько)", "Several specialists (figure: how many)",
                                   "Plusieurs spécialistes (chiffre : combien)", "Flera specialister (siffra: hur många)")
        case let .action(kind): actionTexts(kind)
        }
    }

    private static func actionTexts(_ kind: ActionKind) -> Texts {
        switch kind {
        case .extraction: ("Удаление", "Extraction", "Extraction", "Tandutdragning")
        case .implant: ("Установка имплантата", "Implant placement", "Pose d’implant", "Implantat sätts in")
        case .crown: ("Коронка", "Crown", "Couronne", "Krona")
        case .bridge: ("Мост", "Bridge", "Bridge", "Bro")
        case .veneer: ("Винир", "Veneer", "Facette", "Fasad")
        case .filling: ("Пломба", "Filling", "Obturation", "Fyllning")
        case .inlay: ("Вкладка", "Inlay", "Inlay", "Inlägg")
        case .endodontics: ("Лечение каналов", "Root canal treatment", "Traitement de canal", "Rotbehandling")
        case .post: ("Штифт", "Post", "Tenon", "Stift")
        case .hygiene: ("Профессиональная гигиена", "Professional cleaning", "Détartrage et nettoyage", "Professionell tandrengöring")
        case .periodontal: ("Лечение дёсен", "Gum treatment", "Traitement des gencives", "Tandköttsbehandling")
        case .other: ("Другое лечение", "Other treatment", "Autre soin", "Annan behandling")
        }
    }
}
