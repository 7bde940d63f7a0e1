/// The kinds of cue a word is for the rules, looked up once per token when a sentence is cut, so a
/// rule can tell from a bit test whether a sentence holds any word it needs and skip it otherwise.
///
/// Each class is the set of words some rule cannot do without: a sentence whose tokens have none of
/// them cannot give that rule a result. The sets are built from the rules' own lexicons, so a word
/// added to a rule is a cue for it at once.
struct ExtractionWordClasses: OptionSet, Sendable, Hashable {
    let rawValue: UInt64

    /// A number in digits (set by the tokenizer, not by the table).
    static let number = ExtractionWordClasses(rawValue: 1 << 0)
    /// A word a count can start with: a qualifier, a vague quantity, a number word, "a", "half".
    static let countStart = ExtractionWordClasses(rawValue: 1 << 1)
    /// A word no count in words can lack: a number word or the last word of a vague quantity.
    static let countCore = ExtractionWordClasses(rawValue: 1 << 2)
    /// A noun for people.
    static let personNoun = ExtractionWordClasses(rawValue: 1 << 3)
    /// The first word of a qualifier, or "many": "nearly people", "many people" (a figure without a number).
    static let vagueCue = ExtractionWordClasses(rawValue: 1 << 4)
    /// "nobody" (a zero; "no one" holds the number word "one").
    static let nobody = ExtractionWordClasses(rawValue: 1 << 5)
    /// "houses", "homes": "their houses were destroyed".
    static let houseCue = ExtractionWordClasses(rawValue: 1 << 6)
    /// A title before a person's name: "president", "spokeswoman".
    static let title = ExtractionWordClasses(rawValue: 1 << 7)
    /// "border", "borders", "frontier".
    static let border = ExtractionWordClasses(rawValue: 1 << 8)
    /// A word naming a kind of disaster: "floods", "clashes".
    static let disaster = ExtractionWordClasses(rawValue: 1 << 9)
    /// A word for an aircraft or flight.
    static let aircraft = ExtractionWordClasses(rawValue: 1 << 10)
    /// A word a response needs: troops, aid, an appeal or consultation verb.
    static let responseCue = ExtractionWordClasses(rawValue: 1 << 11)
    /// A word a measure needs: "declared", "curfew", "evacuation".
    static let measureCue = ExtractionWordClasses(rawValue: 1 << 12)
    /// A verb of claiming: "claim", "alleged", "blamed".
    static let claimVerb = ExtractionWordClasses(rawValue: 1 << 13)
    /// A verb of denying: "denied", "rejects".
    static let denialVerb = ExtractionWordClasses(rawValue: 1 << 14)

    /// A word a figure without a number can start with: a qualifier, "many", "no", "nobody", "houses".
    static let unnumberedCue = ExtractionWordClasses(rawValue: 1 << 15)
    /// The first word of a phrase that makes a sentence background: "if", "could", "every year".
    static let backgroundCue = ExtractionWordClasses(rawValue: 1 << 16)
    /// A word for troops: "troops", "peacekeepers".
    static let troops = ExtractionWordClasses(rawValue: 1 << 17)
    /// A word for aid: "aid", "supplies".
    static let aid = ExtractionWordClasses(rawValue: 1 << 18)
    /// A negation: "not", "never", "refused".
    static let negation = ExtractionWordClasses(rawValue: 1 << 19)
    /// A verb that introduces a speaker: "said", "told".
    static let speechVerb = ExtractionWordClasses(rawValue: 1 << 20)
    /// A preposition before a place: "in", "at", "near", "around".
    static let placePreposition = ExtractionWordClasses(rawValue: 1 << 21)
    /// The first word of an appeal: "appealed", "urged".
    static let appealCue = ExtractionWordClasses(rawValue: 1 << 22)
    /// The first word of a consultation: "consulted", "held".
    static let consultationCue = ExtractionWordClasses(rawValue: 1 << 23)
    /// The first word of a phrase after a count that says what happened: "killed", "fled", "destroyed".
    static let afterTriggerStart = ExtractionWordClasses(rawValue: 1 << 24)

    /// A month's name or abbreviation: a number beside one is a date.
    static let month = ExtractionWordClasses(rawValue: 1 << 25)
    /// A unit, currency or time word after a number (``ExtractionLexicon/units``).
    static let unit = ExtractionWordClasses(rawValue: 1 << 26)
    /// A noun for houses (``ExtractionLexicon/houseNouns``).
    static let houseNoun = ExtractionWordClasses(rawValue: 1 << 27)
    /// A noun for things a number can count that are not people (``ExtractionLexicon/thingNouns``).
    static let thingNoun = ExtractionWordClasses(rawValue: 1 << 28)
    /// A word that cannot be part of the noun a number counts (``MetricTriggers/headStoppers``).
    static let headStopper = ExtractionWordClasses(rawValue: 1 << 29)
    /// A scale word after digits: "million", "lakh", "bn".
    static let scale = ExtractionWordClasses(rawValue: 1 << 30)

