/// Finds a whole date written in a line of text: `2010-06-14`, `14 June 2010`, `16th June 2010`,
/// `June 14, 2010` (month names or their abbreviations, any case), and `15 June` after a date
/// `previous`: in the year that puts it nearest to `previous`, which is its year ("13 June" after
/// "14 June 2010" is 13 June 2010, a day back, not a year ahead) unless only the turn of a year
/// makes sense of it ("2 January" after "30 December 2004" is 2005). A day that does not exist is
/// no date.
enum DateInText {
    /// A date found in a text, and whether its year was written or taken from the date before it.
    struct Found: Equatable {
        let date: SitrepDate
        /// Whether the text gave a day and month only, so the year is the one nearest the date before.
        let yearIsInferred: Bool
    }

    /// The first whole date in `text`, if any; a day and month without a year follow `previous`.
    static func first(in text: String, after previous: SitrepDate? = nil) -> SitrepDate? {
        found(in: text, after: previous)?.date
    }

    /// The first whole date in `text`, if any, saying whether its year was inferred.
    static func found(in text: String, after previous: SitrepDate? = nil) -> Found? {
        found(inTokens: ExtractionTokenizer.tokens(text, wordClasses: false), after: previous)
    }

    /// Whether a sentence's tokens (with their word classes) can hold a whole date: a year with a
    /// month's name ("7 July 2015") or a dash after it ("2015-07-07"). A cheap test, so that the
    /// other sentences are not read for one.
    static func mayHoldWholeDate(_ tokens: [ExtractionToken]) -> Bool {
        var hasMonth = false, hasYear = false
        for (index, token) in tokens.enumerated() {
            hasMonth = hasMonth || token.classes.contains(.month)
            guard token.kind == .number, token.text.utf8.count == 4 else { continue }
            if index + 1 < tokens.count, tokens[index + 1].text == "-" { return true }
            hasYear = true
        }
        return hasMonth && hasYear
    }

    /// The first whole date in a sentence already cut into tokens, if any.
    static func found(inTokens all: [ExtractionToken], after previous: SitrepDate? = nil) -> Found? {
        let tokens = all.filter { token in
            // "16th June": the ordinal's letters are a suffix of the number.
            !(token.hasSuffix && ["st", "nd", "rd", "th"].contains(token.lower))
        }
        func number(_ index: Int, digits: ClosedRange<Int>) -> Int? {
            guard index >= 0, index < tokens.count, tokens[index].kind == .number, digits.contains(tokens[index].text.utf8.count) else { return nil }
            return Int(tokens[index].text)
        }
        func month(_ index: Int) -> Int? {
            guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return nil }
            return ExtractionLexicon.monthNumbers[tokens[index].lower]
        }
        /// A day and month without a year, in the year that puts them nearest `previous`: its own
        /// year, the next across New Year, or the one before ("30 December" after "2 January 2011");
        /// at an equal distance, its own year.
        func following(_ month: Int, _ day: Int) -> (year: Int, month: Int, day: Int)? {
            guard let previous else { return nil }
            let years = [previous.year, previous.year + 1, previous.year - 1].filter {
                ArticleFacts.date(($0, month, day)) != nil  // 29 February stands in leap years only
            }
            let distance = { (year: Int) in abs(SitrepDate.dayNumber(year: year, month: month, day: day) - previous.dayNumber) }
            guard let year = years.min(by: { distance($0) < distance($1) }) else { return nil }
            return (year, month, day)
        }
        func joined(_ index: Int) -> Bool { index < tokens.count && tokens[index].text == "-" && !tokens[index].spaceBefore }
        for index in tokens.indices {
            var found: (year: Int, month: Int, day: Int)?
            var yearIsInferred = false
            if let year = number(index, digits: 4...4), joined(index + 1), let month = number(index + 2, digits: 2...2), joined(index + 3),
               let day = number(index + 4, digits: 2...2) {
                found = (year, month, day)  // 2010-06-14
            } else if let day = number(index, digits: 1...2), let month = month(index + 1), let year = number(index + 2, digits: 4...4) {
                found = (year, month, day)  // 14 June 2010
            } else if let month = month(index), let day = number(index + 1, digits: 1...2) {
                let yearIndex = index + 2 < tokens.count && tokens[index + 2].text == "," ? index + 3 : index + 2
                if let year = number(yearIndex, digits: 4...4) {
                    found = (year, month, day)  // June 14, 2010
                } else {
                    found = following(month, day)  // June 15
                    yearIsInferred = true
                }
            } else if let day = number(index, digits: 1...2), let month = month(index + 1) {
                found = following(month, day)  // 15 June
                yearIsInferred = true
            }
            if let found, let date = ArticleFacts.date(found) { return Found(date: date, yearIsInferred: yearIsInferred) }
        }
        return nil
    }

    /// The day and month of a date in `text` written without its year ("16 March" of "# 16 March"),
    /// which cannot be dated without a date before it; nil when `text` gives a whole date or none.
    static func dayAndMonthWithoutYear(in text: String) -> String? {
        // Any year will do to read the day and month; 2000 is a leap year, so 29 February reads too.
        guard let year2000 = SitrepDate("2000-06-15"), let found = found(in: text, after: year2000), found.yearIsInferred else { return nil }
        return found.date.shortText
    }

    /// Whether `text` looks as if it gives a date (a month's name beside a number, "June 16" or
    /// "16 Jun", or digits split by "/", "." or "-", "16/06/2010"), so that one
    /// ``first(in:after:)`` cannot read is worth a word to the writer; "What we may need" is not.
    static func seemsToHoldADate(_ text: String) -> Bool {
        if text.contains(/\d{1,4}[\/.\-]\d{1,2}[\/.\-]\d{1,4}/) { return true }
        let tokens = ExtractionTokenizer.tokens(text, wordClasses: false)
        return tokens.indices.contains { index in
            guard tokens[index].kind == .word, ExtractionLexicon.monthNumbers[tokens[index].lower] != nil else { return false }
            return (index > 0 && tokens[index - 1].kind == .number) || (index + 1 < tokens.count && tokens[index + 1].kind == .number)
        }
    }
}
