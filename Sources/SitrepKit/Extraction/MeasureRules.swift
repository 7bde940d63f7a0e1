/// Reads measures of the affected government: a state of emergency, a curfew, an evacuation order.
enum MeasureRules {
    static let kinds: [(words: [String], kind: MeasureKind)] = [
        (["state", "of", "emergency"], .stateOfEmergency), (["emergency", "rule"], .stateOfEmergency),
        (["curfew"], .curfew), (["evacuation", "order"], .evacuationOrder), (["ordered", "the", "evacuation"], .evacuationOrder),
        (["ordered", "an", "evacuation"], .evacuationOrder), (["mandatory", "evacuation"], .evacuationOrder),
    ]
    static let verbs: WordSet = ["declared", "imposed", "announced", "extended", "ordered", "declares", "imposes", "introduced", "declare", "impose"]
    /// Phrases that name a measure without one of the verbs.
    static let nounPhrases: [[String]] = [["evacuation", "order"], ["curfew"]]
    /// Words a sentence about a measure cannot lack: a verb, or the first word of a noun phrase.
    static let cueWords = WordSet(Array(verbs) + nounPhrases.map { $0[0] })

    /// Words in the clause before a measure's verb that say it was not taken, only asked for,
    /// planned or weighed: "no plans to declare", "called on the government to declare", "refused
    /// to impose", "is considering whether to declare".
    static let notTaken: WordSet = [
        "plans", "plan", "planned", "planning", "called", "calls", "calling", "urged", "urges", "urging", "asked", "asks", "asking",
        "demanded", "demands", "demanding", "considering", "considered", "considers", "whether", "may", "might", "could", "would",
        "threatened", "threatens", "proposed", "proposes", "if", "sought", "seeking",
    ]
    /// How many words before a measure its verb may come, and before the verb its clause may reach.
    static let reachOfVerb = 6
    static let reachOfClause = 6

    /// The measures a sentence reports: taken (not negated, planned or asked for), and, when the
    /// affected country is given, by its government: "Uzbekistan imposed a curfew in Andijan" in a
    /// Kyrgyz crisis, or a sentence naming only other countries, gives no measure of the crisis's,
    /// as a measure has no field saying whose it is.
    static func measures(in tokens: [ExtractionToken], sentence: String, lastBorder: String?, affected: Country? = nil) -> [Measure] {
        guard tokens.wordClasses.contains(.measureCue),
              SentenceFacts.contains(verbs, in: tokens) || SentenceFacts.find(nounPhrases, in: tokens) != nil else { return [] }
        for entry in kinds {
            guard let index = SentenceFacts.find([entry.words], in: tokens) else { continue }
            if SentenceFacts.find([["lifted"], ["lift"], ["ended"]], in: tokens) != nil { return [] }
            let verb = self.verb(of: index, in: tokens)
            if !taken(before: verb, in: tokens) { return [] }
            if let affected, let actor = country(before: verb, in: tokens), actor != affected { return [] }
            let place = PlaceFinder.place(in: tokens, from: index + entry.words.count, to: tokens.count, lastBorder: lastBorder)
            // "declared … in the state of Apure, Venezuela" in a Costa Rica crisis: only another country is named.
            if let affected {
                let named = tokens.filter(\.isCapitalised).compactMap { ActorResolver.country(forWord: $0.text) }
                if !named.isEmpty, !named.contains(affected) { return [] }
            }
            return [Measure(kind: entry.kind, place: place, quote: sentence)]
        }
        return []
    }

    /// The verb of the measure at `index`: the nearest before it ("declared a state of emergency"),
    /// else the nearest after ("a curfew was imposed"), else the measure itself.
    static func verb(of index: Int, in tokens: [ExtractionToken]) -> Int {
        if let before = tokens[max(0, index - reachOfVerb)..<index].lastIndex(where: { verbs.contains($0.lower) }) { return before }
        if index + 1 < tokens.count, let after = tokens[(index + 1)..<min(tokens.count, index + 1 + reachOfVerb)].firstIndex(where: { verbs.contains($0.lower) }) {
            return after
        }
        return index
    }

    /// Where the clause before `index` starts: up to ``reachOfClause`` back, not past a comma.
    static func clauseStart(before index: Int, in tokens: [ExtractionToken]) -> Int {
        var start = index
        while start > 0, index - start < reachOfClause, tokens[start - 1].kind != .punctuation || tokens[start - 1].text == "-" { start -= 1 }
        return start
    }

    /// Whether nothing in the clause before the verb negates it or makes it a plan or a request.
    static func taken(before verb: Int, in tokens: [ExtractionToken]) -> Bool {
        !tokens[clauseStart(before: verb, in: tokens)..<verb].contains { SentenceFacts.negations.contains($0.lower) || notTaken.contains($0.lower) }
    }

    /// The country named (or its demonym) in the clause before the verb: whose measure it is.
    static func country(before verb: Int, in tokens: [ExtractionToken]) -> Country? {
        for token in tokens[clauseStart(before: verb, in: tokens)..<verb].reversed() where token.isCapitalised {
            if let country = ActorResolver.country(forWord: token.text) { return country }
        }
        return nil
    }
}
