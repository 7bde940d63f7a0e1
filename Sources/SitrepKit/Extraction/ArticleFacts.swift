/// Everything one article supports, before merging: one pass over its sentences.
struct ArticleFacts {
    let article: Article
    private(set) var source: Source
    var figures: [Figure] = []
    var borders: [Border] = []
    var flights: [AidFlight] = []
    var responses: [Response] = []
    var measures: [Measure] = []
    var allegations: [Allegation] = []
    var warnings: [Diagnostic] = []
    var notes: [NoteAssessment] = []
    var places: [String] = []
    var date: SitrepDate?
    /// The first whole date the text gives (day, month and year), read only for an article with no
    /// publication date and no day in its URL: the edition's date when nothing better says it.
    var dateInText: SitrepDate?
    var disasterType: DisasterType?
    private var firstSentence: [ExtractionToken] = []
    private var titleTokens: [ExtractionToken] = []

    /// Reads an article; `sentences` is the article already cut, when the caller has it.
    init(article: Article, sentences: ArticleSentences? = nil, affected: Country) {
        self.article = article
        // The URL's publisher is worked out once, for the id and (unless the article names one) the source.
        let urlPublisher = article.url.flatMap(SourceNaming.publisher(for:))
        let publisher = article.publisher.map { ($0, SourceType?.none) } ?? urlPublisher
        source = Source(
            id: SourceNaming.id(url: article.url, path: article.path, publisher: urlPublisher), url: article.url, publisher: publisher?.0,
            type: publisher?.1, title: article.title, published: article.published)
        date = article.published
        read(sentences ?? ArticleSentences(article), affected: affected)
    }

    /// Gives the source its final id (unique among the articles) and cites it everywhere.
    mutating func setSourceID(_ id: String) {
        source.id = id
        for index in figures.indices { figures[index].source = id }
        for index in borders.indices { borders[index].source = id }
        for index in flights.indices { flights[index].source = id }
        for index in responses.indices { responses[index].source = id }
        for index in measures.indices { measures[index].source = id }
        for index in allegations.indices { allegations[index].source = id }
    }

