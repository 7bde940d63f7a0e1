/// Reads allegations ("They claim that …", "X has blamed Y for …", "… were accused of …") and the
/// denials that answer them elsewhere in the article.
enum AllegationRules {
    static let claimVerbs: WordSet = ["claim", "claims", "claimed", "allege", "alleges", "alleged", "accuse", "accuses", "accused", "blamed", "blames", "blame"]
    static let denialVerbs: WordSet = ["denied", "denies", "deny", "rejected", "rejects", "dismissed", "dismisses", "refuted"]
    static let pronouns: WordSet = ["they", "he", "she", "we", "it", "i", "you"]
    /// Words that make "claimed" a toll, not a claim: "the floods have claimed 45 lives", "claimed
    /// the lives of 12 people".
    static let tollWords: WordSet = ["lives", "life"]
    /// How many words after "claimed" its toll word may come ("claimed at least 180 lives").
    static let reachOfToll = 6

    /// Whether the claim verb at `index` is a toll taken ("claimed 45 lives"), not something alleged.
    static func isToll(at index: Int, in tokens: [ExtractionToken]) -> Bool {
        guard tokens[index].lower.hasPrefix("claim") else { return false }
        var look = index + 1
        while look < tokens.count, look - index <= reachOfToll, tokens[look].kind != .punctuation || tokens[look].text == "-" {
            if tollWords.contains(tokens[look].lower) { return true }
            look += 1
        }
        return false
    }

    /// The allegation a sentence makes, if any (status unverified; denials are matched later).
    static func allegation(in tokens: [ExtractionToken], sentence: String, people: [String: String]) -> Allegation? {
        guard tokens.wordClasses.contains(.claimVerb),
              let verb = tokens.indices.first(where: { claimVerbs.contains(tokens[$0].lower) && !isToll(at: $0, in: tokens) }) else { return nil }
        var end = tokens.count
        if tokens.last?.text == "." { end -= 1 }
        func subject(_ range: Range<Int>) -> String? {
            var words = Array(tokens[range])
            while let last = words.last, ["has", "have", "had", "was", "were", "is", "are"].contains(last.lower) { words.removeLast() }
            if words.first?.lower == "the" { words.removeFirst() }
            guard !words.isEmpty, words.count <= 8 else { return nil }
            if words.count == 1, pronouns.contains(words[0].lower) { return nil }
            if words.count == 2, ActorResolver.honorifics.contains(words[0].lower), let full = people[words[1].text] { return full }
            return SentenceFacts.text(words[...])
        }
        let lower = tokens[verb].lower
        if lower == "accused", verb > 0, ["were", "was", "been", "are", "is"].contains(tokens[verb - 1].lower) {
            var start = verb - 1
            while start > 0, !(tokens[start - 1].text == "," || tokens[start - 1].lower == "and") { start -= 1 }
            return Allegation(claim: SentenceFacts.text(tokens[start..<end]), status: .unverified, quote: sentence)
        }
        if lower.hasPrefix("blame") {
            guard let forIndex = tokens[verb...].firstIndex(where: { $0.lower == "for" }) else { return nil }
            var rest = Array(tokens[(forIndex + 1)..<end])
            if let first = rest.first, first.lower.hasSuffix("ing"), first.lower.count > 5 {
                let past = String(first.lower.dropLast(3)) + "ed"
                rest[0] = ExtractionToken(kind: .word, text: past, lower: past, spaceBefore: true, hasSuffix: false)
            }
            let blamed = SentenceFacts.text(tokens[(verb + 1)..<forIndex])
            return Allegation(claim: blamed + " " + SentenceFacts.text(rest[...]), status: .unverified, allegedBy: subject(0..<verb), quote: sentence)
        }
        // "X claim that …" or "…, he alleged".
        var start = verb + 1
        if start < end, tokens[start].lower == "that" { start += 1 }
        if start < end, end - start >= 4 {
            return Allegation(claim: SentenceFacts.text(tokens[start..<end]), status: .unverified, allegedBy: subject(0..<verb), quote: sentence)
        }
        if verb >= 2, tokens[verb - 2].text == "," || tokens[verb - 1].text == "," {
            let comma = tokens[..<verb].lastIndex(where: { $0.text == "," }) ?? 0
            return Allegation(claim: SentenceFacts.text(tokens[0..<comma]), status: .unverified, allegedBy: subject((comma + 1)..<verb), quote: sentence)
        }
        return nil
    }

