/// One word of a note or article as the note check compares it.
struct NoteWord: Sendable, Hashable {
    /// Where the word stands in the normalised text it was read from.
    let range: Range<String.Index>
    /// What it is compared by: the stem of a word ("support" for "supported") or, for a number, `#` and
    /// its value without grouping ("#1000" for "1,000").
    let key: String
    /// The word lower-cased, before stemming.
    let lowercased: String
    /// Whether it is a number, in digits or words ("77", "1,000", "seventy-seven").
    let isNumber: Bool
    /// The clause it stands in: clauses end at punctuation (`, ; : . ! ? ( ) [ ] "`) and at a dash between spaces.
    let clause: Int
}

/// Splits text into ``NoteWord``s and says which words carry content.
///
/// Matching is by a light stem, so "reported" matches "reports" and "supporters" matches
/// "supported"; both sides are stemmed alike, which is what matters, not that stems are real words.
enum NoteWords {
    /// Function words: they carry no claim of their own and are not checked.
    static let stopwords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "as", "because", "while",
        "of", "to", "in", "on", "at", "by", "for", "from", "with", "without", "into", "onto", "over", "under",
        "about", "after", "before", "between", "during", "against", "through", "up", "down", "out", "off",
        "that", "this", "these", "those", "there", "here", "which", "who", "whom", "whose", "what", "when",
        "where", "why", "how", "it", "its", "he", "him", "his", "she", "her", "hers", "they", "them", "their",
        "we", "us", "our", "you", "your", "i", "me", "my", "is", "are", "was", "were", "be", "been", "being",
        "am", "has", "have", "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can",
        "could", "may", "might", "must", "not", "no", "also", "too", "very", "just", "only", "even", "still",
        "all", "any", "some", "such", "other", "others", "another", "more", "most", "each", "both", "either",
        "neither", "own", "same", "again", "once", "now", "s",
    ]

    /// Words of attribution: they say *that* something was claimed or reported, not *what*, and
    /// often refer back to the claim itself ("the government denied the allegations"). They are
    /// skipped; the words of the claim are checked instead.
    static let attributionWords: Set<String> = [
        "report", "reports", "reported", "reportedly", "reporting", "say", "says", "said", "saying", "told",
        "claim", "claims", "claimed", "claiming", "allegation", "allegations", "alleged", "allegedly", "according",
    ]

    /// Whether a word is checked at all: not a function word, not a word of attribution.
    static func isContent(_ word: NoteWord) -> Bool {
        word.isNumber || !(stopwords.contains(word.lowercased) || attributionWords.contains(word.lowercased))
    }

    /// The words of a text that ``ArticleText/normalized(_:)`` has normalised, in order.
    ///
    /// A word is a run of letters (with apostrophes inside, "Kyrgyzstan's") or of digits (with `,` or
    /// `.` between digits, "1,000"); hyphens split words ("Kyrgyz-Uzbek" is two), except that a
    /// spelled-out number keeps its parts together ("seventy-seven" is 77).
    static func words(in text: String) -> [NoteWord] {
        var words: [NoteWord] = []
        var clause = 0
        var boundary = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isLetter || character.isNumber {
                let start = index
                let isDigits = character.isNumber
                var end = text.index(after: index)
                while end < text.endIndex {
                    let next = text[end]
                    if isDigits ? next.isNumber : next.isLetter {
                        end = text.index(after: end)
                    } else if ",.'".contains(next), text.index(after: end) < text.endIndex,
                              isDigits ? text[text.index(after: end)].isNumber
                                       : (next == "'" && text[text.index(after: end)].isLetter)
                    {
                        end = text.index(end, offsetBy: 2)
                    } else {
                        break
                    }
                }
                let written = String(text[start..<end])
                let hyphenated = !boundary && start > text.startIndex && text[text.index(before: start)] == "-"
                let made = word(written, range: start..<end, clause: clause)
                if hyphenated, let previous = words.last, let joined = number(previous, joinedWith: made) {
                    words[words.count - 1] = joined
                } else {
                    words.append(made)
                }
                boundary = false
                index = end
            } else {
                if ",;:.!?()[]\"".contains(character)
                    || (character == "-" && (index == text.startIndex || text[text.index(before: index)] == " "))
                {
                    if !boundary { clause += 1 }
                    boundary = true
                }
                index = text.index(after: index)
            }
        }
        return words
    }

    /// Makes one word.
    private static func word(_ written: String, range: Range<String.Index>, clause: Int) -> NoteWord {
        let lower = written.lowercased()
        if written.first?.isNumber == true {
            let digits = written.filter { $0 != "," && $0 != "'" }
            let key = Int(digits).map { "#\($0)" } ?? "#" + digits
            return NoteWord(range: range, key: key, lowercased: lower, isNumber: true, clause: clause)
        }
        if let value = NumberPhrase.units[lower] {
            return NoteWord(range: range, key: "#\(value)", lowercased: lower, isNumber: true, clause: clause)
        }
        return NoteWord(range: range, key: stem(lower), lowercased: lower, isNumber: false, clause: clause)
    }

    /// A tens word and a unit word written with a hyphen between them as one number ("seventy-seven" is 77).
    private static func number(_ tens: NoteWord, joinedWith unit: NoteWord) -> NoteWord? {
        guard let tensValue = NumberPhrase.units[tens.lowercased], tensValue >= 20, tensValue % 10 == 0,
              let unitValue = NumberPhrase.units[unit.lowercased], (1...9).contains(unitValue)
        else { return nil }
        return NoteWord(range: tens.range.lowerBound..<unit.range.upperBound, key: "#\(tensValue + unitValue)",
                        lowercased: tens.lowercased + "-" + unit.lowercased, isNumber: true, clause: unit.clause)
    }

    /// A light stem of a lower-case word: possessive, plural and verb endings off, so that
    /// "forces" and "force", "denied" and "deny", "entering" and "enter" compare equal.
    /// Each step leaves at least three letters.
    static func stem(_ word: String) -> String {
        var stem = word
        for possessive in ["'s", "'"] where stem.hasSuffix(possessive) {
            stem.removeLast(possessive.count)
            break
        }
        func strip(_ suffix: String, _ replacement: String = "") -> Bool {
            guard stem.hasSuffix(suffix), stem.count - suffix.count + replacement.count >= 3 else { return false }
            stem = String(stem.dropLast(suffix.count)) + replacement
            return true
        }
        if !strip("ies", "y"), !strip("ied", "y") {
            if !strip("sses", "ss"), !["ss", "us", "is"].contains(where: stem.hasSuffix) { _ = strip("s") }
            if !strip("ing") { _ = strip("ed") }
            _ = strip("er")
        }
        _ = strip("e")
        if let last = stem.last, stem.count > 3, stem.dropLast().last == last, !"aeiou".contains(last) {
            stem.removeLast()
        }
        return stem
    }
}
