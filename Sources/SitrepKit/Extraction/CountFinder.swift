/// Finds the counts a sentence holds: digits with any grouping ("1,000", "2,70,000", "1 000"),
/// decimals with a scale ("1.2 million", "36.9 lakh"), number words ("seventy-seven", "a dozen",
/// "a quarter of a million"), vague quantities ("thousands", "tens of thousands"), qualifiers
/// ("at least", "more than", "an estimated", "as many as") and ranges ("45,000 to 50,000",
/// "between two and 2.5 million"). It reads numbers only; deciding what a number counts is the
/// figure rules' work. Every count is read back through ``Count/init(parsing:)`` so it holds no
/// number its words do not.
enum CountFinder {
    /// Every count in the tokens, left to right, not overlapping.
    static func mentions(in tokens: [ExtractionToken]) -> [CountMention] {
        var result: [CountMention] = []
        var index = 0
        // The next number or number word at or after `index`: every count holds one, at most
        // ``reachOfCountStart`` tokens after its first word.
        var nextCore = 0
        while index < tokens.count {
            // Most tokens start no count: tell from the token itself before reading further.
            if tokens[index].kind != .number, !tokens[index].classes.contains(.countStart) {
                index += 1
                continue
            }
            if tokens[index].kind != .number {
                if nextCore < index { nextCore = index }
                while nextCore < tokens.count, tokens[nextCore].classes.isDisjoint(with: [.number, .countCore]) { nextCore += 1 }
                if nextCore - index > reachOfCountStart {
                    index += 1
                    continue
                }
            }
            switch mention(at: index, in: tokens) {
            case .count(let mention):
                result.append(mention)
                index = mention.end
            case .unreadableRange(let end):
                index = end
            case nil:
                index += 1
            }
        }
        return result
    }

    /// How far after a count's first word its first number or number word can lie: a qualifier of
    /// three words ("a total of"), another ("as many as"), then a fraction ("a quarter of a million").
    static let reachOfCountStart = 10

    /// Whether the words at `index` match `words`; the number of tokens matched.
    static func match(_ words: [String], at index: Int, in tokens: [ExtractionToken]) -> Int? {
        guard index + words.count <= tokens.count else { return nil }
        for (offset, word) in words.enumerated() where tokens[index + offset].lower != word { return nil }
        return words.count
    }

    /// Whether a word of change ("rose", "up", "revised") comes before the "from" at `from` in its
    /// clause, so the number after it is an old value: "rose to 145 from 120", not "the river rose
    /// quickly and from 2,000 to 3,000 people were stranded".
    static func saysChange(before from: Int, in tokens: [ExtractionToken]) -> Bool {
        var index = from - 1
        while index >= 0, from - index <= 8 {
            let token = tokens[index]
            if token.text == "," || token.text == ";" || token.lower == "and" || token.lower == "but" { return false }
            if ExtractionLexicon.changeWords.contains(token.lower) { return true }
            index -= 1
        }
        return false
    }

    /// What the words at a count's start give.
    enum Reading {
        /// A count.
        case count(CountMention)
        /// A range no count can be read from ("80-77", "between 80 and 77"), ending at `end`: its
        /// last number is not taken alone, which would understate what the text says.
        case unreadableRange(end: Int)
    }

