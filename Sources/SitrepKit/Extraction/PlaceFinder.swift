/// Finds the place a phrase names: "in Osh", "in the southern city of Osh", "in a second southern
/// city, Jalalabad", "at the Kyrgyz-Uzbek border", and "at the border" for the border named last.
enum PlaceFinder {
    /// Nouns for a kind of place, skipped on the way to its name ("city of Osh").
    static let placeNouns: WordSet = [
        "city", "town", "village", "province", "district", "county", "state", "region", "area", "capital", "prefecture",
        "municipality", "camp", "island", "valley", "neighbourhood", "neighborhood", "suburb", "port", "hamlet",
    ]
    /// The same nouns for several places, skipped after a count: "in six camps of North Tripura".
    static let placeNounsPlural: WordSet = [
        "cities", "towns", "villages", "provinces", "districts", "counties", "states", "regions", "areas", "prefectures",
        "municipalities", "camps", "islands", "valleys", "neighbourhoods", "neighborhoods", "suburbs", "hamlets",
    ]

    /// Words for weather that, capitalised in a headline, are no place: "In Heavy Rains Across Pakistan".
    static let weatherWords: WordSet = ["rain", "rains", "downpour", "downpours", "rainfall", "snow", "snowfall", "winds", "heatwave"]
    /// Armed and political groups whose names news capitalises like places: "in Taliban attacks".
    static let groupNames: WordSet = [
        "taliban", "isis", "isil", "daesh", "al-qaeda", "al-shabab", "al-shabaab", "hamas", "hezbollah", "houthi", "houthis",
        "boko", "haram", "janjaweed", "farc",
    ]

    /// Words that say which part of a place, skipped on the way to its name ("in the central Visayas").
    static let regionWords: WordSet = ["central", "coastal", "neighbouring", "neighboring", "remote", "rural", "mountainous", "northernmost", "southernmost"]

