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
        case .fillingComposite: ("Пломба (композит, стеклоиономер)", "Filling (composite, glass-ionomer)",
                                 "Obturation (composite, verre ionomère)", "Fyllning (komposit, glasjonomer)")
        case .fillingMetal: ("Пломба (амальгама, золото, металл)", "Filling (amalgam, gold, metal)",
                             "Obturation (amalgame, or, métal)", "Fyllning (amalgam, guld, metall)")
        case .fillingTemporary: ("Временная пломба", "Temporary filling", "Obturation provisoire", "Tillfällig fyllning")
        case .inlay: ("Вкладка или накладка (керамика, цирконий, композит)", "Inlay or onlay (ceramic, zirconia, composite)",
                      "Inlay ou onlay (céramique, zircone, composite)", "Inlägg eller onlay (keramik, zirkonia, komposit)")
        case .inlayMetal: ("Вкладка или накладка (золото, металл)", "Inlay or onlay (gold, metal)", "Inlay ou onlay (or, métal)",
                           "Inlägg eller onlay (guld, metall)")
        case .sealant: ("Герметик в бороздках жевательной поверхности", "Fissure sealant on the biting surface",
                        "Scellement des sillons", "Fissurförsegling")
        case .crownCeramic: ("Коронка (цирконий, стеклокерамика, керамика)", "Crown (zirconia, glass-ceramic, ceramic)",
                             "Couronne (zircone, vitrocéramique, céramique)", "Krona (zirkonia, glaskeramik, keramik)")
        case .crownMetalCeramic: ("Коронка (металлокерамика)", "Crown (metal-ceramic)", "Couronne céramo-métallique",
                                  "Krona (metallkeramik)")
        case .crownMetal: ("Коронка (металл, золото)", "Crown (metal, gold)", "Couronne (métal, or)", "Krona (metall, guld)")
        case .crownTemporary: ("Временная коронка", "Temporary crown", "Couronne provisoire", "Tillfällig krona")
        case .veneer: ("Винир", "Veneer", "Facette", "Fasad")
        case .rootCanal: ("Запломбированные каналы", "Root canal filling", "Canaux obturés", "Rotfyllning")
        case .pulpotomy: ("Пульпотомия: нерв удалён только в коронке, каналы не пломбируются",
                          "Pulpotomy: the nerve removed from the crown only, the canals left unfilled",
                          "Pulpotomie : nerf retiré de la couronne seulement, canaux non obturés",
                          "Pulpotomi: nerven tas bort bara i kronan, rotkanalerna fylls inte")
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
