/// Reads international responses: troops requested, declined or sent, aid pledged or sent, appeals
/// for calm and consultations, with the actor (country, organisation, or a leader resolved to their
/// country), the target and the speaker.
enum ResponseRules {
    static let troops: WordSet = ["troops", "soldiers", "forces", "peacekeepers", "reinforcements", "military", "army"]
    static let aid: WordSet = ["aid", "assistance", "relief", "supplies", "help", "food", "tents", "team", "teams", "rescuers"]
    /// Words of the kind of aid right before it, passed over to its verb: "emergency aid", "medical
    /// supplies", "a rescue team".
    static let aidKinds: WordSet = [
        "emergency", "humanitarian", "medical", "financial", "additional", "urgent", "immediate", "initial", "rescue", "relief",
        "search", "food", "more", "further", "new", "a", "an",
    ]
    static let requestVerbs: WordSet = ["asked", "asking", "ask", "asks", "request", "requested", "requesting", "need", "needs", "sought", "seeking"]
    static let sendVerbs: WordSet = ["send", "deploy", "dispatch", "sent", "deployed", "dispatched", "sending", "deploying"]
    static let pledgeWords: WordSet = ["will", "would", "pledged", "promised", "offered", "pledge", "promise", "vowed", "to", "pledges", "promises", "offers"]
    /// Verbs that put troops on their way after the word ("thousands of troops … flying or sailing in").
    static let movementVerbs: WordSet = ["flying", "sailing", "arriving", "heading", "headed", "flown", "shipped"]
    /// How many words after the troops a movement verb may come.
    static let reachOfMovement = 12
    /// Words that turn troops on the move into troops going away or coming home, or hurt.
    static let awayWords: WordSet = [
        "home", "out", "back", "leaving", "left", "leave", "withdraw", "withdrawn", "withdrawing", "withdrew", "wounded", "injured",
        "killed", "evacuated", "diverted",
    ]
    /// Words after the movement verb that say the troops are coming in: "flying in", "heading to".
    static let inwardWords: WordSet = ["in", "into", "to", "toward", "towards"]
    /// Words that put the sending right after them in doubt: "denied that it had sent troops",
    /// "is considering whether to send aid". Only the clause before the verb counts.
    static let doubtWords: WordSet = ["denied", "denies", "deny", "considering", "considers", "whether"]
    /// Words that refuse the sending right after them: "refused to send troops", "rejected a request
    /// to send troops" are troops declined.
    static let refusalWords: WordSet = ["refused", "refuses", "refusing", "declined", "declines", "rejected", "rejects"]
    /// Words that offer or promise the sending after them without it having happened: "offered to
    /// send troops", "promised to send 500 soldiers". The contract has no kind for troops pledged,
    /// so such a response is `other`, its words kept as the detail.
    static let offerWords: WordSet = [
        "offer", "offers", "offered", "offering", "pledge", "pledges", "pledged", "promise", "promises", "promised", "vow", "vows",
        "vowed", "ready", "prepared", "willing",
    ]
    /// The send verbs an offer governs: the base form and the -ing form ("offered to send", "ready
    /// to start deploying"), never the past ("ready to help and sent").
    static let offerVerbs: WordSet = ["send", "deploy", "dispatch", "sending", "deploying", "dispatching"]
    /// The verb of "rule out": "ruled out sending troops" declines; "refused to rule out", "would not
    /// rule out" leave the sending open.
    static let ruleWords: WordSet = ["rule", "rules", "ruled", "ruling"]
    /// How many words before the troops their send verb may come ("sent 2,000 more US troops").
    static let reachOfSend = 6
    /// How many words before a verb its clause may reach for a doubt or a refusal.
    static let reachOfClause = 6
    /// Words after a troops word that make it a person: "army chief", "military spokesman".
    static let personAfterTroops: WordSet = ["chief", "chiefs", "commander", "commanders", "general", "officer", "officers", "spokesman", "spokeswoman", "official", "officials"]
    /// The words of a sum of money before the aid it pays for: "$2 million in", "10 million euros for".
    static let sumWords: WordSet = [
        "$", "us$", "£", "€", "million", "billion", "m", "bn", "in", "of", "for", "worth", "dollars", "euros", "pounds", "yen", "yuan", "usd",
        "tonnes", "tons", "tonne", "ton", "kilograms", "kg", "truckloads", "planeloads", "shipments",
    ]
    /// The verbs of a pledge of aid, where the one pledging is looked for.
    static let aidVerbs: WordSet = [
        "send", "pledged", "promised", "offered", "provide", "pledge", "promise", "offer", "pledges", "promises", "offers", "announced",
        "announces", "allocated", "earmarked",
    ]
    /// Verbs that pledge the aid after them on their own: "pledged", "announced 3 million euros in aid".
    static let pledgeVerbs: WordSet = ["pledged", "promised", "offered", "provide", "announced", "announces", "allocated", "earmarked"]
    static let deliveredVerbs: WordSet = ["sent", "delivered", "rushed", "dispatched", "airlifted", "flew", "shipped", "sending", "delivering", "rushing"]