    private mutating func read(_ cut: ArticleSentences, affected: Country) {
        let sentences = cut.sentences
        var tokenized: [[ExtractionToken]] = []
        tokenized.reserveCapacity(sentences.count)
        var skipped = 0
        for tokens in cut.tokens {
            if tokens.count > Extractor.longestSentence {
                skipped += 1
                tokenized.append([])
            } else {
                tokenized.append(tokens)
            }
        }
        if skipped > 0 {
            warn("\(skipped) passage(s) of more than \(Extractor.longestSentence) words without a sentence end were skipped")
        }
        if sentences.isEmpty || cut.bodyCount == 0 { warn("the article has no text") }
        let urlDay = ArticleFacts.dayInURL(article.url)
        if article.published == nil, urlDay == nil {
            dateInText = tokenized.lazy.filter(DateInText.mayHoldWholeDate)
                .compactMap { DateInText.found(inTokens: $0) }.first { !$0.yearIsInferred }?.date
        }
        let year = ArticleFacts.articleYear(urlYear: urlDay?.year, published: article.published, sentences: tokenized)
        var figureRules = FigureExtractor(articleYear: year, lastBorder: nil)
        figureRules.articleDay = article.published ?? urlDay.flatMap(ArticleFacts.date)
        var resolver = ActorResolver(day: figureRules.articleDay)
        var lastBorderCountries: [Country]?
        // How often each kind of disaster is named: a short list, searched in place, since a
        // dictionary would hash each kind's name at every mention.
        var disasterCounts: [(type: DisasterType, count: Int)] = []
        var locator: SentenceLocator?
        // A headline's figures come after the body's: the body's sentence, which says who gives the
        // number, is the one kept when both give it.
        var headlineFigures: [Figure] = []
        for (index, sentence) in sentences.enumerated() {
            let tokens = tokenized[index]
            guard !tokens.isEmpty else { continue }
            if firstSentence.isEmpty, !sentence.isTitle { firstSentence = tokens }
            if titleTokens.isEmpty, sentence.isTitle { titleTokens = tokens }
            // Each step runs only when the sentence holds a word it needs (see ExtractionWordClasses).
            let classes = tokens.wordClasses
            if classes.contains(.title) { resolver.learn(from: tokens) }
            if classes.contains(.border) {
                for position in tokens.indices {
                    guard let border = PlaceFinder.border(at: position, in: tokens) else { continue }
                    figureRules.lastBorder = border.name
                    lastBorderCountries = border.countries.contains(affected) ? border.countries.sorted { a, _ in a == affected } : border.countries
                }
            }
            if classes.contains(.disaster) {
                for index in tokens.indices where tokens[index].classes.contains(.disaster) {
                    if let type = ArticleFacts.disaster(at: index, in: tokens) {
                        if let known = disasterCounts.firstIndex(where: { $0.type == type }) { disasterCounts[known].count += 1 } else { disasterCounts.append((type, 1)) }
                    }
                }
            }
            for finding in figureRules.figures(in: tokens, sentence: sentence.text, classes: classes) {
                if let warning = finding.warning {
                    if locator == nil { locator = SentenceLocator(article) }
                    warn(warning + ": \"\(sentence.text)\"", at: locator?.location(of: sentence.text, isTitle: sentence.isTitle))
                }
                guard var figure = finding.figure else { continue }
                // "Killed in India" in an Indian crisis says no more than no place does, and on a
                // key figure would keep the figure apart from those that name none.
                if let place = figure.place, place == affected.name || Country(named: place) == affected { figure.place = nil }
                if let place = figure.place { addPlace(place) }
                if sentence.isTitle { headlineFigures.append(figure) } else { figures.append(figure) }
            }
            let actors = classes.isDisjoint(with: [.aircraft, .responseCue]) ? [] : resolver.mentions(in: tokens)
            let newBorders = classes.contains(.border)
                ? BorderRules.borders(in: tokens, sentence: sentence.text, affected: affected, last: lastBorderCountries) : []
            borders += newBorders
            if let last = newBorders.last, lastBorderCountries == nil { lastBorderCountries = last.between }
            // "Thousands fled to the border with Uzbekistan": a border named with no status is the
            // one a later "guards are letting people through one by one" restricts.
            if newBorders.isEmpty, lastBorderCountries == nil, classes.contains(.border) {
                lastBorderCountries = BorderRules.countries(in: tokens, affected: affected).first
            }
            if classes.contains(.aircraft) {
                flights += AidFlightRules.flights(in: tokens, sentence: sentence.text, affected: affected, actors: actors)
            }
            responses += ResponseRules.responses(
                in: tokens, sentence: sentence.text, affected: affected, actors: actors, people: resolver.people, classes: classes)
            for measure in classes.contains(.measureCue) ? MeasureRules.measures(in: tokens, sentence: sentence.text, lastBorder: figureRules.lastBorder, affected: affected) : [] {
                measures.append(measure)
                if let place = measure.place { addPlace(place) }
            }
            // "Police rejected claims that …" states a claim and its denial at once.
            if !sentence.isTitle, classes.contains(.denialVerb),
               let allegation = AllegationRules.deniedAllegation(in: tokens, sentence: sentence.text) {
                allegations.append(allegation)
            } else if !sentence.isTitle, classes.contains(.claimVerb),
                      let allegation = AllegationRules.allegation(in: tokens, sentence: sentence.text, people: resolver.people) {
                allegations.append(allegation)
            }
        }
        figures += headlineFigures
        // Denials answer allegations anywhere in the article.
        for index in allegations.indices {
            for (position, tokens) in tokenized.enumerated() where !sentences[position].isTitle && sentences[position].text != allegations[index].quote {
                if let deniedBy = AllegationRules.denial(of: allegations[index].claim, in: tokens) {
                    allegations[index].status = .denied
                    allegations[index].deniedBy = deniedBy.isEmpty ? nil : deniedBy
                    break
                }
            }
        }
        // Said, so that a field note or article that gave nothing is not lost without a word: each
        // note line at its own line (lines citing one source are read as one article).
        let nothing = "nothing was extracted from it (no figure, border, flight, response, measure or allegation); add what it says by hand"
        if let noteLines = article.noteLines {
            let quoted = Set(
                figures.map(\.quote) + borders.map(\.quote) + flights.map(\.quote) + responses.map(\.quote) + measures.map(\.quote)
                    + allegations.map(\.quote))
            let lines = article.body.split(separator: "\n", omittingEmptySubsequences: false)
            for (line, number) in zip(lines, noteLines)
            where !ExtractionSentenceSplitter.split(String(line)).contains(where: { quoted.contains($0) }) {
                warnings.append(Diagnostic(file: article.path, location: SourceLocation(line: number, column: 1), severity: .warning, message: nothing))
            }
        } else if cut.bodyCount > 0, figures.isEmpty, borders.isEmpty, flights.isEmpty, responses.isEmpty, measures.isEmpty, allegations.isEmpty {
            warnings.append(Diagnostic(file: article.path, location: SourceLocation(line: article.line, column: 1), severity: .warning, message: nothing))
        }
        disasterType = disasterCounts.max { $0.count < $1.count || ($0.count == $1.count && $0.type.rawValue > $1.type.rawValue) }?.type
        if let note = article.note, !note.isEmpty {
            let bodyRange = sentences.indices.filter { !sentences[$0].isTitle }
            let assessment = NoteAssessor.assess(
                note: note, path: article.path, sentences: bodyRange.map { sentences[$0].text }, tokenized: bodyRange.map { tokenized[$0] },
                normalizedBody: ArticleText.normalized(article.body))
            notes.append(assessment)
            let location = SourceLocation(line: article.line, column: 1)
            for phrase in assessment.unsupportedPhrases {
                warnings.append(Diagnostic(file: article.path, location: location, severity: .warning,
                    message: "the note says '\(phrase)', which the article does not bear out; the situation file keeps only what the article says, so correct the note before you repeat it"))
            }
            for number in assessment.missingNumbers {
                warnings.append(Diagnostic(file: article.path, location: location, severity: .warning,
                    message: "the note's number '\(number)' does not occur in the article; no figure is taken from a note, so check the number against the article"))
            }
            if assessment.supportingSentences.isEmpty {
                warnings.append(Diagnostic(file: article.path, location: location, severity: .warning,
                    message: "no sentence of the article supports the note; check that the note belongs to this article"))
            }
        }
    }

