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

    /// The measures a sentence reports.
    static func measures(in tokens: [ExtractionToken], sentence: String, lastBorder: String?) -> [Measure] {
        guard tokens.wordClasses.contains(.measureCue),
              SentenceFacts.contains(verbs, in: tokens) || SentenceFacts.find(nounPhrases, in: tokens) != nil else { return [] }
        for entry in kinds {
            guard let index = SentenceFacts.find([entry.words], in: tokens) else { continue }
            if SentenceFacts.find([["lifted"], ["lift"], ["ended"]], in: tokens) != nil { return [] }
            let place = PlaceFinder.place(in: tokens, from: index + entry.words.count, to: tokens.count, lastBorder: lastBorder)
            return [Measure(kind: entry.kind, place: place, quote: sentence)]
        }
        return []
    }
}
