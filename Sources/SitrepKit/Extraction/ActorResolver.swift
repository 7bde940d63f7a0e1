/// Finds countries, organisations and people in a sentence and resolves them to actors: a country
/// by its name, demonym or capital ("Moscow" → RU), an organisation from the ``Gazetteer``, and a
/// leader to the country the article says they lead ("Russian President Dmitry Medvedev" → RU, so
/// "Mr Medvedev" later is RU too).
struct ActorResolver {
    /// A country, organisation or person named in a sentence.
    struct Mention {
        let actor: Actor
        let start: Int
        let end: Int
        /// How the text names it.
        let how: How
        enum How { case name, demonym, capital, organisation, person }
    }

    /// People the article has tied to a country, by surname.
    var leaders: [String: Country] = [:]
    /// The article's day (``SitrepDate/dayNumber``), when known: the leaders in office then
    /// (``KnownLeaders``) are resolved without the article naming their country.
    private let dayNumber: Int?
    /// People's full names with their role, by surname: "Timakova" → "Natalya Timakova".
    var people: [String: String] = [:]

    /// A resolver that knows the leaders in office on `day`, when the article's day is known.
    init(day: SitrepDate? = nil) {
        dayNumber = day?.dayNumber
    }

    /// Titles that come before a person's name.
    static let titles: WordSet = [
        "president", "minister", "leader", "chancellor", "premier", "king", "queen", "spokesman", "spokeswoman",
        "spokesperson", "governor", "mayor", "secretary", "ambassador", "envoy", "general", "commander", "chief",
        "head", "official", "emperor", "prince", "sheikh", "emir", "director", "coordinator",
    ]

    /// Honorifics before a surname.
    static let honorifics: WordSet = ["mr", "ms", "mrs", "dr", "president", "gen", "prof"]

    /// The country a word names by its name, an alias or its capital, not by its demonym: "Turkey"
    /// and "Ankara", not "Turkish" (``country(forWord:)`` takes all of them).
    static func country(namedBy text: String) -> Country? {
        guard let country = country(forWord: text), !isDemonym(text) else { return nil }
        return country
    }

    /// The country a single name, demonym (singular or plural), alias or capital names; nil otherwise.
    static func country(forWord text: String) -> Country? {
        // Only a capitalised word can name a country; ASCII words are checked bytewise first.
        if let first = text.utf8.first, first < 0x80, !(first >= 0x41 && first <= 0x5A) { return nil }
        if let found = text.withASCIIBytes(country(forASCIIWord:)) { return found }
        var word = text
        if word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") { word = String(word.dropLast(2)) }
        guard let first = word.first, first.isUppercase else { return nil }
        if word.utf8.count <= 3, word.uppercased() != word, word.count <= 3 {
            // "Us", "Uk": short names count only in capitals.
            if Country.codesByNameTable[word.lowercased()] != nil, word.count <= 2 { return nil }
        }
        let key = word.utf8.contains(0xE2) ? Country.key(word) : word.lowercased()
        if let code = Country.codesByNameTable[key] { return Country.fromTable(code: code) }
        if key.hasSuffix("s"), let code = Country.codesByNameTable[String(key.dropLast())] { return Country.fromTable(code: code) }
        if let code = capitals[word] { return Country(code: code) }
        return nil
    }

    /// ``country(forWord:)`` for an ASCII word that starts with a capital, read from its bytes: the
    /// same steps without `Character` comparisons (each ASCII byte is one character) and without
    /// making a string for the word in lower case.
    private static func country(forASCIIWord bytes: UnsafeBufferPointer<UInt8>) -> Country? {
        var word = bytes[...]
        if word.count >= 2, word.last == 0x73, word[word.endIndex - 2] == 0x27 { word = word.dropLast(2) }
        guard let first = word.first, first >= 0x41 && first <= 0x5A else { return nil }
        let code = Country.codesByNameTable.value(asciiLowercasing: word)
        // "Us", "Uk": short names count only in capitals.
        if code != nil, word.count <= 2, word.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { return nil }
        if let code { return Country.fromTable(code: code) }
        if word.last == 0x73 || word.last == 0x53, let code = Country.codesByNameTable.value(asciiLowercasing: word.dropLast()) {
            return Country.fromTable(code: code)
        }
        if let code = capitals.value(word) { return Country(code: code) }
        return nil
    }

    /// Whether a word is a demonym ("Kyrgyz", "Uzbeks") rather than a country's name.
    static func isDemonym(_ text: String) -> Bool {
        var word = text.utf8.allSatisfy({ $0 < 0x80 }) ? ExtractionTokenizer.asciiLowercased(text.utf8) : text.lowercased()
        if word.hasSuffix("s") && demonyms.contains(String(word.dropLast())) { word.removeLast() }
        return demonyms.contains(word)
    }