    private mutating func warn(_ message: String, at location: SourceLocation? = nil) {
        warnings.append(Diagnostic(file: article.path, location: location, severity: .warning, message: message))
    }

    private mutating func addPlace(_ place: String) {
        // A figure "in Osh and Jalalabad" names two places.
        let named = ArticleFacts.placeNames(place)
        if named.count > 1 {
            named.forEach { addPlace(String($0)) }
            return
        }
        // Most figures of an article name a place it has named already; "Osh and " names no second.
        if place.isEmpty || places.contains(place) { return }
        if place.hasSuffix(" border") || place.hasSuffix(" Border") { return }
        if ActorResolver.country(forWord: place) != nil || Country(named: place) != nil { return }
        places.append(place)
    }

    /// The places a phrase names, cut at each " and ": "Osh and Jalalabad" → Osh, Jalalabad.
    ///
    /// Cut by a byte search: Foundation's `components(separatedBy:)` compares Unicode text, and the
    /// standard library's split on a collection separator goes through generic searchers; each was
    /// a fiftieth to a tenth of extraction here.
    static func placeNames(_ place: String) -> [Substring] {
        let bytes = place.utf8
        var names: [Substring] = []
        var start = bytes.startIndex
        var searchFrom = start
        while let space = bytes[searchFrom...].firstIndex(of: 0x20) {
            let after = bytes.index(after: space)
            if bytes[after...].starts(with: "and ".utf8) {
                names.append(Substring(bytes[start..<space]))
                start = bytes.index(after, offsetBy: 4)
                searchFrom = start
            } else {
                searchFrom = after
            }
        }
        names.append(Substring(bytes[start...]))
        return names
    }

