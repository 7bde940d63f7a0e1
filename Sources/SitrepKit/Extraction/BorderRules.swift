/// Reads border status: which two countries ("Kyrgyz-Uzbek border", "borders with Tajikistan and
/// China" → two borders, "the Turkish border"), and whether it is closed, restricted ("letting people
/// through one by one", "only the wounded") or reopened.
enum BorderRules {
    static let restricted: [[String]] = [
        ["one", "by", "one"], ["only", "the"], ["letting", "only"], ["restricted"], ["limited", "number"], ["partially", "closed"],
        ["partially", "open"], ["to", "all", "but"], ["except", "for"],
    ]
    /// Verbs of letting people pass: with a restriction, they restrict the border the article named
    /// last even in a sentence that names none ("guards are letting people through one by one").
    static let passageVerbs: WordSet = ["letting", "allowing", "allowed", "let", "lets", "allows", "admitting"]
    /// The words after a passage verb that make it a passage across ("through", "cross"), not into
    /// a place ("letting in only the wounded" at a hospital).
    static let acrossWords: WordSet = ["through", "across", "cross", "crossing", "over", "pass"]
    /// The first word of a restriction's detail: "letting people through one by one", "closed to all but".
    static let detailStarts: WordSet = ["letting", "allowing", "allowed", "let", "only", "closed"]
    /// Verbs that, before "to open", keep a border closed: "Turkey refuses to open its border".
    static let refusals: WordSet = ["refuses", "refused", "refusing", "refuse", "declined", "declines"]
    static let closed: WordSet = ["closed", "shut", "sealed", "closure", "closing"]
    static let opened: WordSet = ["reopened", "re-opened", "opened", "reopen", "open"]
    /// Words that, a few words before a status, say it did not happen: "denied closing its border",
    /// "the border would not be closed".
    static let denials: WordSet = ["denied", "denies", "deny", "denying", "rejected", "dismissed", "whether"]
    /// Words right before a status that put it before another: "reopened it after closing it".
    static let earlier: WordSet = ["after", "since"]
    /// Verbs that keep a border as it is, whose subject owns it: "Egypt has kept its border open".
    static let keepVerbs: WordSet = ["kept", "keeps", "keeping", "keep"]
    /// How many words before a status a negation or denial may come ("denied that it had closed").
    static let reachOfNegation = 5

    /// The border's status the sentence ends on: its last "closed" or "reopened" that is neither
    /// negated nor denied ("Tajikistan denied closing its border" is no status), nor an earlier
    /// step ("after closing it"), nor a plan ("agreed to reopen"): "closed on Monday but reopened
    /// on Tuesday" is open.
    static func latestStatus(in tokens: [ExtractionToken]) -> BorderStatus? {
        var status: BorderStatus?
        for index in tokens.indices {
            let lower = tokens[index].lower
            let isClosed = closed.contains(lower)
            guard isClosed || opened.contains(lower) else { continue }
            // "Guards opened fire at the border" says nothing of its status.
            if !isClosed, index + 1 < tokens.count, tokens[index + 1].lower == "fire" { continue }
            let before = tokens[max(0, index - reachOfNegation)..<index]
            if before.contains(where: { SentenceFacts.negations.contains($0.lower) || denials.contains($0.lower) }) { continue }
            // "reopened it after closing it", "reopened after an 18-month closure".
            let phraseBefore = tokens[max(0, index - 6)..<index]
            if let after = phraseBefore.lastIndex(where: { earlier.contains($0.lower) }),
               !tokens[after..<index].contains(where: { $0.kind == .punctuation && $0.text != "-" }) { continue }
            if !isClosed, index > 0, tokens[index - 1].lower == "to" {
                if index > 1, refusals.contains(tokens[index - 2].lower) { status = .closed }
                continue
            }
            status = isClosed ? .closed : .open
        }
        return status
    }
    /// The words a sentence about a border holds (a crossing only as a noun, see
    /// ``isBorderNoun(at:in:)``) or, with a restriction, one about passage across the last border.
    static let borderWords: WordSet = WordSet(Array(borderNouns) + ["crossing", "crossings"] + Array(passageVerbs))
    /// The nouns that always name a border.
    static let borderNouns: WordSet = ["border", "borders", "frontier"]

    /// The country other than the affected one that closed or opened the border, named by name as
    /// the subject of the verb right before it: "Hungary closed its border with Serbia", "Turkey has
    /// reopened the border". A country that only speaks ("Russia's foreign ministry said the border
    /// with Uzbekistan had been closed") or is named elsewhere owns nothing.
    static func owner(before index: Int, in tokens: [ExtractionToken], affected: Country) -> Country? {
        var look = index - 1
        while look >= 0, ["its", "the", "their"].contains(tokens[look].lower) { look -= 1 }
        guard look >= 0, closed.contains(tokens[look].lower) || opened.contains(tokens[look].lower) || keepVerbs.contains(tokens[look].lower)
        else { return nil }
        look -= 1
        while look >= 0, ["has", "had", "have", "also", "partially", "temporarily"].contains(tokens[look].lower) { look -= 1 }
        guard look >= 0, tokens[look].isCapitalised, let country = ActorResolver.country(namedBy: tokens[look].text),
              country != affected else { return nil }
        return country
    }