    private static let demonyms = WordSet(countryTable.flatMap { $0.demonyms.map { Country.key($0) } })
    /// Capitals as written, to their country's code; the first country to claim a capital keeps it.
    private static let capitalsByName: [String: String] = Dictionary(
        countryTable.filter { !$0.capital.isEmpty }.map { ($0.capital, $0.code) }, uniquingKeysWith: { first, _ in first })
    private static let capitals = WordTable(capitalsByName)

    /// The first words of country names of more than one word ("united" of "united states"): only
    /// these can start one.
    static let multiWordNameStarts = WordSet(Country.codesByName.keys.compactMap { name in
        name.contains(" ") ? name.split(separator: " ").first.map(String.init) : nil
    })

    /// For each first word of a country name of several words, the lengths in words of the names
    /// it starts, longest first: "democratic" → [5, 4], "united" → [3, 2].
    static let multiWordNameLengths: WordTable<[Int]> = {
        var lengths: [String: Set<Int>] = [:]
        for name in Country.codesByName.keys where name.contains(" ") {
            let words = name.split(separator: " ")
            lengths[String(words[0]), default: []].insert(words.count)
        }
        return WordTable(lengths.mapValues { $0.sorted(by: >) })
    }()

    /// Every word, in lower case as a token has it, that can start a country or organisation name:
    /// each name, alias, demonym and capital, with a plural "s" and a possessive "'s", the first
    /// words of longer country names and the first words of the gazetteer's aliases.
    static let nameStarts: WordSet = {
        var words = Set<String>()
        for name in Country.codesByName.keys {
            words.formUnion([name, name + "s", name + "'s", name + "s's"])
        }
        for capital in capitalsByName.keys {
            let key = Country.key(capital)
            words.formUnion([key, key + "'s"])
        }
        words.formUnion(multiWordNameStarts)
        words.formUnion(Gazetteer.aliasIndex.keys)
        return WordSet(words)
    }()

