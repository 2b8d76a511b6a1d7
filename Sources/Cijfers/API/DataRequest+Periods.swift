import CijfersDomain

extension DataRequest {
    /// Whether a text can name a period: a year, quarter or month (`Period`), or another label with a year in it
    /// ("2019-2021", "schooljaar 2022-2023"). "abc" cannot: it is refused with 400, while a well-formed period
    /// without data is answered (its cells `no_data`) with a notice.
    static func isPeriod(_ text: String) -> Bool {
        guard text.count <= 40 else { return false }
        if Period(text).level != "other" { return true }
        var run = 0
        for character in text {
            run = character.isASCII && character.isNumber ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }
}