    /// The count that starts at `index`, if one does.
    static func mention(at index: Int, in tokens: [ExtractionToken]) -> Reading? {
        // Only a number or a word that can start a count (a qualifier, a vague word, a number word) can.
        guard tokens[index].kind == .number || tokens[index].classes.contains(.countStart) else { return nil }
        var coreStart = index
        var qualifierWords: [String] = []
        var isBetween = false
        for qualifier in tokens[index].kind == .word ? qualifiersByFirstWord[tokens[index].lower] ?? [] : [] {
            if let length = match(qualifier.words, at: index, in: tokens) {
                if qualifier.keep { qualifierWords = qualifier.words }
                isBetween = qualifier.words == ["between"]
                coreStart = index + length
                // "a total of some 300": allow one more qualifier.
                if !qualifier.keep, coreStart < tokens.count {
                    for inner in ExtractionLexicon.qualifiers where inner.keep {
                        if let innerLength = match(inner.words, at: coreStart, in: tokens) {
                            qualifierWords = inner.words
                            coreStart += innerLength
                            break
                        }
                    }
                }
                break
            }
        }
        guard coreStart < tokens.count else { return nil }
        // Vague words.
        if qualifierWords.isEmpty || qualifierWords == ["some"] || qualifierWords == ["over"] {
            for (words, vagueCount) in vagueByFirstWord[tokens[coreStart].lower] ?? [] {
                guard let length = match(words, at: coreStart, in: tokens) else { continue }
                let end = coreStart + length
                if words == ["scores"], end >= tokens.count || tokens[end].lower != "of" { continue }
                // "hundreds, and perhaps thousands" keeps only the first word; "thousands of millions" is not people.
                guard let count = vagueCount else { continue }
                return .count(CountMention(start: coreStart, coreStart: coreStart, end: end, count: count, isVague: true, isBetween: false))
            }
        }
        guard let core = number(at: coreStart, in: tokens) else { return nil }
        var end = core.end
        var text = core.text
        var joinerWord: String?
        var secondText: String?
        // Ranges: "45,000 to 50,000", "30-40", "between 30 and 40", "154-177".
        if end + 1 < tokens.count {
            let joiner = tokens[end]
            // "raised the toll from 80 to 110" is a change, not a range: the second number is the count.
            // "rose from 80 to 110", "rose by 12 to 340": an old value or a rise, then the new count.
            let isChange = joiner.lower == "to" && index > 0 && ["from", "by"].contains(tokens[index - 1].lower) && saysChange(before: index - 1, in: tokens)
            let isJoiner = !isChange && (joiner.lower == "to" || (joiner.text == "-" ) || (isBetween && joiner.lower == "and"))
            if isJoiner, let second = number(at: end + 1, in: tokens) {
                let word = joiner.lower == "and" ? "and" : (joiner.text == "-" ? "-" : "to")
                text = word == "-" ? "\(text)-\(second.text)" : "\(text) \(word) \(second.text)"
                joinerWord = word
                secondText = second.text
                end = second.end
            } else if isBetween {
                return nil
            }
        } else if isBetween {
            return nil
        }
        // A decimal without a scale ("36.9") is no count, whatever qualifies it.
        if joinerWord == nil, NumberPhrase.isBareDecimal(core.text) { return nil }
        // The qualifier and the numbers are read already: plain integers make the count directly
        // (the same count `Count(parsing:)` gives, as the tests check); any other shape is parsed.
        let qualifierText = isBetween ? "between" : qualifierWords.joined(separator: " ")
        let fullText = qualifierText.isEmpty ? text : qualifierText + " " + text
        let count = Count.reading(text: fullText, qualifier: qualifierText, first: core.text, joiner: joinerWord, second: secondText)
            ?? Count(parsing: fullText)
        guard let count, count.isKnown else { return joinerWord == nil ? nil : .unreadableRange(end: end) }
        return .count(CountMention(start: index, coreStart: coreStart, end: end, count: count, isVague: false, isBetween: isBetween))
    }

    /// The qualifiers grouped by their first word, each group in the lexicon's order (longest first).
    static let qualifiersByFirstWord: WordTable<[(words: [String], keep: Bool)]> = WordTable(Dictionary(
        grouping: ExtractionLexicon.qualifiers, by: { $0.words[0] }))
    /// The vague quantities grouped by their first word, in the lexicon's order, each with its count.
    static let vagueByFirstWord: WordTable<[(words: [String], count: Count?)]> = WordTable(Dictionary(
        grouping: ExtractionLexicon.vague.map { ($0, Count(parsing: $0.joined(separator: " "))) }, by: { $0.0[0] }))

