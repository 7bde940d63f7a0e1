/// Small helpers the sentence rules share.
enum SentenceFacts {
    /// Whether any of the phrases occurs in the tokens; the index where the first does.
    static func find(_ phrases: [[String]], in tokens: [ExtractionToken], from start: Int = 0) -> Int? {
        var index = start
        while index < tokens.count {
            for phrase in phrases where phrase[0] == tokens[index].lower {
                if CountFinder.match(phrase, at: index, in: tokens) != nil { return index }
            }
            index += 1
        }
        return nil
    }

    /// Whether any word of the set occurs in the tokens.
    static func contains(_ words: WordSet, in tokens: [ExtractionToken]) -> Bool {
        tokens.contains { words.contains($0.lower) }
    }

    /// The tokens' text joined as written (no space before punctuation or hyphen-joined parts).
    static func text(_ tokens: ArraySlice<ExtractionToken>) -> String {
        var result = ""
        for token in tokens {
            if !result.isEmpty, token.spaceBefore { result += " " }
            result += token.text
        }
        return result
    }

    /// Negations.
    static let negations: WordSet = ["not", "n't", "no", "never", "declined", "refused", "won't", "wouldn't", "didn't", "doesn't", "isn't", "wasn't"]

    /// The word's stem, good enough to match "supporters" with "supported" and "shooting" with "shoot".
    static func stem(_ word: String) -> String {
        var word = word.lowercased()
        if word.hasSuffix("'s") { word.removeLast(2) }
        for suffix in ["ations", "ation", "ers", "ing", "ed", "er", "es", "s"] where word.hasSuffix(suffix) && word.count - suffix.count >= 4 {
            word.removeLast(suffix.count)
            break
        }
        return word
    }

    /// Words that carry no content for matching claims and notes.
    static let stopwords: WordSet = [
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "from", "by", "with", "that", "this",
        "these", "those", "there", "their", "they", "them", "it", "its", "is", "are", "was", "were", "be", "been",
        "being", "has", "have", "had", "will", "would", "also", "as", "which", "who", "whom", "what", "said", "says",
        "say", "reports", "report", "reported", "allegations", "allegation", "claims", "claim", "claimed", "not",
        "he", "she", "his", "her", "we", "our", "you", "i", "than", "then", "so", "such", "some", "any", "all", "into",
        "about", "after", "before", "while", "are", "do", "does", "did", "can", "could", "may", "might", "up", "out",
    ]

    /// Content words of the tokens, stemmed.
    static func contentStems(_ tokens: [ExtractionToken]) -> [String] {
        tokens.filter { $0.kind == .word && !stopwords.contains($0.lower) }.map { stem($0.lower) }
    }
}
