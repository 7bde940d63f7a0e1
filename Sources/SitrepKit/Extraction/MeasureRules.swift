/// Reads measures of the affected government: a state of emergency, a curfew, an evacuation order.
enum MeasureRules {
    /// The phrases that name a measure, with its kind; `named` when the phrase is not the kind's
    /// own name, so that it becomes the measure's detail: a "state of calamity" is the Philippines'
    /// state of emergency, and a reader should see which the government declared.
    static let kinds: [(words: [String], kind: MeasureKind, named: Bool)] = [
        (["state", "of", "emergency"], .stateOfEmergency, false), (["state", "of", "national", "emergency"], .stateOfEmergency, false),
        (["emergency", "rule"], .stateOfEmergency, false),
        (["state", "of", "calamity"], .stateOfEmergency, true), (["state", "of", "public", "calamity"], .stateOfEmergency, true),
        (["state", "of", "disaster"], .stateOfEmergency, true), (["state", "of", "alarm"], .stateOfEmergency, true),
        (["curfew"], .curfew, false), (["evacuation", "order"], .evacuationOrder, false), (["ordered", "the", "evacuation"], .evacuationOrder, false),
        (["ordered", "an", "evacuation"], .evacuationOrder, false), (["mandatory", "evacuation"], .evacuationOrder, false),
        (["state", "of", "siege"], .other, true), (["martial", "law"], .other, true),
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
            // "declared … in the state of Apure, Venezuela" in a Costa Rica crisis: the place is abroad.
            if let affected, let place, let abroad = country(after: place, from: index, in: tokens), abroad != affected { return [] }
            return [Measure(kind: entry.kind, place: place, detail: entry.named ? entry.words.joined(separator: " ") : nil, quote: sentence)]
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
    /// "May 14" is a day, not "may"; "plan" counts only as "plans to"; and an earlier verb joined
    /// by "and" is its own clause ("asked Russia for troops and declared a state of emergency").
    static func taken(before verb: Int, in tokens: [ExtractionToken]) -> Bool {
        var start = clauseStart(before: verb, in: tokens)
        if let and = tokens[start..<verb].lastIndex(where: { $0.lower == "and" }) { start = and + 1 }
        return !tokens[start..<verb].indices.contains { index in
            let token = tokens[index]
            if SentenceFacts.negations.contains(token.lower) { return true }
            guard notTaken.contains(token.lower), !token.isCapitalised || index == 0 else { return false }
            if token.lower.hasPrefix("plan") { return index + 1 < tokens.count && tokens[index + 1].lower == "to" }
            return true
        }
    }

    /// Words that may stand between a government's country and its measure's verb: "Uzbek
    /// authorities imposed", "Uzbekistan's government has declared".
    static let subjectWords: WordSet = [
        "government", "authorities", "officials", "police", "army", "military", "interior", "ministry", "has", "had", "have",
        "also", "then", "later", "'s", "president", "leader", "interim",
    ]

    /// The country (or its demonym) whose government is the subject of the verb: right before it,
    /// or before only such words as "authorities" ("Uzbekistan imposed", "Uzbek authorities
    /// imposed"). A country named elsewhere in the clause ("after talks with Russia the
    /// government declared") is not it.
    static func country(before verb: Int, in tokens: [ExtractionToken]) -> Country? {
        var index = verb - 1
        while index >= 0, verb - index <= 4 {
            let token = tokens[index]
            if token.isCapitalised, let country = ActorResolver.country(forWord: token.text) { return country }
            guard subjectWords.contains(token.lower) || ActorResolver.titles.contains(token.lower) else { return nil }
            index -= 1
        }
        return nil
    }

    /// The country named right after the measure's place, by name: "in the state of Apure,
    /// Venezuela". A demonym there ("home to many ethnic Uzbeks") is no place.
    static func country(after place: String, from index: Int, in tokens: [ExtractionToken]) -> Country? {
        let first = place.split(separator: " ").first.map(String.init) ?? place
        guard let start = tokens[index...].firstIndex(where: { $0.text == first }) else { return nil }
        var end = start
        while end < tokens.count, tokens[end].isCapitalised { end += 1 }
        guard end + 1 < tokens.count, tokens[end].text == ",", tokens[end + 1].isCapitalised,
              let country = ActorResolver.country(namedBy: tokens[end + 1].text)
        else { return nil }
        return country
    }
}
