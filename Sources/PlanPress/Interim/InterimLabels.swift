import DentalModel

/// The few fixed words the interim booklet prints, in Russian and English (French and Swedish fall back
/// to English until the booklet engine's string tables take over).
struct InterimLabels {
    let title: String
    let birthDate: String
    let card: String
    let planDate: String
    let validUntil: String
    let imaging: String
    let plan: String
    let variant: String
    let teeth: String
    let problem: String
    let solution: String
    let code: String
    let declined: String
    let minutes: String
    let notes: String
    let page: (Int, Int) -> String

    init(_ locale: CaseLocale) {
        switch locale {
        case .ru:
            title = "План лечения"; birthDate = "Дата рождения"; card = "Медицинская карта"; planDate = "Дата плана"
            validUntil = "Цены действительны до"; imaging = "Снимки и фотографии"; plan = "Варианты лечения"
            variant = "Вариант"; teeth = "Зубы"; problem = "Проблема"; solution = "Решение"; code = "Код"
            declined = "Отказ пациента"; minutes = "мин"; notes = "Примечания"
            page = { "Стр. \($0) из \($1)" }
        case .en, .fr, .sv:
            title = "Treatment plan"; birthDate = "Date of birth"; card = "Patient record"; planDate = "Plan date"
            validUntil = "Prices valid until"; imaging = "Images and photographs"; plan = "Treatment options"
            variant = "Option"; teeth = "Teeth"; problem = "Problem"; solution = "Solution"; code = "Code"
            declined = "Declined by the patient"; minutes = "min"; notes = "Notes"
            page = { "Page \($0) of \($1)" }
        }
    }
}
