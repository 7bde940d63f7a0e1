/// Reads border status: which two countries ("Kyrgyz-Uzbek border", "borders with Tajikistan and
/// China" → two borders, "the Turkish border"), and whether it is closed, restricted ("letting people
/// through one by one", "only the wounded") or reopened.
enum BorderRules {
    static let restricted: [[String]] = [["one", "by", "one"], ["only", "the"], ["letting", "only"], ["restricted"], ["limited", "number"], ["partially", "closed"], ["partially", "open"]]
    static let closed: [[String]] = [["closed"], ["shut"], ["sealed"], ["closure"], ["closing"]]
    static let opened: [[String]] = [["reopened"], ["re-opened"], ["opened"], ["reopen"]]
    /// The words a sentence about a border holds.
    static let borderWords: WordSet = ["border", "borders", "frontier"]

    /// The borders a sentence reports; `last` is the border the article named last (for "the border").
    static func borders(in tokens: [ExtractionToken], sentence: String, affected: Country, last: [Country]?) -> [Border] {
        guard tokens.wordClasses.contains(.border) else { return [] }
        var status: BorderStatus?
        var detail: String?
        if let index = SentenceFacts.find(restricted, in: tokens) {
            status = .restricted
            var start = index
            while start > 0, !["letting", "allowing", "allowed", "let", "only"].contains(tokens[start].lower), index - start < 6 { start -= 1 }
            if !["letting", "allowing", "allowed", "let", "only"].contains(tokens[start].lower) { start = index }
            var end = tokens.count
            if tokens.last?.text == "." { end -= 1 }
            detail = SentenceFacts.text(tokens[start..<end])
        } else if SentenceFacts.find(closed, in: tokens) != nil {
            status = .closed
        } else if SentenceFacts.find(opened, in: tokens) != nil, SentenceFacts.find([["to", "open"], ["to", "reopen"]], in: tokens) == nil {
            status = .open
        }
        guard let status else { return [] }
        var pairs: [[Country]] = []
        for index in tokens.indices {
            if let border = PlaceFinder.border(at: index, in: tokens) { pairs.append(border.countries) }
            let lower = tokens[index].lower
            if lower == "border" || lower == "borders" || lower == "frontier" {
                // "borders with Tajikistan and China", "border crossing with Turkey", "border of neighbouring Turkey".
                var look = index + 1
                var namesAffected = false
                let pairsBefore = pairs.count
                while look < tokens.count, look - index <= 6, tokens[look].text != "." {
                    if let country = ActorResolver.country(forWord: tokens[look].text), !ActorResolver.isDemonym(tokens[look].text) {
                        if country != affected { pairs.append([affected, country]) } else { namesAffected = true }
                    }
                    if ["because", "as", "after", "since", "have", "has", "was", "were", "is", "are", "remains"].contains(tokens[look].lower) { break }
                    look += 1
                }
                // "Uzbekistan has closed its border with Kyrgyzstan", Kyrgyzstan affected: the other
                // side is the country named before the border.
                if namesAffected, pairs.count == pairsBefore,
                   let other = tokens[..<index].reversed().lazy.compactMap({ ActorResolver.country(forWord: $0.text) }).first(where: { $0 != affected }) {
                    pairs.append([other, affected])
                }
                // "the Turkish border".
                if index > 0, let country = ActorResolver.country(forWord: tokens[index - 1].text), country != affected {
                    pairs.append([affected, country])
                }
            }
        }
        if pairs.isEmpty, let last { pairs.append(last) }
        var seen = Set<[Country]>()
        return pairs.compactMap { pair in
            let key = pair.sorted()
            guard !seen.contains(key), pair[0] != pair[1] else { return nil }
            seen.insert(key)
            return Border(between: pair, status: status, detail: detail, quote: sentence)
        }
    }
}
