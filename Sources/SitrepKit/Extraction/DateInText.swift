/// Finds a whole date written in a line of text: `2010-06-14`, `14 June 2010`, `June 14, 2010`
/// (month names or their abbreviations, any case). A day that does not exist is no date.
enum DateInText {
    /// The first whole date in `text`, if any.
    static func first(in text: String) -> SitrepDate? {
        let tokens = ExtractionTokenizer.tokens(text, wordClasses: false)
        func number(_ index: Int, digits: ClosedRange<Int>) -> Int? {
            guard index >= 0, index < tokens.count, tokens[index].kind == .number, digits.contains(tokens[index].text.utf8.count) else { return nil }
            return Int(tokens[index].text)
        }
        func month(_ index: Int) -> Int? {
            guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return nil }
            return ExtractionLexicon.monthNumbers[tokens[index].lower]
        }
        func joined(_ index: Int) -> Bool { index < tokens.count && tokens[index].text == "-" && !tokens[index].spaceBefore }
        for index in tokens.indices {
            var found: (year: Int, month: Int, day: Int)?
            if let year = number(index, digits: 4...4), joined(index + 1), let month = number(index + 2, digits: 2...2), joined(index + 3),
               let day = number(index + 4, digits: 2...2) {
                found = (year, month, day)  // 2010-06-14
            } else if let day = number(index, digits: 1...2), let month = month(index + 1), let year = number(index + 2, digits: 4...4) {
                found = (year, month, day)  // 14 June 2010
            } else if let month = month(index), let day = number(index + 1, digits: 1...2) {
                let yearIndex = index + 2 < tokens.count && tokens[index + 2].text == "," ? index + 3 : index + 2
                if let year = number(yearIndex, digits: 4...4) { found = (year, month, day) }  // June 14, 2010
            }
            if let found, let date = ArticleFacts.date(found) { return date }
        }
        return nil
    }
}