    /// Countries, organisations and known people named in the tokens, left to right.
    func mentions(in tokens: [ExtractionToken]) -> [Mention] {
        var result: [Mention] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].kind == .word, tokens[index].isCapitalised else { index += 1; continue }
            // A word that starts no name the resolver knows can only be a leader's surname.
            let mayStartName = tokens[index].classes.contains(.nameStart)
            if tokens[index].classes.contains(.organisationStart), let organisation = Gazetteer.organisation(at: index, in: tokens) {
                result.append(Mention(actor: .organisation(organisation.organisation.name), start: index, end: organisation.end, how: .organisation))
                index = organisation.end
                continue
            }
            // Names of several words, longest first ("Democratic Republic of the Congo" before
            // "Republic of the Congo", "United States"), only the lengths this word starts.
            var matched = false
            let lengths = mayStartName ? ActorResolver.multiWordNameLengths[tokens[index].lower] ?? [] : []
            for length in lengths where index + length <= tokens.count {
                let words = tokens[index..<(index + length)]
                guard words.allSatisfy({ $0.kind == .word }) else { continue }
                let text = words.map(\.text).joined(separator: " ").lowercased()
                // "the Democratic Republic of the Congo's east": the name without its possessive.
                let bare = text.hasSuffix("'s") || text.hasSuffix("\u{2019}s") ? String(text.dropLast(2)) : text
                if let code = Country.codesByNameTable[text] ?? Country.codesByNameTable[bare], let country = Country(code: code) {
                    result.append(Mention(actor: .country(country), start: index, end: index + length, how: .name))
                    index += length
                    matched = true
                    break
                }
            }
            if matched { continue }
            if mayStartName, let country = ActorResolver.country(forWord: tokens[index].text) {
                let how: Mention.How = ActorResolver.isDemonym(tokens[index].text) ? .demonym : (ActorResolver.capitals[tokens[index].text] != nil ? .capital : .name)
                result.append(Mention(actor: .country(country), start: index, end: index + 1, how: how))
            } else if !leaders.isEmpty, let country = leaders[tokens[index].text] {
                // "Russian President Dmitry Medvedev" is one mention, not two.
                if let last = result.last, last.actor == .country(country), index - last.end <= 3 { index += 1; continue }
                result.append(Mention(actor: .country(country), start: index, end: index + 1, how: .person))
            } else if let dayNumber, tokens[index].classes.contains(.leaderName), let (term, end) = knownLeader(at: index, in: tokens, onDay: dayNumber) {
                if let last = result.last, last.actor == term.actor, index - last.end <= 3 { index = end; continue }
                result.append(Mention(actor: term.actor, start: index, end: end, how: .person))
                index = end
                continue
            }
            index += 1
        }
        return result
    }

    /// The leader in office whose full name starts at `index` ("Barack Obama", "Ban Ki-moon"), or
    /// whose surname is there after their title ("President Obama", "Prime Minister May": a surname
    /// alone may be a word or another person), with where the name ends.
    private func knownLeader(at index: Int, in tokens: [ExtractionToken], onDay dayNumber: Int) -> (KnownLeaders.Term, end: Int)? {
        let terms = (KnownLeaders.byName[tokens[index].lower] ?? []).filter { KnownLeaders.isInOffice($0, onDay: dayNumber) }
        for term in terms where index + term.words.count <= tokens.count {
            if tokens[index..<(index + term.words.count)].map(\.lower).elementsEqual(term.words) { return (term, index + term.words.count) }
        }
        if index > 0, let term = terms.first(where: { $0.surname == tokens[index].text }), ActorResolver.isLeadersTitle(before: index, in: tokens) {
            return (term, index + 1)
        }
        return nil
    }

    /// Whether a head of state's or government's title comes right before `index`: "President
    /// Obama", "Prime Minister May", "Chancellor Merkel", "Secretary-General Ban". "Mr Singh" or
    /// "Governor Singh" may be anyone.
    static func isLeadersTitle(before index: Int, in tokens: [ExtractionToken]) -> Bool {
        let title = tokens[index - 1].lower
        if ["president", "chancellor", "premier"].contains(title) { return true }
        if title == "minister" { return index >= 2 && tokens[index - 2].lower == "prime" }
        if title == "general" { return index >= 3 && tokens[index - 2].text == "-" && tokens[index - 3].lower == "secretary" }
        return false
    }

    /// Words before a title that are part of the role ("interim leader", "Prime Minister").
    static let roleModifiers: WordSet = ["prime", "foreign", "interior", "vice", "deputy", "interim", "former", "acting", "chief", "senior", "defence", "defense", "health"]

    /// Learns "Natalya Timakova, Mr Medvedev's spokeswoman," (a name, then a role between commas).
    mutating func learnAppositions(from tokens: [ExtractionToken]) {
        for comma in tokens.indices where tokens[comma].text == "," && comma >= 2 {
            var nameStart = comma
            while nameStart > 0, tokens[nameStart - 1].kind == .word, tokens[nameStart - 1].isCapitalised, comma - nameStart < 3 { nameStart -= 1 }
            guard comma - nameStart >= 2, nameStart == 0 || tokens[nameStart - 1].kind == .punctuation || !tokens[nameStart - 1].isCapitalised else { continue }
            guard ActorResolver.country(forWord: tokens[nameStart].text) == nil, !tokens[nameStart].classes.contains(.title) else { continue }
            var end = comma + 1
            while end < tokens.count, tokens[end].text != ",", end - comma < 8 { end += 1 }
            guard end < tokens.count, tokens[end].text == ",", end > comma + 1 else { continue }
            let role = tokens[(comma + 1)..<end]
            guard role.contains(where: { $0.classes.contains(.title) }), role.first?.lower != "who", role.first?.lower != "which" else { continue }
            let surname = tokens[comma - 1].text
            if people[surname] == nil {
                people[surname] = SentenceFacts.text(tokens[nameStart..<comma]) + ", " + SentenceFacts.text(role)
            }
        }
    }

    /// Learns from a sentence who leads which country and people's full names:
    /// "Russian President Dmitry Medvedev", "Kyrgyzstan's president Roza Otunbayeva",
    /// "Natalya Timakova, Mr Medvedev's spokeswoman".
    mutating func learn(from tokens: [ExtractionToken]) {
        learnAppositions(from: tokens)
        for index in tokens.indices where tokens[index].kind == .word && tokens[index].classes.contains(.title) {
            // The name: capitalised words after the title (and after "Minister" in "Prime Minister").
            var nameStart = index + 1
            while nameStart < tokens.count, tokens[nameStart].classes.contains(.title) { nameStart += 1 }
            var nameEnd = nameStart
            while nameEnd < tokens.count, nameEnd - nameStart < 4, tokens[nameEnd].kind == .word, tokens[nameEnd].isCapitalised,
                  ActorResolver.country(forWord: tokens[nameEnd].text) == nil, !tokens[nameEnd].classes.contains(.title) {
                nameEnd += 1
            }
            guard nameEnd - nameStart >= 2 else { continue }
            let surname = tokens[nameEnd - 1].text
            let fullName = tokens[nameStart..<nameEnd].map(\.text).joined(separator: " ")
            var roleStart = index
            while roleStart > 0, ActorResolver.roleModifiers.contains(tokens[roleStart - 1].lower)
                || (ActorResolver.country(forWord: tokens[roleStart - 1].text) != nil && !tokens[roleStart - 1].lower.hasSuffix("'s")) {
                roleStart -= 1
            }
            let role = SentenceFacts.text(tokens[roleStart..<nameStart])
            if people[surname] == nil { people[surname] = "\(fullName), \(role)" }
            // The country: a demonym or possessive right before the title words.
            var before = index - 1
            while before >= 0, tokens[before].classes.contains(.title) || ["prime", "foreign", "interior", "vice", "deputy", "interim", "former"].contains(tokens[before].lower) {
                before -= 1
            }
            if before >= 0, let country = ActorResolver.country(forWord: tokens[before].text), leaders[surname] == nil {
                let previousIsFormer = before + 1 < tokens.count && tokens[before + 1].lower == "former"
                if !previousIsFormer { leaders[surname] = country }
            }
        }
    }
}