    static let appeals: [[String]] = [
        ["appealed", "for", "calm"], ["appeal", "for", "calm"], ["called", "for", "calm"], ["urged", "calm"], ["urged", "restraint"],
        ["call", "for", "calm"], ["appealed", "for", "restraint"],
        // Calls to stop the fighting are appeals of the same kind.
        ["called", "for", "a", "ceasefire"], ["called", "for", "an", "immediate", "ceasefire"], ["calls", "for", "a", "ceasefire"],
        ["appealed", "for", "a", "ceasefire"], ["called", "on", "all", "parties"], ["urged", "all", "parties"], ["urged", "both", "sides"],
    ]
    static let consultations: [[String]] = [["consult"], ["consulted"], ["consulting"], ["held", "talks"], ["hold", "talks"], ["discussed"]]
    /// Who talks without a government's voice: "Russian media discussed the violence" is no
    /// consultation of Russia's.
    static let notGovernment: WordSet = [
        "media", "press", "newspaper", "newspapers", "journalists", "reporters", "television", "tv", "analysts", "experts",
        "commentators", "bloggers", "users", "residents", "citizens", "people", "observers", "scholars", "academics", "students",
    ]
    /// Words a sentence reporting a response cannot lack: troops, aid, or the first word of an appeal or consultation.
    static let cueWords = WordSet(Array(troops) + Array(aid) + appeals.map { $0[0] } + consultations.map { $0[0] } + Array(moneyPledgeVerbs))