    /// Fractions of a scale word: "a quarter of a million", "half a million".
    static let fractions: [[String]] = [["a", "quarter", "of", "a"], ["three", "quarters", "of", "a"], ["half", "a"], ["a", "half"]]
    /// The scale words a fraction can take.
    static let fractionScales: WordSet = ["million", "billion", "thousand", "lakh", "crore"]
    /// The scale words "a" or "an" can stand before as a number: "a million", "a dozen".
    static let articleScales: WordSet = ["million", "billion", "thousand", "hundred", "dozen", "lakh", "crore"]
    /// Words other than number words that a number in words can start with.
    static let wordNumberStarts: Set<String> = Set(fractions.map { $0[0] } + ["a", "an"])

    /// One number in digits or words at `index`: its end and its text in lower case.
    static func number(at index: Int, in tokens: [ExtractionToken]) -> (end: Int, text: String)? {
        guard index < tokens.count else { return nil }
        if tokens[index].kind == .number {
            var end = index + 1
            var text = tokens[index].text
            // "1 000": a group of three digits after a space.
            if end < tokens.count, tokens[end].kind == .number, tokens[end].spaceBefore, tokens[end].text.utf8.count == 3,
               !tokens[index].text.contains(","), !tokens[index].text.contains("."), tokens[index].text.utf8.count <= 3,
               !tokens[end].text.contains(",") {
                text += " " + tokens[end].text
                end += 1
            }
            if end < tokens.count, tokens[end].classes.contains(.scale) {
                let scale = tokens[end]
                if scale.lower.utf8.count <= 2 {
                    // "2m", "3bn" only when written together.
                    if scale.spaceBefore == false {
                        text += scale.lower
                        end += 1
                    }
                } else {
                    text += " " + scale.lower
                    end += 1
                }
            }
            return (end, text)
        }
        guard tokens[index].kind == .word else { return nil }
        // "a quarter of a million", "half a million", "a million", "a dozen".
        for fraction in fractions {
            if let length = match(fraction, at: index, in: tokens), index + length < tokens.count,
               fractionScales.contains(tokens[index + length].lower) || (fraction == ["half", "a"] && tokens[index + length].lower == "dozen") {
                let words = fraction + [tokens[index + length].lower]
                return (index + length + 1, words.joined(separator: " "))
            }
        }
        if tokens[index].lower == "a" || tokens[index].lower == "an" {
            guard index + 1 < tokens.count, articleScales.contains(tokens[index + 1].lower)
            else { return nil }
            return (index + 2, "a " + tokens[index + 1].lower)
        }
        guard ExtractionLexicon.numberWords.contains(tokens[index].lower), tokens[index].lower != "dozen" || index == 0 || tokens[index - 1].lower != "a" else { return nil }
        var end = index
        var words: [String] = []
        var text = ""
        var hyphen = false
        while end < tokens.count {
            let current = tokens[end]
            if ExtractionLexicon.numberWords.contains(current.lower) {
                if !text.isEmpty { text += hyphen ? "-" : " " }
                text += current.lower
                hyphen = false
                words.append(current.lower)
                end += 1
            } else if current.text == "-", !current.spaceBefore, end + 1 < tokens.count, !tokens[end + 1].spaceBefore,
                      ExtractionLexicon.numberWords.contains(tokens[end + 1].lower), !words.isEmpty {
                hyphen = true
                end += 1
            } else if current.lower == "and", !words.isEmpty, end + 1 < tokens.count, ExtractionLexicon.numberWords.contains(tokens[end + 1].lower),
                      ["hundred", "thousand"].contains(words.last ?? "") {
                words.append("and")
                text += " and"
                end += 1
            } else {
                break
            }
        }
        guard !words.isEmpty else { return nil }
        return (end, text)
    }
}