    /// The crisis's name: the disaster the lead (or else the headline) names, in `region` (the
    /// country): "Ethnic clashes in Kyrgyzstan", "Floods in the Philippines"; else the headline as
    /// written, when it holds no number. A headline carries the day's numbers ("160 killed and
    /// hundreds left stranded…"), which a name kept across editions must not. A word for the
    /// article's own kind of disaster comes first: an earthquake's lead may name the rain that
    /// hampers the rescue.
    func crisisName(region: String) -> String? {
        // The article's own kind first, then any kind (once only when the article has none).
        for wanted in disasterType.map({ [$0, nil] }) ?? [nil] {
            for (tokens, isTitle) in [(firstSentence, false), (titleTokens, true)] {
                for index in tokens.indices {
                    guard let type = ArticleFacts.disaster(at: index, in: tokens), wanted == nil || type == wanted else { continue }
                    var start = index, end = index
                    if index > 0, ArticleFacts.disasterAdjectives.contains(tokens[index - 1].lower) { start -= 1 }
                    // "Ebola outbreak": a second word for the same disaster belongs to the name.
                    if index + 1 < tokens.count, ArticleFacts.nameContinuations.contains(tokens[index + 1].lower) { end += 1 }
                    // A headline's capitals are its style ("Flash Floods"); a disease's name keeps one ("Ebola").
                    let words = (start...end).map { at -> String in
                        guard isTitle else { return tokens[at].text }
                        return at == index && type == .epidemic ? tokens[at].lower.prefix(1).uppercased() + tokens[at].lower.dropFirst() : tokens[at].lower
                    }
                    let phrase = words.joined(separator: " ")
                    return phrase.prefix(1).uppercased() + phrase.dropFirst() + " in \(region)"
                }
            }
        }
        // A headline is a crisis's name only when it carries none of the day's numbers ("35,000 flee…").
        // A number hyphened to a word is part of a name ("COVID-19"), not one of the day's numbers.
        let carriesNumbers = titleTokens.indices.contains { index in
            let token = titleTokens[index]
            guard token.kind == .number || token.classes.contains(.countCore) else { return false }
            let named = index >= 2 && titleTokens[index - 1].text == "-" && !titleTokens[index - 1].spaceBefore && !token.spaceBefore
                && titleTokens[index - 2].kind == .word
            return !named
        }
        if let title = article.title, !title.isEmpty, !carriesNumbers { return title }
        return nil
    }

    /// The disaster the word at `index` names, if any. Not "storm of criticism", "flood of
    /// refugees" or "war of words", and "fire" only as a fire ("Fire swept…", "a fire", "forest
    /// fire"), never gunfire ("opened fire", "sniper fire", "cease-fire", "returned the fire").
    static func disaster(at index: Int, in tokens: [ExtractionToken]) -> DisasterType? {
        guard tokens[index].classes.contains(.disaster), let type = disasterWords[tokens[index].lower] else { return nil }
        let word = tokens[index].lower
        if figurativeBeforeOf.contains(word), index + 1 < tokens.count, tokens[index + 1].lower == "of" { return nil }
        if word == "fire" {
            guard index == 0 || fireStarters.contains(tokens[index - 1].lower) else { return nil }
            if index >= 2, gunfireVerbs.contains(tokens[index - 2].lower) { return nil }
        }
        return type
    }

    /// Disaster words that, before "of", speak of something else: "storm of criticism", "flood of refugees".
    static let figurativeBeforeOf: WordSet = ["storm", "storms", "flood", "floods", "war", "fire"]

    /// Words before "fire" that make it a fire: "a fire", "the fire", "a giant fire", "forest fire".
    static let fireStarters: WordSet = [
        "a", "the", "giant", "huge", "massive", "big", "major", "deadly", "devastating", "raging", "forest", "bush",
        "wild", "factory", "market", "camp", "house", "building", "warehouse", "hospital",
    ]

    /// Verbs before "the fire" that make it gunfire: "returned the fire".
    static let gunfireVerbs: WordSet = ["opened", "returned", "returning", "exchanged", "drew", "held"]

    /// Words that continue a disaster's name: "Ebola outbreak", "cholera epidemic".
    static let nameContinuations: WordSet = ["outbreak", "epidemic"]

    static let disasterAdjectives: WordSet = ["ethnic", "deadly", "heavy", "flash", "torrential", "severe", "massive", "violent", "tribal", "sectarian", "monsoon"]