    /// The responses a sentence reports; `classes` are its tokens' word classes, when the caller has them.
    static func responses(
        in tokens: [ExtractionToken], sentence: String, affected: Country, actors: [ActorResolver.Mention], people: [String: String],
        classes: ExtractionWordClasses? = nil
    ) -> [Response] {
        let classes = classes ?? tokens.wordClasses
        guard classes.contains(.responseCue) else { return [] }
        var results: [Response] = []
        // Made only for a sentence about troops or aid.
        lazy var lowers = tokens.map(\.lower)
        // The speaker is worked out only for a sentence that reports a response.
        var foundSpeaker: String??
        var speaker: String? {
            get {
                if let foundSpeaker { return foundSpeaker }
                let found = SpeakerFinder.speaker(in: tokens, people: people)
                foundSpeaker = .some(found)
                return found
            }
        }
        /// Where the clause just before `index` starts: up to ``reachOfClause`` back, not past a comma or full stop.
        func clauseStart(before index: Int) -> Int {
            var start = index
            while start > 0, index - start < reachOfClause, tokens[start - 1].kind != .punctuation || tokens[start - 1].text == "-" { start -= 1 }
            return start
        }
        /// The words of the clause just before `index`.
        func clause(before index: Int) -> [String] {
            lowers[clauseStart(before: index)..<index].map { $0 }
        }
        /// The sentence's words from the clause before `verb` (after an actor named in it) through
        /// the troops: "offered to send troops", "refused to rule out sending 500 soldiers".
        func detail(from verb: Int, through troops: Int) -> String {
            var start = clauseStart(before: verb)
            if let mention = actors.last(where: { $0.end > start && $0.end <= verb }) { start = mention.end }
            return SentenceFacts.text(tokens[start...troops])
        }
        func doubted(before index: Int) -> Bool { clause(before: index).contains { doubtWords.contains($0) } }
        func refused(before index: Int) -> Bool { clause(before: index).contains { refusalWords.contains($0) } }
        func firstActor(before limit: Int, excluding: Country? = nil) -> Actor? {
            for mention in actors where mention.start < limit {
                if case .country(let country) = mention.actor, country == excluding { continue }
                return mention.actor
            }
            return nil
        }
        /// Who does what the verb at `verb` says: in a relative clause, the actor it follows; else the
        /// last actor named in the clause just before the verb ("Germany sent aid, but Turkey ruled
        /// out sending troops"), else the first in the sentence.
        func actor(of verb: Int, excluding: Country) -> Actor? {
            // In a relative clause, the one it is about: "Ecuador thanked Colombia, which refused…".
            if let comma = relativeClauseComma(around: verb, tokens), let named = actors.last(where: { $0.end == comma }) {
                return named.actor
            }
            let start = clauseStart(before: verb)
            if let near = actors.last(where: { mention in
                guard mention.start >= start, mention.end <= verb else { return false }
                if case .country(let country) = mention.actor, country == excluding { return false }
                return true
            }) {
                return near.actor
            }
            return firstActor(before: verb, excluding: excluding)
        }
        /// The first actor named after `index` (not the actor); with `inClause`, only before the
        /// next comma ("ruled out sending troops, but Russia sent…" names no target).
        func target(after index: Int, excluding actor: Actor?, inClause: Bool = false) -> Actor? {
            let end = inClause ? (tokens[(index + 1)...].firstIndex { $0.text == "," || $0.text == ";" } ?? tokens.count) : tokens.count
            for mention in actors where mention.start > index && mention.start < end {
                if mention.actor == actor { continue }
                if mention.how == .demonym, mention.end < tokens.count, !ActorResolver.titles.contains(tokens[mention.end].lower) { continue }
                return mention.actor
            }
            return nil
        }
        // Appeals for calm: every country or organisation named before the appeal, but the affected country.
        if classes.contains(.appealCue), let index = SentenceFacts.find(appeals, in: tokens) {
            var seen: [Actor] = []
            for mention in actors where mention.start < index {
                if case .country(let country) = mention.actor, country == affected { continue }
                if !seen.contains(mention.actor) { seen.append(mention.actor) }
            }
            for actor in seen { results.append(Response(actor: actor, kind: .appealForCalm, speaker: speaker, quote: sentence)) }
        }
        // Troops: requested, declined, sent.
        // The first troops word that is not a person's title ("army chief", "troops commander"),
        // outside a relative clause when the sentence has one there too: "Russia, which ruled out
        // sending troops last week, has now sent 150 troops" is about the troops sent.
        let troopWords = tokens.indices.filter { index in
            tokens[index].classes.contains(.troops) && (index + 1 == tokens.count || !personAfterTroops.contains(tokens[index + 1].lower))
        }
        if let troopIndex = troopWords.first(where: { relativeClauseComma(around: $0, tokens) == nil }) ?? troopWords.first,
           lowers[troopIndex] != "forces" || lowers.contains("armed") || lowers.contains("outside") {
            let requestIndex = lowers.firstIndex(where: { requestVerbs.contains($0) })
            // The send verb that governs the troops: the nearest before them, a few words back at most
            // ("would not send troops", "sent 150 soldiers"), not one about aid earlier in the sentence.
            let sendIndex = lowers[max(0, troopIndex - reachOfSend)..<troopIndex].lastIndex(where: { sendVerbs.contains($0) })
            // A refusal or a negation in the clause before the send verb ("would not send"), not one
            // elsewhere in the sentence ("…, where gangs have refused to disarm").
            let declined = sendIndex.map { refused(before: $0) || clause(before: $0).contains { SentenceFacts.negations.contains($0) } } ?? false
            // "ruled out sending troops": the rule word, right before "out" and the send verb.
            let ruleOutIndex = sendIndex.flatMap { index in
                index >= 2 && lowers[index - 1] == "out" && ruleWords.contains(lowers[index - 2]) ? index - 2 : nil
            }
            if let requestIndex, requestIndex < troopIndex, !classes.contains(.negation), !refused(before: requestIndex), !doubted(before: requestIndex) {
                // The one asked is named after a preposition ("a letter to Russian President …"); the one asking is the subject.
                var addressee: Actor?
                var subject: Actor?
                for mention in actors where mention.start < requestIndex {
                    var before = mention.start - 1
                    while before >= 0, ActorResolver.titles.contains(tokens[before].lower) { before -= 1 }
                    if before >= 0, ["to", "for", "from", "with", "of"].contains(tokens[before].lower) {
                        addressee = addressee ?? mention.actor
                    } else if subject == nil {
                        subject = mention.actor
                    }
                }
                var actor: Actor = .country(affected)
                if let subject, case .country(let country) = subject, country != affected { actor = subject }
                let targetActor = target(after: requestIndex, excluding: actor) ?? addressee
                results.append(Response(actor: actor, kind: .troopsRequested, target: targetActor, speaker: speaker, quote: sentence))
            } else if let sendIndex, sendIndex < troopIndex, let ruleOutIndex, let actor = actor(of: ruleOutIndex, excluding: affected) {
                // Ruled out, it is declined; not ruled out, nothing is decided: said in the detail.
                let leftOpen = refused(before: ruleOutIndex) || clause(before: ruleOutIndex).contains { SentenceFacts.negations.contains($0) }
                let target = target(after: sendIndex, excluding: actor, inClause: true) ?? .country(affected)
                results.append(leftOpen
                    ? Response(actor: actor, kind: .other, target: target, speaker: speaker, detail: detail(from: ruleOutIndex, through: troopIndex), quote: sentence)
                    : Response(actor: actor, kind: .troopsDeclined, target: target, speaker: speaker, quote: sentence))
            } else if let sendIndex, sendIndex < troopIndex, declined, let actor = actor(of: sendIndex, excluding: affected) {
                results.append(Response(
                    actor: actor, kind: .troopsDeclined, target: target(after: sendIndex, excluding: actor, inClause: true) ?? .country(affected),
                    speaker: speaker, quote: sentence))
            } else if let sendIndex, sendIndex < troopIndex, offerVerbs.contains(lowers[sendIndex]), !doubted(before: sendIndex),
                      clause(before: sendIndex).contains(where: { offerWords.contains($0) }), let actor = actor(of: sendIndex, excluding: affected) {
                // Only a verb not yet done is offered: "ready to send", not "ready to help and sent".
                results.append(Response(
                    actor: actor, kind: .other, target: target(after: sendIndex, excluding: actor, inClause: true) ?? .country(affected), speaker: speaker,
                    detail: detail(from: sendIndex, through: troopIndex), quote: sentence))
            } else if let sendIndex, sendIndex < troopIndex, !declined, !doubted(before: sendIndex),
                      let actor = actor(of: sendIndex, excluding: affected) {
                results.append(Response(actor: actor, kind: .troopsSent, target: target(after: sendIndex, excluding: actor), speaker: speaker, quote: sentence))
            } else if requestIndex == nil, sendIndex == nil, !doubted(before: troopIndex),
                      let moveIndex = lowers[(troopIndex + 1)...].prefix(reachOfMovement).firstIndex(where: { movementVerbs.contains($0) }),
                      !lowers[troopIndex...min(moveIndex + 5, lowers.count - 1)].contains(where: { awayWords.contains($0) }),
                      lowers[(moveIndex + 1)...].prefix(3).contains(where: { inwardWords.contains($0) }),
                      !clause(before: moveIndex).contains(where: { SentenceFacts.negations.contains($0) }),
                      !actors.contains(where: { $0.start > troopIndex && $0.start < moveIndex }),
                      let actor = actors.last(where: { $0.end == troopIndex }).map(\.actor) ?? firstActor(before: troopIndex, excluding: affected),
                      actor != .country(affected) {
                // Troops on their way in ("flying in", "heading to"), with no place of their own named
                // between ("troops in Mali were heading…"), sent by the country named right before
                // them ("US troops"), else the first named before; into the affected country unless
                // another is named.
                results.append(Response(
                    actor: actor, kind: .troopsSent, target: target(after: moveIndex, excluding: actor) ?? .country(affected),
                    speaker: speaker, quote: sentence))
            }
        }
        /// Whom aid goes to: the country after "to" or "for" ("sent aid to Haiti", "pledged $10m for
        /// the Philippines") in the clause, or named right after the verb ("sent Haiti 500 tents").
        func aidTarget(after verb: Int, actor: Actor) -> Actor? {
            // Only in the verb's clause: "…sent relief supplies, and Obama spoke to Mexico's president".
            let end = tokens[(verb + 1)...].indices.first { index in
                tokens[index].text == ";" || (tokens[index].text == "," && index + 1 < tokens.count && ["and", "but", "while"].contains(tokens[index + 1].lower))
            } ?? tokens.count
            for mention in actors where mention.start > verb && mention.start < end && mention.actor != actor && mention.how != .demonym {
                if mention.start == verb + 1 { return mention.actor }
                var before = mention.start - 1
                if before > verb, tokens[before].lower == "the" { before -= 1 }
                if before > verb, ["to", "for", "into"].contains(tokens[before].lower) { return mention.actor }
            }
            return nil
        }
        // Aid: pledged (future or promised) or sent, by the actor nearest before the verb in its
        // clause ("…, while the US sent aid"; "President Preval said the United States had sent
        // aid" is the United States), never the affected country aiding itself; to the country
        // named after "to" or right after the verb, else the affected country.
        // The first aid word with a verb of pledging or sending before it: "Cuban doctors treated
        // the injured while Brazil sent food" is about the food.
        for aidIndex in tokens.indices where aidIndex > 0 && tokens[aidIndex].classes.contains(.aid) {
            guard !doubted(before: aidIndex), !refused(before: aidIndex) else { break }
            // A kind of aid, a weight or a sum between the verb and the aid is passed over: "pledged
            // $2 million in emergency aid", "will send 10 tonnes of medical supplies".
            var sumStart = aidIndex
            while sumStart > 0, aidIndex - sumStart < 8, tokens[sumStart - 1].kind == .number || sumWords.contains(tokens[sumStart - 1].lower)
                || aidKinds.contains(tokens[sumStart - 1].lower) {
                sumStart -= 1
            }
            let windowStart = max(0, sumStart - 4)
            let window = tokens[windowStart..<aidIndex].map(\.lower)
            let pledged = window.contains { pledgeVerbs.contains($0) } || (window.contains { pledgeWords.contains($0) } && window.contains("send"))
            let sent = window.contains { deliveredVerbs.contains($0) }
            guard pledged || sent else { continue }
            let clauseNegated = window.contains { SentenceFacts.negations.contains($0) }
            let verb = lowers[windowStart..<aidIndex].lastIndex { aidVerbs.contains($0) || deliveredVerbs.contains($0) } ?? aidIndex
            if !clauseNegated, let actor = actor(of: verb, excluding: affected), actor != .country(affected) {
                let kind: ResponseKind = pledged ? .aidPledged : .aidSent
                results.append(Response(
                    actor: actor, kind: kind, target: aidTarget(after: verb, actor: actor) ?? .country(affected), speaker: speaker,
                    quote: sentence))
            }
            break
        }
        // A sum pledged with no word for aid: "Saudi Arabia pledged $66.7 million to fight the
        // outbreak", "the EU pledged 50 million euros".
        if !results.contains(where: { $0.kind == .aidPledged || $0.kind == .aidSent }),
           let verb = tokens.indices.first(where: { moneyPledgeVerbs.contains(tokens[$0].lower) }), isSum(after: verb, in: tokens),
           !doubted(before: verb), !refused(before: verb), !clause(before: verb).contains(where: { SentenceFacts.negations.contains($0) }),
           let actor = actor(of: verb, excluding: affected), actor != .country(affected) {
            results.append(Response(
                actor: actor, kind: .aidPledged, target: aidTarget(after: verb, actor: actor) ?? .country(affected), speaker: speaker,
                quote: sentence))
        }
        // Consultations.
        if classes.contains(.consultationCue), let index = SentenceFacts.find(consultations, in: tokens),
           !lowers[clauseStart(before: index)..<index].contains(where: { notGovernment.contains($0) }),
           let actor = firstActor(before: index) {
            results.append(Response(actor: actor, kind: .consultation, target: target(after: index, excluding: actor), speaker: speaker, quote: sentence))
        }
        // A country speaking of its own response ("Russia said it would send aid") is no other speaker.
        return results.map { response in
            guard let speaker = response.speaker, let country = ActorResolver.country(forWord: speaker),
                  response.actor == .country(country) else { return response }
            var own = response
            own.speaker = nil
            return own
        }
    }