    /// The prepositions before a place's name ("evacuated from Grimma" is where they were).
    static let prepositions: WordSet = ["in", "at", "near", "around", "from"]
    /// Small words inside a place's name, between two capitalised words: "Pescara del Tronto",
    /// "Rio de Janeiro".
    static let nameParticles: WordSet = ["de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "el"]

    /// The first (or with `last`, the last) place named in `tokens[from..<to]`.
    static func place(in tokens: [ExtractionToken], from: Int, to: Int, lastBorder: String?, last: Bool = false) -> String? {
        var found: String?
        var index = from
        while index < to {
            // Only a border word three tokens on, "border" itself or a preposition can start a place.
            let classes = tokens[index].classes
            if index + 3 < tokens.count, tokens[index + 3].classes.contains(.border), let border = border(at: index, in: tokens) {
                found = border.name
                if !last { return found }
                index = border.end
                continue
            }
            if classes.contains(.border), tokens[index].lower == "border", index > 0, tokens[index - 1].lower == "the", let lastBorder,
               index + 1 >= tokens.count || tokens[index + 1].lower != "with" {
                found = lastBorder
                if !last { return found }
            }
            if classes.contains(.placePreposition), let name = name(after: index + 1, in: tokens, limit: to) {
                // "in Bosnia and Herzegovina": the whole country, no place within it.
                if let country = countryName(startingWith: name, in: tokens) {
                    index = country
                    continue
                }
                let both = namePair(after: name, in: tokens, limit: to)
                found = both?.text ?? name.text
                if !last { return found }
                index = both?.end ?? name.end
                continue
            }
            index += 1
        }
        return found
    }

    /// Words that may follow a place's name where a clause goes on: "in Osh and Jalalabad on Friday".
    static let afterPlace: WordSet = [
        "on", "in", "since", "after", "during", "over", "overnight", "yesterday", "today", "this", "last", "and", "as",
        "provinces", "districts", "states", "regions", "cities", "towns", "villages", "counties", "areas", "islands", "valleys",
    ]

    /// "in Osh and Jalalabad": a second name right after "and", taken with the first when the clause
    /// ends after it (a mark, the end, or a word such as "on"), so "in Osh and President Otunbayeva
    /// said" keeps Osh alone. A country's name of this form is caught before (``countryName(startingWith:in:)``).
    static func namePair(after first: (text: String, end: Int), in tokens: [ExtractionToken], limit: Int) -> (text: String, end: Int)? {
        let and = first.end, start = first.end + 1
        guard start < min(limit, tokens.count), tokens[and].lower == "and", tokens[start].kind == .word, tokens[start].isCapitalised,
              let second = name(after: start, in: tokens, limit: limit), !ActorResolver.titles.contains(tokens[start].lower),
              // "the Caribbean and Northern regions": a compass word alone is no place's name.
              second.end > start + 1 || !tokens[start].lower.hasSuffix("ern")
        else { return nil }
        let next = second.end
        guard next >= tokens.count || tokens[next].kind == .punctuation || (!tokens[next].isCapitalised && afterPlace.contains(tokens[next].lower))
        else { return nil }
        return ("\(first.text) and \(second.text)", second.end)
    }

    /// Where a country's name of the form "X and Y" ends when `first` starts one ("Bosnia and
    /// Herzegovina", "Trinidad and Tobago", "Saint Kitts and Nevis"); nil otherwise.
    static func countryName(startingWith first: (text: String, end: Int), in tokens: [ExtractionToken]) -> Int? {
        guard first.end + 1 < tokens.count, tokens[first.end].lower == "and", tokens[first.end + 1].isCapitalised,
              let second = name(after: first.end + 1, in: tokens, limit: tokens.count)
        else { return nil }
        let pair = "\(first.text) and \(second.text)"
        return Country(named: pair) != nil || ActorResolver.country(forWord: pair) != nil ? second.end : nil
    }

    /// "Kyrgyz-Uzbek border", "Turkey-Syria border": two countries joined by a hyphen before "border".
    static func border(at index: Int, in tokens: [ExtractionToken]) -> (name: String, countries: [Country], end: Int)? {
        guard index + 3 < tokens.count, tokens[index + 3].classes.contains(.border), tokens[index + 1].text == "-", tokens[index + 3].lower == "border",
              let first = ActorResolver.country(forWord: tokens[index].text),
              let second = ActorResolver.country(forWord: tokens[index + 2].text), first != second
        else { return nil }
        return ("\(tokens[index].text)-\(tokens[index + 2].text) border", [first, second], index + 4)
    }

    /// A capitalised name after a preposition, past articles, adjectives and place nouns.
    static func name(after start: Int, in tokens: [ExtractionToken], limit: Int) -> (text: String, end: Int)? {
        var index = start
        var skipped = 0
        while index < min(limit, tokens.count), skipped < 5 {
            let token = tokens[index]
            if token.kind == .word, token.isCapitalised {
                let lower = token.lower
                // "in China's Sichuan province": the place is Sichuan, a name that needs no country before it.
                if lower.hasSuffix("'s"), index + 1 < min(limit, tokens.count), tokens[index + 1].kind == .word, tokens[index + 1].isCapitalised,
                   ActorResolver.country(forWord: String(token.text.dropLast(2))) != nil {
                    index += 1
                    continue
                }
                // "Tuesday's earthquake" names a day, not a place.
                let bare = lower.hasSuffix("'s") || lower.hasSuffix("\u{2019}s") ? String(lower.dropLast(2)) : lower
                if ExtractionLexicon.months.contains(bare) || ExtractionLexicon.weekdays.contains(bare) || lower == "the" { return nil }
                if lower.count <= 2, token.text.uppercased() == token.text { return nil }
                // "figures from OCHA", "data from the World Health Organization": who, not where.
                if token.classes.contains(.organisationStart), Gazetteer.organisation(at: index, in: tokens) != nil { return nil }
                var end = index + 1
                var words = [token.text]
                while end < min(limit, tokens.count) {
                    // "Jalal-Abad", "Port-au-Prince": parts joined by hyphens without spaces (not
                    // "Kyrgyz-Uzbek", two countries of a border).
                    if tokens[end].text == "-", !tokens[end].spaceBefore, end + 1 < min(limit, tokens.count), tokens[end + 1].kind == .word,
                       !tokens[end + 1].spaceBefore, ActorResolver.country(forWord: tokens[end - 1].text) == nil,
                       ActorResolver.country(forWord: tokens[end + 1].text) == nil {
                        words[words.count - 1] += "-" + tokens[end + 1].text
                        end += 2
                        continue
                    }
                    if nameParticles.contains(tokens[end].lower), !tokens[end].isCapitalised, end + 1 < min(limit, tokens.count),
                       tokens[end + 1].kind == .word, tokens[end + 1].isCapitalised {
                        words += [tokens[end].text, tokens[end + 1].text]
                        end += 2
                        continue
                    }
                    guard tokens[end].kind == .word, tokens[end].isCapitalised,
                          !ExtractionLexicon.months.contains(tokens[end].lower), !ExtractionLexicon.weekdays.contains(tokens[end].lower) else { break }
                    words.append(tokens[end].text)
                    end += 1
                }
                // "in Cyclone Nargis", "in Monsoon Floods", "Natural Disasters": a disaster, not a place.
                if words.contains(where: { ExtractionLexicon.disasterNouns.contains($0.lowercased()) || weatherWords.contains($0.lowercased()) }) {
                    return nil
                }
                // "in Taliban attacks", "in a Rohingya refugee camp": a people or an armed group is
                // who, not where ("in Kabul attacks", "in Kutupalong refugee camp" stay places).
                if tokens[index..<end].contains(where: { $0.classes.contains(.personNoun) || groupNames.contains($0.lower) }) {
                    return nil
                }
                var text = words.joined(separator: " ")
                if text.hasSuffix("'s") { text.removeLast(2) }
                if ActorResolver.country(forWord: text) != nil, ActorResolver.isDemonym(text) { return nil }
                return (text, end)
            }
            let lower = token.lower
            if token.kind == .word, lower == "the" || lower == "a" || lower == "an" || lower == "of" || placeNouns.contains(lower)
                || (token.kind == .word && !token.isCapitalised && skipped < 3 && (lower.hasSuffix("ern") || regionWords.contains(lower)))
                || lower == "second" || lower == "nearby" {
                index += 1
                skipped += 1
                continue
            }
            // "in refugee camp Kariari": who the place is for, before its kind.
            let beforePlaceNoun = index + 1 < min(limit, tokens.count) && placeNouns.contains(tokens[index + 1].lower)
            if token.kind == .word, beforePlaceNoun, token.classes.contains(.personNoun) || lower == "idp" {
                index += 1
                skipped += 1
                continue
            }
            // "in six camps of North Tripura", "in 12 districts of Bihar": a count of places, then their name.
            let isCountOfPlaces = (token.kind == .number || token.classes.contains(.countCore))
                && index + 1 < min(limit, tokens.count) && placeNounsPlural.contains(tokens[index + 1].lower)
            let isPlacesOf = placeNounsPlural.contains(lower) && index + 1 < min(limit, tokens.count) && tokens[index + 1].lower == "of"
            if isCountOfPlaces || isPlacesOf {
                index += 1
                skipped += 1
                continue
            }
            if token.text == ",", index > start, placeNouns.contains(tokens[index - 1].lower) {
                index += 1
                continue
            }
            return nil
        }
        return nil
    }
}
