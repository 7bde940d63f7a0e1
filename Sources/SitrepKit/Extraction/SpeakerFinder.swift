/// Finds who is quoted in a sentence: "interim leader Roza Otunbayeva said" → "Roza Otunbayeva,
/// interim leader"; "Natalya Timakova, Mr Medvedev's spokeswoman, was quoted" → as written;
/// "Ms Timakova said" → the full name met earlier; "a spokeswoman for Russian President Dmitry
/// Medvedev said" → the role; "Cuba said" → the country.
enum SpeakerFinder {
    /// Prepositions before a name that make the phrase a role ("a spokeswoman for …").
    static let prepositions: WordSet = ["for", "of", "to", "from", "with", "at", "in"]
    static let verbs: WordSet = ["said", "says", "told", "announced", "added", "stated", "quoted"]

    /// The speaker, with their role when the text gives it.
    static func speaker(in tokens: [ExtractionToken], people: [String: String]) -> String? {
        guard let verb = tokens.lastIndex(where: { $0.classes.contains(.speechVerb) }) else { return nil }
        // "Name, role, was quoted as saying"
        if tokens[verb].lower == "quoted", verb >= 2 {
            var start = verb - 1
            if tokens[start].lower == "was" || tokens[start].lower == "is" { start -= 1 }
            if start >= 0, tokens[start].text == "," {
                var open = start - 1
                while open > 0, tokens[open].text != "," { open -= 1 }
                var nameStart = open - 1
                while nameStart > 0, tokens[nameStart - 1].isCapitalised, tokens[nameStart - 1].kind == .word { nameStart -= 1 }
                if open > 0, nameStart >= 0, nameStart < open, tokens[nameStart].isCapitalised {
                    let name = SentenceFacts.text(tokens[nameStart..<open])
                    let role = SentenceFacts.text(tokens[(open + 1)..<start])
                    return "\(name), \(role)"
                }
            }
        }
        // The phrase before the verb, back to a comma or quote.
        var start = verb
        while start > 0, tokens[start - 1].kind != .punctuation || tokens[start - 1].text == "-" || tokens[start - 1].text == "'" { start -= 1 }
        var phrase = Array(tokens[start..<verb])
        if phrase.first?.lower == "a" || phrase.first?.lower == "an" || phrase.first?.lower == "the" { phrase.removeFirst() }
        guard !phrase.isEmpty, phrase.count <= 10 else { return nil }
        if phrase.count == 1, !phrase[0].isCapitalised { return nil }  // "he said"
        // A country that says so: "Cuba said American troops were heading in" is Cuba's word.
        if phrase.count == 1, ActorResolver.country(namedBy: phrase[0].text) != nil {
            return phrase[0].text
        }
        // Honorific and surname: the full name met earlier.
        if phrase.count == 2, ActorResolver.honorifics.contains(phrase[0].lower), let full = people[phrase[1].text] { return full }
        // Role words then a name.
        var nameStart = phrase.count
        while nameStart > 0, phrase[nameStart - 1].isCapitalised, phrase[nameStart - 1].kind == .word { nameStart -= 1 }
        if nameStart > 0, SpeakerFinder.prepositions.contains(phrase[nameStart - 1].lower) { return SentenceFacts.text(phrase[...]) }
        // Title words at the start of the capitalised run belong to the role ("Interior Ministry spokesman").
        while nameStart < phrase.count, ActorResolver.titles.contains(phrase[nameStart].lower) { nameStart += 1 }
        if nameStart > 0, nameStart < phrase.count, phrase.count - nameStart >= 2 {
            if let full = people[phrase[phrase.count - 1].text], full.hasPrefix(SentenceFacts.text(phrase[nameStart...])) { return full }
            let name = SentenceFacts.text(phrase[nameStart...])
            let role = SentenceFacts.text(phrase[..<nameStart])
            return "\(name), \(role)"
        }
        if nameStart == 0, phrase.count >= 2, phrase.count <= 3, let full = people[phrase.last!.text] { return full }
        let lowers = Set(phrase.map(\.lower))
        if !lowers.isDisjoint(with: ActorResolver.titles) { return SentenceFacts.text(phrase[...]) }
        return nil
    }
}