    /// The words a denial says did not happen: "The army denied that 17 protesters were killed in
    /// Damazin, saying …" → the tokens of "17 protesters were killed in Damazin" (to the clause's
    /// comma or the sentence's end); nil when no denial verb is followed by "that" ("rejected
    /// reports that" too).
    static func deniedClause(in tokens: [ExtractionToken]) -> Range<Int>? {
        statedDenial(in: tokens)?.claim
    }

    /// A claim a sentence states and denies: the claim's tokens and those of who denies it (up to
    /// the denial verb). "X denied that CLAIM", "X rejected reports that CLAIM", and "CLAIM, a claim
    /// (that) X denied".
    private static func statedDenial(in tokens: [ExtractionToken]) -> (claim: Range<Int>, denier: Range<Int>)? {
        guard tokens.wordClasses.contains(.denialVerb) else { return nil }
        for verb in tokens.indices where denialVerbs.contains(tokens[verb].lower) {
            var that = verb + 1
            if that < tokens.count, deniedThings.contains(tokens[that].lower) { that += 1 }
            if that + 1 < tokens.count, tokens[that].lower == "that", let claim = clause(from: that + 1, in: tokens) {
                return (claim, 0..<verb)
            }
            // "Rebels said 30 civilians were killed, a claim the government denied."
            if let comma = tokens[..<verb].lastIndex(where: { $0.text == "," }), comma > 0, comma + 3 <= verb,
               ["a", "the"].contains(tokens[comma + 1].lower), deniedThings.contains(tokens[comma + 2].lower + "s") {
                var denierStart = comma + 3
                if ["that", "which"].contains(tokens[denierStart].lower) { denierStart += 1 }
                return (0..<comma, denierStart..<verb)
            }
        }
        return nil
    }

    /// What a denial rejects before its "that": "rejected reports that …".
    static let deniedThings: WordSet = ["reports", "claims", "allegations", "suggestions", "rumours", "rumors", "accusations", "charges"]

    /// The clause from `start` to its comma or semicolon, or the sentence's end; nil when empty.
    private static func clause(from start: Int, in tokens: [ExtractionToken]) -> Range<Int>? {
        var end = tokens[start...].firstIndex { $0.text == "," || $0.text == ";" } ?? tokens.count
        if end == tokens.count, tokens.last?.text == "." { end -= 1 }
        return start < end ? start..<end : nil
    }

    /// The allegation a denial states itself: "The army denied that 17 protesters were killed" is
    /// the claim "17 protesters were killed", denied by the army; "Rebels said …, a claim the
    /// government denied" is alleged by the rebels too.
    static func deniedAllegation(in tokens: [ExtractionToken], sentence: String) -> Allegation? {
        guard let (clause, denier) = statedDenial(in: tokens), clause.count >= 3 else { return nil }
        var claim = clause
        var allegedBy: String?
        // "Rebels said 30 civilians were killed": the rebels claim it.
        if clause.lowerBound == 0, let said = tokens[clause].firstIndex(where: { $0.classes.contains(.speechVerb) }), said > 0, said + 3 < clause.upperBound {
            allegedBy = words(tokens[0..<said])
            claim = (tokens[said + 1].lower == "that" ? said + 2 : said + 1)..<clause.upperBound
        }
        return Allegation(claim: SentenceFacts.text(tokens[claim]), status: .denied, allegedBy: allegedBy, deniedBy: words(tokens[denier]), quote: sentence)
    }

    /// The subject of a denial sentence ("The interim government has denied …" → "interim government")
    /// when the denial shares at least two content words with the claim.
    static func denial(of claim: String, in tokens: [ExtractionToken]) -> String? {
        guard tokens.wordClasses.contains(.denialVerb), let verb = tokens.firstIndex(where: { denialVerbs.contains($0.lower) }) else { return nil }
        let claimStems = Set(SentenceFacts.contentStems(ExtractionTokenizer.tokens(claim)))
        let denied = Set(SentenceFacts.contentStems(Array(tokens[verb...])))
        guard claimStems.intersection(denied).count >= 2 else { return nil }
        return words(tokens[..<verb]) ?? ""
    }

    /// Who denies or claims, the words before the verb ("The interim government has" → "interim
    /// government"); nil when none are.
    private static func words(_ subject: ArraySlice<ExtractionToken>) -> String? {
        var words = Array(subject)
        while let last = words.last, ["has", "have", "had", "was", "were", "is", "are", "also"].contains(last.lower) { words.removeLast() }
        if words.first?.lower == "the" { words.removeFirst() }
        guard !words.isEmpty else { return nil }
        return SentenceFacts.text(words[...])
    }
}