    /// A word that can start a country or organisation name (``ActorResolver/nameStarts``).
    static let nameStart = ExtractionWordClasses(rawValue: 1 << 31)

    /// The first word of an organisation's name or alias in the ``Gazetteer``.
    static let organisationStart = ExtractionWordClasses(rawValue: 1 << 32)
    /// The first word or the surname of a leader in ``KnownLeaders``, in lower case.
    static let leaderName = ExtractionWordClasses(rawValue: 1 << 33)
    /// A word for a running count: "toll", "number", "tally" (``FigureExtractor/tollMetric(before:in:)``).
    static let tollNoun = ExtractionWordClasses(rawValue: 1 << 34)
    /// A word that starts another clause after a count: "while", "but" (``FigureExtractor/clauseStarts``).
    static let clauseStart = ExtractionWordClasses(rawValue: 1 << 35)

    /// The classes of a word in lower case (empty for most words).
    static func of(_ lower: String) -> ExtractionWordClasses {
        table[lower] ?? []
    }

    /// Every cue word with its classes, and the commonest words with none. The tokenizer looks each
    /// ASCII word up here from its bytes and the ``WordHash`` of its lower case, worked out as it
    /// reads them; so a list made by cutting text into tokens (the gazetteer's aliases) must be cut
    /// without word classes, or the table would wait on itself.
    static let table: WordTable<ExtractionWordClasses> = {
        var table: [String: ExtractionWordClasses] = [:]
        func add<Words: Sequence<String>>(_ words: Words, _ classes: ExtractionWordClasses) {
            for word in words { table[word, default: []].formUnion(classes) }
        }
        add(ExtractionLexicon.qualifiers.map { $0.words[0] }, .countStart)
        add(ExtractionLexicon.vague.map { $0[0] }, .countStart)
        add(ExtractionLexicon.numberWords, [.countStart, .countCore])
        add(CountFinder.wordNumberStarts, .countStart)
        add(ExtractionLexicon.vague.compactMap(\.last), .countCore)
        add(ExtractionLexicon.personNouns, .personNoun)
        add(ExtractionLexicon.qualifiers.filter(\.keep).map { $0.words[0] }, .vagueCue)
        add(FigureExtractor.manyWords, .vagueCue)
        add(["nobody"], .nobody)
        add(FigureExtractor.unnumberedHouseNouns, .houseCue)
        add(ExtractionLexicon.qualifiers.filter(\.keep).map { $0.words[0] }, .unnumberedCue)
        add(Array(FigureExtractor.manyWords) + Array(FigureExtractor.unnumberedHouseNouns) + ["no", "nobody"], .unnumberedCue)
        add(FigureExtractor.backgroundFirstWords, .backgroundCue)
        add(["last", "ago"], .backgroundCue)
        add(FigureExtractor.tollNouns, .tollNoun)
        add(FigureExtractor.clauseStarts, .clauseStart)
        add(ResponseRules.troops, .troops)
        add(ResponseRules.aid, .aid)
        add(SentenceFacts.negations, .negation)
        add(SpeakerFinder.verbs, .speechVerb)
        add(PlaceFinder.prepositions, .placePreposition)
        add(MetricTriggers.afterFirstWords, .afterTriggerStart)
        add(ResponseRules.appeals.map { $0[0] }, .appealCue)
        add(ResponseRules.consultations.map { $0[0] }, .consultationCue)
        add(ActorResolver.titles, .title)
        add(BorderRules.borderWords, .border)
        add(ArticleFacts.disasterWords.keys, .disaster)
        add(AidFlightRules.aircraft, .aircraft)
        add(ResponseRules.cueWords, .responseCue)
        add(MeasureRules.cueWords, .measureCue)
        add(AllegationRules.claimVerbs, .claimVerb)
        add(AllegationRules.denialVerbs, .denialVerb)
        add(ExtractionLexicon.months, .month)
        add(ExtractionLexicon.units, .unit)
        add(ExtractionLexicon.houseNouns, .houseNoun)
        add(ExtractionLexicon.thingNouns, .thingNoun)
        add(MetricTriggers.headStoppers, .headStopper)
        add(ExtractionLexicon.scaleWords, .scale)
        add(ActorResolver.nameStarts, .nameStart)
        add(Gazetteer.aliasIndex.keys, .organisationStart)
        add(KnownLeaders.byName.keys, .leaderName)
        // The commonest words are cues for nothing, but the tokenizer takes a word's string from
        // the table when it is there, instead of making one.
        add(SentenceFacts.stopwords, [])
        return WordTable(table)
    }()
}

extension Array where Element == ExtractionToken {
    /// The classes of all the tokens together: what cues the sentence holds.
    var wordClasses: ExtractionWordClasses {
        var classes: ExtractionWordClasses = []
        for token in self { classes.formUnion(token.classes) }
        return classes
    }
}