    /// Verbs that pledge a sum of money as aid without naming the aid (``isSum(after:)``).
    static let moneyPledgeVerbs: WordSet = ["pledged", "pledges", "pledging", "donated", "donates", "donating", "promised"]
    /// Signs and words of money around a number: "$66.7 million", "50 million euros".
    static let currencyWords: WordSet = ["$", "us$", "£", "€", "dollars", "euros", "pounds", "yen", "yuan", "usd", "francs", "rupees", "riyals"]

    /// Whether a sum of money follows the word at `verb`: a currency sign or word within four
    /// words after it, beside a number ("pledged an additional $10 million", "pledged 50 million euros").
    private static func isSum(after verb: Int, in tokens: [ExtractionToken]) -> Bool {
        let window = tokens[(verb + 1)..<min(tokens.count, verb + 6)]
        return window.contains { $0.kind == .number } && window.contains { currencyWords.contains($0.lower) }
    }

    /// Words that open a relative clause after a comma: ", which …", ", who …".
    static let relativePronouns: WordSet = ["which", "who", "whose", "whom"]

    /// Where the relative clause holding the token at `index` opens (its comma), if it is inside
    /// one set off by commas: from ", which" up to the next comma, or to the end of the sentence.
    static func relativeClauseComma(around index: Int, _ tokens: [ExtractionToken]) -> Int? {
        var start = index - 1
        while start > 0, tokens[start].text != "," {
            if relativePronouns.contains(tokens[start].lower), tokens[start - 1].text == "," { return start - 1 }
            start -= 1
        }
        return nil
    }
}