    /// Whether the word at `index` names a border: "border", "frontier", or "crossing" as a noun
    /// ("the Rafah crossing", "a crossing", not "refugees crossing the river").
    static func isBorderNoun(at index: Int, in tokens: [ExtractionToken]) -> Bool {
        // Most words are none of these: their class says so without comparing strings.
        guard tokens[index].classes.contains(.border) else { return false }
        let lower = tokens[index].lower
        if borderNouns.contains(lower) { return true }
        guard lower == "crossing" || lower == "crossings", index > 0 else { return false }
        let before = tokens[index - 1]
        return before.isCapitalised || ["the", "a", "border", "main", "key", "two", "three", "both", "all"].contains(before.lower)
    }

    /// Whether the sentence lets people across in part: a passage verb, a word of crossing within
    /// three words after it, and a restriction ("letting people through one by one", "letting only
    /// the wounded cross").
    static func restrictsPassage(_ tokens: [ExtractionToken]) -> Bool {
        guard let verb = tokens.indices.first(where: { passageVerbs.contains(tokens[$0].lower) }) else { return false }
        let after = tokens[(verb + 1)..<min(tokens.count, verb + 6)]
        return after.contains { acrossWords.contains($0.lower) } && SentenceFacts.find(restricted, in: tokens, from: verb) != nil
    }

    /// The borders a sentence reports; `last` is the border the article named last (for "the border").
    static func borders(in tokens: [ExtractionToken], sentence: String, affected: Country, last: [Country]?) -> [Border] {
        guard tokens.wordClasses.contains(.border) else { return [] }
        let namesBorder = tokens.indices.contains { isBorderNoun(at: $0, in: tokens) }
        // A sentence that names no border restricts the last one only by letting people across in part.
        guard namesBorder || (last != nil && restrictsPassage(tokens)) else { return [] }
        var status: BorderStatus?
        var detail: String?
        if let index = SentenceFacts.find(restricted, in: tokens) {
            status = .restricted
            var start = index
            while start > 0, !detailStarts.contains(tokens[start].lower), index - start < 6 { start -= 1 }
            if !detailStarts.contains(tokens[start].lower) { start = index }
            var end = tokens.count
            if tokens.last?.text == "." { end -= 1 }
            detail = SentenceFacts.text(tokens[start..<end])
        } else {
            status = latestStatus(in: tokens)
        }
        guard let status else { return [] }
        var pairs = namesBorder ? countries(in: tokens, affected: affected) : []
        if pairs.isEmpty, let last { pairs.append(last) }
        var seen = Set<[Country]>()
        return pairs.compactMap { pair in
            let key = pair.sorted()
            guard !seen.contains(key), pair[0] != pair[1] else { return nil }
            seen.insert(key)
            return Border(between: pair, status: status, detail: detail, quote: sentence)
        }
    }

    /// The pairs of countries whose border the sentence names ("borders with Tajikistan and China"
    /// → two), each with its owner first when a country closed or opened its own; empty when it
    /// names none ("the border").
    static func countries(in tokens: [ExtractionToken], affected: Country) -> [[Country]] {
        var pairs: [[Country]] = []
        for index in tokens.indices {
            if let border = PlaceFinder.border(at: index, in: tokens) { pairs.append(border.countries) }
            if isBorderNoun(at: index, in: tokens) {
                // "borders with Tajikistan and China", "border crossing with Turkey", "border of neighbouring Turkey".
                var look = index + 1
                var namesAffected = false
                let pairsBefore = pairs.count
                // "Hungary closed its border with Serbia": Hungary's border, not the affected country's.
                let owner = self.owner(before: index, in: tokens, affected: affected)
                while look < tokens.count, look - index <= 6, tokens[look].text != "." {
                    if let country = ActorResolver.country(namedBy: tokens[look].text) {
                        if let owner {
                            if country != owner { pairs.append([owner, country]) }
                        } else if country != affected { pairs.append([affected, country]) } else { namesAffected = true }
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
                // "Egypt has kept its border open": the owner's border with the affected country.
                if let owner, pairs.count == pairsBefore, owner != affected { pairs.append([owner, affected]) }
                // "the Turkish border".
                if index > 0, let country = ActorResolver.country(forWord: tokens[index - 1].text), country != affected {
                    pairs.append([owner ?? affected, country])
                }
            }
        }
        return pairs
    }
}