    static let disasterWords: WordTable<DisasterType> = WordTable([
        "clashes": .conflict, "fighting": .conflict, "violence": .conflict, "conflict": .conflict, "unrest": .conflict,
        "war": .conflict, "earthquake": .earthquake, "quake": .earthquake, "tremor": .earthquake, "flood": .flood,
        "floods": .flood, "flooding": .flood, "floodwaters": .flood, "typhoon": .cyclone, "cyclone": .cyclone,
        "hurricane": .cyclone, "storm": .cyclone, "storms": .cyclone, "ebola": .epidemic, "cholera": .epidemic,
        "epidemic": .epidemic, "outbreak": .epidemic, "drought": .drought, "fire": .other, "fires": .other,
        "wildfire": .other, "wildfires": .other, "landslide": .flood,
        "rain": .flood, "rains": .flood, "rainfall": .flood, "downpour": .flood, "downpours": .flood,
    ])

    /// The country the article is about: the first it names in its first 40 body sentences, else
    /// in the headline as written. When that first country is named as sending help ("A Russian
    /// plane carrying rescuers landed in Adana", "Britain sent aid to Pakistan"), the first other
    /// country named where things happen ("in Turkey", "to quake-hit Turkey"), body then headline,
    /// is taken instead. `sentences` is the article already cut, when the caller has it.
    static func firstCountry(in article: Article, sentences: ArticleSentences? = nil) -> Country? {
        let resolver = ActorResolver()
        var donor: Country?
        // The country a sentence settles on, if it does; a donor named first is kept in `donor`.
        func settled(_ tokens: [ExtractionToken]) -> Country? {
            for mention in resolver.mentions(in: tokens) {
                guard case .country(let country) = mention.actor else { continue }
                guard let first = donor else {
                    if !isNamedSendingHelp(mention, in: tokens) { return country }
                    donor = country
                    continue
                }
                if country != first, isNamedWhereThingsHappen(mention, in: tokens) { return country }
            }
            return nil
        }
        // A headline that names a country as where things happen names the crisis's, before the
        // body names neighbours, donors or where refugees went ("Typhoon toll climbs to 375 in the
        // Philippines", then "Japan sent…"); a demonym in it ("Turkish border") does not.
        let titleTokens = sentences.flatMap { $0.sentences.first?.isTitle == true ? $0.tokens.first : nil }
            ?? ExtractionTokenizer.tokens(article.title ?? "")
        for mention in resolver.mentions(in: titleTokens) where mention.how != .demonym && isNamedWhereThingsHappen(mention, in: titleTokens) {
            if case .country(let country) = mention.actor { return country }
        }
        // The body is cut a sentence at a time, only as far as a country is settled.
        var firstSentence: [ExtractionToken]?
        if let sentences {
            firstSentence = sentences.bodyTokens.first
            for tokens in sentences.bodyTokens.prefix(40) { if let country = settled(tokens) { return country } }
        } else {
            for text in ExtractionSentenceSplitter.split(article.body).prefix(40) {
                let tokens = ExtractionTokenizer.tokens(text)
                if firstSentence == nil { firstSentence = tokens }
                if let country = settled(tokens) { return country }
            }
        }
        return settled(titleTokens) ?? donor ?? firstSentence.flatMap(datelineCountry)
    }

    /// The country of a dateline's capital, "KINSHASA (Reuters) -": taken only when no sentence
    /// names a country, since news agencies also file from regional hubs.
    static func datelineCountry(_ tokens: [ExtractionToken]) -> Country? {
        guard tokens.count > 1, let first = tokens.first, first.kind == .word, first.text.utf8.count > 3,
              first.text == first.text.uppercased(), ["(", ",", "-"].contains(tokens[1].text) else { return nil }
        return ActorResolver.country(forWord: String(first.text.prefix(1)) + first.lower.dropFirst())
    }

    /// Whether a country is named as sending help: its name with a vehicle, team or aid, or a verb
    /// of sending, in the three words after it.
    private static func isNamedSendingHelp(_ mention: ActorResolver.Mention, in tokens: [ExtractionToken]) -> Bool {
        tokens[mention.end..<min(tokens.count, mention.end + 3)].contains { ArticleFacts.helpWords.contains($0.lower) }
    }

    /// Whether a country is named as where things happen: "in Turkey", "to Turkey", "quake-hit Turkey".
    private static func isNamedWhereThingsHappen(_ mention: ActorResolver.Mention, in tokens: [ExtractionToken]) -> Bool {
        // "in the Philippines": the article is passed over.
        var before = mention.start - 1
        if before > 0, tokens[before].lower == "the" { before -= 1 }
        guard before >= 0 else { return false }
        return ArticleFacts.wherePrepositions.contains(tokens[before].lower)
    }

    /// Words after a country that say it sends help: "A Russian plane", "Britain sent".
    static let helpWords: WordSet = [
        "plane", "planes", "aircraft", "jet", "jets", "flight", "flights", "cargo", "rescuers", "rescue", "team", "teams",
        "convoy", "aid", "relief", "sent", "sends", "send", "flies", "flew", "dispatched", "dispatches", "pledged", "pledges",
        "donated", "donates", "offered", "offers", "airlifted", "delivered", "delivers",
    ]
    /// Words before a country that say things happen there.
    static let wherePrepositions: WordSet = ["in", "to", "into", "across", "hit", "struck", "affected", "ravaged", "stricken"]

    /// The year the article is about: its publication, the year of the day in its URL, or full dates in its text.
    static func articleYear(urlYear: Int?, published: SitrepDate?, sentences: [[ExtractionToken]]) -> Int? {
        // The day it was published says the year; the text may name a later one ("a referendum is
        // scheduled for 27 June 2011"), which would make this year's figures look past.
        if let year = published?.year ?? urlYear { return year }
        var years: [Int] = []
        for tokens in sentences {
            for (index, token) in tokens.enumerated() where token.kind == .number && token.text.utf8.count == 4 {
                guard let year = Int(token.text), (1900...2100).contains(year) else { continue }
                let window = tokens[max(0, index - 3)..<index]
                if window.contains(where: { $0.classes.contains(.month) }) { years.append(year) }
            }
        }
        return years.max()
    }

    /// A day in a URL: /2013/12/26/, 2014-10/08, 20150423, /2010/jan/14/. Read by bytes: only ASCII
    /// digits count, and a URL is read once per article.
    static func dayInURL(_ url: String?) -> (year: Int, month: Int, day: Int)? {
        guard let url else { return nil }
        func valid(_ year: Int, _ month: Int, _ day: Int) -> Bool {
            (1990...2100).contains(year) && (1...12).contains(month) && day >= 1 && day <= SitrepDate.daysIn(month: month, year: year)
        }
        let bytes = Array(url.utf8)
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        func value(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) } }
        var runs: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]) else { index += 1; continue }
            let start = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            runs.append(start..<index)
        }
        for index in runs.indices where runs[index].count == 4 && index + 2 < runs.count {
            let year = value(runs[index]), month = runs[index + 1], day = runs[index + 2]
            if month.count == 2, day.count == 2, valid(year, value(month), value(day)) {
                return (year, value(month), value(day))
            }
        }
        for run in runs where run.count >= 8 {
            for start in run.lowerBound...(run.upperBound - 8) {
                let year = value(start..<start + 4), month = value(start + 4..<start + 6), day = value(start + 6..<start + 8)
                if valid(year, month, day) { return (year, month, day) }
            }
        }
        // A year, a month's name and a day as path parts: /2010/jan/14/.
        let parts = bytes.split(separator: 0x2F)
        func text(_ part: Int) -> String { String(decoding: parts[part], as: UTF8.self) }
        for index in parts.indices where index + 2 < parts.count && parts[index].count == 4 {
            if let year = Int(text(index)), let month = ExtractionLexicon.monthNumbers[text(index + 1).lowercased()],
               let day = Int(text(index + 2)), valid(year, month, day) {
                return (year, month, day)
            }
        }
        return nil
    }

    /// The day in a URL as a date.
    static func dateInURL(_ url: String?) -> SitrepDate? {
        dayInURL(url).flatMap(date)
    }

    /// A year, month and day as a date.
    static func date(_ day: (year: Int, month: Int, day: Int)) -> SitrepDate? {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return SitrepDate("\(day.year)-\(two(day.month))-\(two(day.day))")
    }
}
