/// Reads casualty, displacement and damage figures from one sentence.
///
/// A number becomes a figure only with positive evidence: a noun for people or houses (or none)
/// after it, and a phrase from ``MetricTriggers`` that says what happened. Numbers that are dates,
/// years, times, ages, measures, money, ranks, things or troops never become figures, nor numbers in
/// sentences about what could happen, what happens every year, or a disaster of an earlier year.
struct FigureExtractor {
    /// A figure and, when the sentence looks like a figure but holds no number, the warning to give.
    struct Finding {
        /// The figure; nil when the sentence gives only the warning ("150 killed or missing").
        var figure: Figure?
        var warning: String?
    }

    /// The year the article is about, when known: sentences naming an earlier year are background.
    var articleYear: Int?
    /// The day the article was published, when known: a sentence naming a day a month or more
    /// before it ("struck Ludian County on August 3, killing at least 615" in an October article)
    /// tells of an earlier disaster, and is background.
    var articleDay: SitrepDate?
    /// The last border named in the article, for "at the border".
    var lastBorder: String?

    /// The figures of one sentence; `classes` are its tokens' word classes, when the caller has them.
    func figures(in tokens: [ExtractionToken], sentence: String, classes: ExtractionWordClasses? = nil) -> [Finding] {
        let classes = classes ?? tokens.wordClasses
        guard FigureExtractor.mayHoldFigures(classes) else { return [] }
        let mentions = CountFinder.mentions(in: tokens)
        // A sentence with no count and no word that starts a figure without one gives nothing,
        // background or not: only the others are checked for background.
        if mentions.isEmpty, !classes.contains(.unnumberedCue) { return [] }
        if isBackground(tokens) { return [] }
        // What could happen ("1,000 could be affected") or happened last year is no figure; a count
        // in another clause of the sentence ("killed 45, and 10,000 more are at risk") still is.
        // Nor is what a denial says did not happen ("denied that 17 protesters were killed").
        let notNow = (classes.contains(.backgroundCue) ? hypotheticalClauses(tokens) + pastPhrases(tokens) : [])
            + (classes.contains(.denialVerb) ? AllegationRules.deniedClause(in: tokens).map { [$0] } ?? [] : [])
        var findings: [Finding] = []
        // Where later clauses start ("…, while in Punjab five died"): a count's place is in its own.
        lazy var clauseStartPositions = classes.contains(.clauseStart) ? tokens.indices.filter { tokens[$0].classes.contains(.clauseStart) } : []
        var previousMetric: Metric?
        // Where the figure before ends.
        var previousEnd = 0
        // The counts of people or houses, each with its noun: the others are dates, measures or things.
        let counted: [(mention: CountMention, head: (kind: HeadKind, words: [String]))] = mentions.compactMap { mention in
            guard !isNotACount(mention, tokens: tokens) else { return nil }
            let head = headNoun(after: mention.end, in: tokens)
            return head.kind == .thing ? nil : (mention, head)
        }
        lazy var countedMentions = counted.map(\.mention)
        // Whether the sentence gives a total beside its counts ("…, bringing the total to 5,000").
        lazy var givesTotal = counted.count > 1 && (classes.contains(.tollNoun) || tokens.contains { $0.lower == "total" })
        for (position, (mention, noun)) in counted.enumerated() {
            // "destroyed 300 houses and damaged 85 in Assam": a count of no noun after a count of
            // houses, with a verb for houses right before it, counts houses too.
            var head = noun
            if head.kind == .none, previousMetric?.section == .damage,
               triggerBefore(mention.start, in: tokens, house: true, tolls: false) != nil
                || (mention.end < tokens.count && MetricTriggers.afterHousesByFirstWord[tokens[mention.end].lower] != nil) {
                head.kind = .house
            }
            var metric: Metric?
            let nextMention = position + 1 < counted.count ? counted[position + 1].mention.start : tokens.count
            if notNow.contains(where: { $0.contains(mention.coreStart) }) { continue }
            // "hundreds, and perhaps thousands, of people": the alternative is not a second figure.
            if mention.start > 0, ["perhaps", "possibly", "maybe"].contains(tokens[mention.start - 1].lower) { continue }
            // "including 10 people" and "28 died in Rajasthan and five in Odisha" take the metric before them.
            let before = mention.start > 0 ? tokens[mention.start - 1].lower : ""
            if let previous = previousMetric, before == "including", head.kind == .person {
                metric = previous
            }
            // "28 people have lost their lives, out of which 12 people died in the past few days": a
            // part of the count before, which beside it would read as a lower count. Kept only when
            // it names its own group ("of whom 12 children"), as "including" is.
            if previousMetric != nil, isPartOfTheCountBefore(mention.start, in: tokens) {
                let ownGroup = group(head.words).map { $0.lowercased() != "people" } ?? false
                guard head.kind == .person, ownGroup, let previous = previousMetric else { continue }
                metric = previous
            }
            if metric == nil {
                let beforeTrigger = triggerBefore(mention.start, in: tokens, house: head.kind == .house, tolls: classes.contains(.tollNoun))
                var skippedNegated = false
                var afterTrigger = triggerAfter(mention.end, until: nextMention, in: tokens, house: head.kind == .house, skippedNegated: &skippedNegated)
                if afterTrigger == nil, beforeTrigger == nil, let predicate = predicate(afterPartsOf: position, in: countedMentions, tokens: tokens) {
                    afterTrigger = triggerAfter(
                        predicate.lowerBound, until: predicate.upperBound, in: tokens, house: head.kind == .house, skippedNegated: &skippedNegated)
                }
                // "refused to evacuate", "were not killed": the only phrase after says it did not happen.
                if afterTrigger == nil, skippedNegated, beforeTrigger?.isStrong != true { continue }
                // "killed or wounded": dead and injured together, which no one metric holds. Said, so
                // that a toll is not lost without a word.
                let combined = afterTrigger.flatMap { combinedMetrics(after: $0, in: tokens, house: head.kind == .house) }
                    ?? (beforeTrigger == nil ? nil : combinedMetrics(before: mention.start, in: tokens, house: head.kind == .house))
                if let combined {
                    let words = SentenceFacts.text(tokens[combined])
                    findings.append(Finding(figure: nil, warning: "'\(mention.count.text)' counts '\(words)' together, which no one figure holds; none is taken, so add the figures by hand if the article gives them apart"))
                    continue
                }
                // A soldier's or a volunteer's number is a casualty only when the words right after
                // the noun say so ("four soldiers were killed"), not the words about others ("2,000
                // soldiers joined the search for missing climbers").
                let after = head.kind == .force && !isRightAfterNoun(afterTrigger, mention: mention, head: head, in: tokens) ? nil : afterTrigger
                if let beforeTrigger, beforeTrigger.isStrong {
                    // What was done to them, right before the number ("killed 15 people", "the death
                    // toll rose to 45"), outweighs what the words after say of who they are ("15
                    // people who had fled", "as rescuers searched for the missing") — unless those
                    // words say they were killed or hurt ("buried 30 people killed in the landslide",
                    // "evacuated 30 people injured in the quake").
                    if let after, after.metric.isHarm, !beforeTrigger.metric.isHarm {
                        metric = after.metric
                    } else {
                        metric = beforeTrigger.metric
                    }
                } else if let after, after.metric == .displaced, let beforeTrigger,
                          isWeak(after: mention.end, until: nextMention, in: tokens) {
                    // Where people stay ("in relief camps") is weaker evidence than what happened to them.
                    metric = beforeTrigger.metric
                } else {
                    metric = after?.metric ?? beforeTrigger?.metric
                }
                // "treated for cholera", "hospitalised with cholera symptoms": cases of a disease.
                if metric == .injured, let after, isDisease(after: after.index, in: tokens) { metric = .cases }
                // "arrived in Bangladesh" are refugees; "arrived in Sittwe" says nothing of where from.
                if metric == .refugees, let after, FigureExtractor.arrivalVerbs.contains(tokens[after.index].lower),
                   !(after.index + 2 < tokens.count && ActorResolver.country(namedBy: tokens[after.index + 2].text) != nil) {
                    metric = nil
                }
                // "trapped in collapsed buildings" are missing; "trapped as roads were closed", stranded.
                if metric == .missing, let after, tokens[after.index].lower == "trapped", !tokens.contains(where: { FigureExtractor.rubbleWords.contains($0.lower) }) {
                    metric = .stranded
                }
            }
            // "bringing the total to 5,000": the total of what the sentence counted just before, with
            // no other count between ("opened 200 more camps, bringing the total to 500" is camps).
            if metric == nil, let previous = previousMetric, mention.start >= 2, ["to", "of", "at"].contains(before),
               FigureExtractor.totalWords.contains(tokens[mention.start - 2].lower),
               !mentions.contains(where: { $0.start >= previousEnd && $0.end <= mention.start }) {
                metric = previous
            }
            // "1,500 IDPs", "30,000 refugees": the noun says what they are.
            if metric == nil, head.kind == .person, let noun = head.words.last?.lowercased() {
                if let named = FigureExtractor.metricNouns[noun], noun != "bodies" || tokens.contains(where: { FigureExtractor.bodyVerbs.contains($0.lower) }) {
                    metric = named
                }
                if noun == "refugees", !tokens.contains(where: { ["hosts", "hosting", "host", "camp"].contains($0.lower) }) { metric = .refugees }
            }
            // "Four soldiers and two policemen were killed": the pair shares what happened to the second.
            // Only a pair that is the subject ("Four soldiers and …" at the start of its clause), not
            // one after a verb ("saved 1,200 people and 40 are still missing").
            if metric == nil, head.kind != .none, position + 1 < counted.count, nextMention - mention.end <= 4, nextMention > mention.end,
               tokens[nextMention - 1].lower == "and", !tokens[mention.end..<nextMention].contains(where: { $0.kind != .word }),
               mention.start == 0 || tokens[mention.start - 1].kind == .punctuation {
                let next = counted[position + 1].mention
                let afterNext = position + 2 < counted.count ? counted[position + 2].mention.start : tokens.count
                if let shared = triggerAfter(next.end, until: afterNext, in: tokens, house: head.kind == .house) {
                    metric = shared.metric
                }
            }
            // "20 dead in Luzon and another 8 in the Visayas", "5,000 evacuated from Grimma and 2,000 from Dresden".
            let beforeAnother = before == "another" && mention.start >= 2 ? tokens[mention.start - 2].lower : before
            if metric == nil, let previous = previousMetric, head.kind == .none, beforeAnother == "and" || beforeAnother == ",",
               mention.end < tokens.count, ["in", "from", "at"].contains(tokens[mention.end].lower) {
                metric = previous
            }
            // "left more than 7,300 collapsed houses": the houses' own word says what happened to them.
            if metric == nil, head.kind == .house {
                metric = head.words.dropLast().lazy.compactMap { MetricTriggers.houseAdjectives[$0.lowercased()] }.first
            }
            guard var found = metric else { continue }
            if head.kind == .house, found.section != .damage { continue }
            // "150 soldiers were deployed" is a strength; "four soldiers were killed" a casualty.
            if head.kind == .force, found.section != .casualties { continue }
            if head.kind != .house, found.section == .damage { continue }
            if found == .displaced || found == .atBorder, head.words.last == "refugees" {
                found = refugeesMetric(found, tokens: tokens)
            }
            if found == .displaced, isFlightAcrossBorder(tokens, from: mention.end, of: head.words) { found = .refugees }
            if found == .atBorder, !tokens.contains(where: { BorderRules.borderNouns.contains($0.lower) }) { found = .displaced }
            if found == .killed, tokens.contains(where: { $0.lower == "alive" }) { continue }
            // "Rescuers saved 200 lives": lives not lost.
            if found == .killed, FigureExtractor.rescueVerbs.contains(before) { continue }
            previousMetric = found
            previousEnd = mention.end
            var figure = Figure(metric: found, count: FigureExtractor.count(mention.count, after: before), quote: sentence)
            figure.group = group(head.words)
            figure.place = place(in: tokens, after: mention.end, until: clauseStartPositions.first { $0 >= mention.end } ?? tokens.count,
                                 before: mention.start)
            if found == .cases, mention.start > 0, tokens[mention.coreStart..<min(tokens.count, mention.end + 2)].contains(where: { $0.lower == "new" }) {
                figure.scope = .new
            }
            if isIncrement(mention, in: tokens, total: givesTotal, first: findings.isEmpty) {
                figure.scope = .new
            }
            findings.append(Finding(figure: figure))
        }
        findings += unnumbered(in: tokens, sentence: sentence, numbered: findings.compactMap { $0.figure?.metric })
            .filter { _ in notNow.isEmpty }
        return findings
    }

    /// Verbs of arriving: people who arrived in a country (by its name) are refugees.
    static let arrivalVerbs: WordSet = ["arrived", "arriving"]

    /// Verbs by which a count is passed, not reached: "the toll passed 2,500" is more than 2,500.
    static let passingVerbs: WordSet = [
        "passed", "topped", "exceeded", "surpassed", "passes", "tops", "exceeds", "surpasses", "passing", "topping", "exceeding", "surpassing",
    ]

    /// The count a number gives after `word` (in lower case): after a passing verb an exact number
    /// is more than it ("topped 300" is more than 300); any other count is as written.
    static func count(_ count: Count, after word: String) -> Count {
        guard count.qualifier == .exact, passingVerbs.contains(word), let passed = Count(parsing: "more than \(count.text)") else { return count }
        return passed
    }

    /// Whether a sentence with these word classes can hold a figure at all: a count needs a number
    /// or a number word, a figure without a number needs a qualifier or "many" with a noun for
    /// people, "no one" (a number word), "nobody", or "their houses".
    static func mayHoldFigures(_ classes: ExtractionWordClasses) -> Bool {
        !classes.isDisjoint(with: [.number, .countCore, .nobody, .houseCue]) || classes.isSuperset(of: [.personNoun, .vagueCue])
    }

    // MARK: - Not a count

    /// Dates, years, times, ages, measures, money, ranks and compounds ("11-member team").
    func isNotACount(_ mention: CountMention, tokens: [ExtractionToken]) -> Bool {
        // Where the core, the token after and the token before are: the tokens are read in place,
        // not copied out, as this runs for every count.
        let core = mention.coreStart, after = mention.end, before = mention.start - 1
        if tokens[core].kind == .number, mention.end == mention.coreStart + 1, tokens[core].text.utf8.count == 4,
           let value = Int(tokens[core].text), (1800...2100).contains(value) {
            return true
        }
        if after < tokens.count {
            if tokens[after].hasSuffix { return true }  // 298km, 14th
            if tokens[after].classes.contains(.unit) { return true }
            if tokens[after].text == "%" || tokens[after].text == ":" { return true }
            if tokens[after].classes.contains(.month) { return true }
            if tokens[after].text == "-", !tokens[after].spaceBefore, mention.end + 1 < tokens.count, tokens[mention.end + 1].kind == .word,
               !tokens[mention.end + 1].spaceBefore {
                return true  // 94-year-old, 6.6-magnitude, 11-member
            }
            if tokens[after].lower == "of", mention.end + 1 < tokens.count, ["them", "those", "these", "its", "the"].contains(tokens[mention.end + 1].lower),
               mention.count.qualifier != .vague {
                return true
            }
            if mention.count.text == "one", tokens[after].lower == "of" { return true }
        }
        if before >= 0 {
            if ExtractionLexicon.beforeNotCount.contains(tokens[before].lower) { return true }
            if tokens[before].classes.contains(.month) { return true }
            if tokens[before].text == ".", mention.start >= 2, tokens[mention.start - 2].classes.contains(.month) { return true }
            if tokens[before].text == ":" || tokens[before].text == "#" { return true }
            if tokens[before].text == "-", !tokens[before].spaceBefore, tokens[core].kind == .number, mention.start >= 2, tokens[mention.start - 2].kind == .word,
               !tokens[mention.start - 2].isCapitalised || ExtractionLexicon.beforeNotCount.contains(tokens[mention.start - 2].lower) {
                return true  // magnitude-7.0
            }
            if tokens[before].lower == "but", mention.start >= 2, tokens[mention.start - 2].lower == "all" { return true }
            // "rose to 145 from 120", "up from 120", "jumped from around 120": the old value.
            if tokens[before].lower == "from", CountFinder.saysChange(before: mention.start - 1, in: tokens) { return true }
            // "60 percent of the 2,000 houses were destroyed": what happened is said of the share,
            // not the whole; unless the whole has its own ("half of the 111,000 people displaced").
            if mention.start >= 3, tokens[before].lower == "the", tokens[mention.start - 2].lower == "of",
               FigureExtractor.shareWords.contains(tokens[mention.start - 3].lower),
               !(mention.end..<min(tokens.count, mention.end + 3)).contains(where: { startsTriggerAfterPeople(at: $0, in: tokens) }) {
                return true
            }
            // "None of the 300 passengers were killed."
            var of = mention.start - 1
            if tokens[of].lower == "the" || tokens[of].lower == "its" { of -= 1 }
            if of >= 1, tokens[of].lower == "of", ["none", "neither"].contains(tokens[of - 1].lower) { return true }
        }
        if mention.start + 1 < tokens.count, mention.start >= 1, tokens[before].lower == "the",
           tokens[core].kind == .number, mention.end < tokens.count, ExtractionLexicon.disasterNouns.contains(tokens[after].lower) {
            return true  // "the 5.9 quake"
        }
        return false
    }

    /// Sentences about what could happen, what happens every year, or an earlier disaster.
    func isBackground(_ tokens: [ExtractionToken]) -> Bool {
        for index in tokens.indices where tokens[index].classes.contains(.backgroundCue) {
            for phrase in FigureExtractor.habitualByFirstWord[tokens[index].lower] ?? []
            where CountFinder.match(phrase, at: index, in: tokens) != nil {
                return true
            }
        }
        // Years: "In 2008, …", "the 2002 floods", or only years before the article's.
        var years: [Int] = []
        for (index, token) in tokens.enumerated() where token.kind == .number && token.text.utf8.count == 4 {
            if let year = Int(token.text), (1800...2100).contains(year), !FigureExtractor.startsAPeriodToNow(at: index, in: tokens) { years.append(year) }
        }
        if let articleYear, let latest = years.max(), latest < articleYear { return true }
        if let articleDay, namesEarlierDay(tokens, than: articleDay) { return true }
        for (index, token) in tokens.enumerated() where token.kind == .number && token.text.utf8.count == 4 {
            guard let year = Int(token.text), (1800...2100).contains(year) else { continue }
            let previous = index > 0 ? tokens[index - 1].lower : ""
            let next = index + 1 < tokens.count ? tokens[index + 1].lower : ""
            if previous == "the" || previous == "a", ExtractionLexicon.disasterNouns.contains(next) { return true }
            if index <= 3, tokens.prefix(index).contains(where: { $0.lower == "in" }), next == "," { return true }
            if previous == "to", index >= 2, tokens[index - 2].lower == "back" { return true }
            // A disaster of a year not known to be the article's: "2015 floods killed", "hit by a
            // quake in 2015 that killed".
            if articleYear == nil || year < articleYear!, !FigureExtractor.startsAPeriodToNow(at: index, in: tokens) {
                // "displaced during 2015 conflict", "by 2015 floods" say when people still displaced left.
                if ExtractionLexicon.disasterNouns.contains(next), !["during", "by", "since", "after", "from"].contains(previous) { return true }
                if previous == "in", index >= 2, tokens[max(0, index - 4)..<(index - 1)].contains(where: { ExtractionLexicon.disasterNouns.contains($0.lower) }) {
                    return true
                }
            }
        }
        return false
    }

    /// The clauses of a sentence that say what could happen: each from the clause break before a
    /// phrase such as "could", "if", "at risk" to the break after it. A clause breaks at ";" and at
    /// "and", "but", "while", "whereas", "although", "that", "which", "where" (not at commas: "10,000 people, officials
    /// said, could be displaced" is one clause, and "188,000 were ordered to evacuate as officials
    /// feared that the dam could fail" two), nor at "and" before a number ("could be affected and
    /// 200,000 displaced"). "expected to rise", "could rise" say the count may grow: only what
    /// follows, what it may rise to, is the projection.
    func hypotheticalClauses(_ tokens: [ExtractionToken]) -> [Range<Int>] {
        var clauses: [Range<Int>] = []
        for index in tokens.indices where tokens[index].classes.contains(.backgroundCue) {
            guard let phrase = (FigureExtractor.hypotheticalByFirstWord[tokens[index].lower] ?? [])
                .first(where: { CountFinder.match($0, at: index, in: tokens) != nil }) else { continue }
            // "in May" is a month.
            if phrase[0] == "may", tokens[index].isCapitalised { continue }
            let after = index + phrase.count
            // "The toll of 45 is expected to rise (to 100)", "may rise to 100": the 45 is now, what
            // it may rise to is not.
            let rises = FigureExtractor.riseWords.contains(phrase[phrase.count - 1])
                || after < tokens.count && FigureExtractor.riseWords.contains(tokens[after].lower)
            var start = index
            while !rises, start > 0, !FigureExtractor.isClauseBreak(tokens[start - 1]) { start -= 1 }
            var end = after
            // "could be affected and 200,000 displaced": the "and" goes on with the same verb.
            while end < tokens.count, !FigureExtractor.isClauseBreak(tokens[end])
                || (tokens[end].lower == "and" && end + 1 < tokens.count && tokens[end + 1].kind == .number) {
                end += 1
            }
            clauses.append(start..<end)
        }
        return clauses
    }

    /// The stretches of a sentence about last year or years ago: "Last year's floods killed 500",
    /// "compared with 120 at the same time last year", each from the comma, "and", "but" or "while"
    /// before the phrase to the one after it ("45 died, a province still recovering from last year's
    /// floods" keeps the 45). "since last year" is now.
    func pastPhrases(_ tokens: [ExtractionToken]) -> [Range<Int>] {
        var phrases: [Range<Int>] = []
        for index in tokens.indices where tokens[index].classes.contains(.backgroundCue) {
            let lower = tokens[index].lower
            let isLastYear = lower == "last" && index + 1 < tokens.count && (tokens[index + 1].lower == "year" || tokens[index + 1].lower == "year's")
                && (index == 0 || tokens[index - 1].lower != "since")
            let isAgo = lower == "ago" && index > 0 && ["year", "years", "decade", "decades"].contains(tokens[index - 1].lower)
            guard isLastYear || isAgo else { continue }
            func isBreak(_ token: ExtractionToken) -> Bool { token.text == "," || FigureExtractor.isClauseBreak(token) }
            var start = index
            while start > 0, !isBreak(tokens[start - 1]) { start -= 1 }
            var end = index + 1
            while end < tokens.count, !isBreak(tokens[end]) { end += 1 }
            phrases.append(start..<end)
        }
        return phrases
    }

    /// Whether a token starts or ends a clause for ``hypotheticalClauses(_:)``.
    static func isClauseBreak(_ token: ExtractionToken) -> Bool {
        token.text == ";" || clauseBreakWords.contains(token.lower)
    }

    /// Whether a phrase of ``MetricTriggers/afterPeople`` starts at `index`.
    func startsTriggerAfterPeople(at index: Int, in tokens: [ExtractionToken]) -> Bool {
        guard tokens[index].classes.contains(.afterTriggerStart) else { return false }
        return (MetricTriggers.afterPeopleByFirstWord[tokens[index].lower] ?? []).contains { CountFinder.match($0.words, at: index, in: tokens) != nil }
    }

    /// Words for a share of a count: "60 percent of the 2,000 houses", "half of the 300 residents".
    static let shareWords: WordSet = ["percent", "cent", "%", "half", "third", "thirds", "quarter", "quarters", "fifth", "tenth"]

    /// Verbs that make a count of bodies a toll: "pulled 12 bodies from the rubble", "12 bodies have
    /// been recovered" (not "a sea of hundreds of bodies").
    static let bodyVerbs: WordSet = [
        "found", "recovered", "retrieved", "pulled", "identified", "washed", "dug", "unearthed", "brought", "collected", "counted",
    ]

    /// Nouns for people that say what happened to them: "1,500 IDPs", "9,000 returnees", "12 bodies"
    /// (with a verb of ``bodyVerbs``).
    static let metricNouns: WordTable<Metric> = WordTable(["idps": .displaced, "evacuees": .evacuated, "returnees": .returned, "bodies": .killed])

    static let clauseBreakWords: WordSet = ["and", "but", "while", "whereas", "although", "though", "that", "which", "where"]
    /// Words after "expected to", "could" that make it a rise of the count: "the toll could rise".
    static let riseWords: WordSet = ["rise", "climb", "increase", "grow", "go", "mount", "soar", "reach"]

    /// Whether the tokens name a day ("August 3", "3 August") at least ``earlierDisasterDays``
    /// before `articleDay`, taken in the article's year (or the year before, for a later month).
    func namesEarlierDay(_ tokens: [ExtractionToken], than articleDay: SitrepDate) -> Bool {
        for index in tokens.indices where tokens[index].classes.contains(.month) {
            guard let month = ExtractionLexicon.monthNumbers[tokens[index].lower], !FigureExtractor.startsAPeriodToNow(at: index, in: tokens) else { continue }
            let neighbours = [index + 1, index - 1].filter { $0 >= 0 && $0 < tokens.count && tokens[$0].kind == .number }
            guard let day = neighbours.lazy.compactMap({ Int(tokens[$0].text) }).first(where: { (1...31).contains($0) }) else { continue }
            var year = articleDay.year
            if month > articleDay.month { year -= 1 }
            guard day <= SitrepDate.daysIn(month: month, year: year) else { continue }
            let named = SitrepDate.dayNumber(year: year, month: month, day: day)
            if articleDay.dayNumber - named >= FigureExtractor.earlierDisasterDays { return true }
        }
        return false
    }

    /// Whether the date at `index` starts the period a count covers, so that it tells of no earlier
    /// disaster: "displaced since 1 January", "killed since March 2015", "since the war began in
    /// 2011", "fled between 19 February and 23 March" (whose end is judged by itself).
    static func startsAPeriodToNow(at index: Int, in tokens: [ExtractionToken]) -> Bool {
        var look = index - 1
        while look >= 0, index - look <= 6, tokens[look].kind != .punctuation || tokens[look].text == "-" {
            let lower = tokens[look].lower
            if lower == "since" { return true }
            if (lower == "between" || lower == "from"), index - look <= 3 {
                // The range must go on to a later date: "between 19 February and 23 March".
                return tokens[(index + 1)..<min(tokens.count, index + 4)].contains { ["and", "to", "until"].contains($0.lower) }
            }
            look -= 1
        }
        return false
    }

    /// How many days before the article a named day must be to tell of an earlier disaster.
    static let earlierDisasterDays = 30

    // MARK: - What is counted

    /// What a count's noun counts: people, houses, things (never a figure), soldiers, police and
    /// other forces or responders (a figure only when they are killed, hurt or missing), or no noun.
    enum HeadKind { case person, house, thing, force, none }

    /// The noun a number counts: "people", "ethnic Uzbeks", "mud-brick homes", "trees".
    func headNoun(after end: Int, in tokens: [ExtractionToken]) -> (kind: HeadKind, words: [String]) {
        var index = end
        var words: [String] = []
        var steps = 0
        while index < tokens.count, steps < 5 {
            let token = tokens[index]
            // The parts of a hyphenated word are one step: "mud-and-thatch homes".
            let isJoined = !token.spaceBefore && index > end && (token.text == "-" || tokens[index - 1].text == "-")
            if !isJoined { steps += 1 }
            if token.kind == .punctuation {
                if token.text == "-", !token.spaceBefore { index += 1; continue }
                break
            }
            if token.kind == .number {
                if index > end, tokens[index - 1].lower == "of" || tokens[index - 1].lower.hasSuffix("'s") { index += 1; continue }
                break
            }
            let lower = token.lower
            if !token.spaceBefore, index > end, tokens[index - 1].text == "-" {
                // Written as one word: "mud-and-thatch".
                if let last = words.last, index >= 2, tokens[index - 2].text == last || last.hasSuffix("-" + tokens[index - 2].text) {
                    words[words.count - 1] = last + "-" + token.text
                } else {
                    words.append(token.text)
                }
                index += 1
                continue
            }
            if token.classes.contains(.houseNoun) { return (.house, words + [token.text]) }
            if token.classes.contains(.thingNoun) {
                return (ExtractionLexicon.forceNouns.contains(lower) ? .force : .thing, words + [token.text])
            }
            if token.classes.contains(.personNoun) { return (.person, words + [token.text]) }
            if lower == "of" || lower == "the" { index += 1; continue }
            if token.classes.contains(.headStopper) { break }
            if index + 1 < tokens.count, tokens[index + 1].classes.contains(.thingNoun) { return (.thing, words + [token.text, tokens[index + 1].text]) }
            if token.classes.contains(.afterTriggerStart) {
                // "7,300 collapsed houses": a word for what happened to the houses, before them.
                guard index + 1 < tokens.count, tokens[index + 1].classes.contains(.houseNoun), MetricTriggers.houseAdjectives[lower] != nil else { break }
            }
            // A capitalised plural ("Uzbeks", "Syrians") or demonym names people.
            if token.isCapitalised, lower.hasSuffix("s"), !lower.hasSuffix("'s"), lower.utf8.count > 3 { return (.person, words + [token.text]) }
            if token.isCapitalised, ActorResolver.country(forWord: token.text) != nil, index + 1 < tokens.count,
               tokens[index + 1].classes.contains(.personNoun) {
                words.append(token.text)
                index += 1
                continue
            }
            words.append(token.text)
            index += 1
        }
        return (.none, [])
    }

    /// Marks that end the phrase after a count.
    static let clauseEndMarks: WordSet = [".", ";", ":", "\"", "?", "!"]

    /// Words that start another clause after a count: "while", "but".
    static let clauseStarts: WordSet = ["while", "whereas", "but", "although", "where"]

    /// The metric a phrase after the number gives.
    func trigger(after end: Int, until limit: Int, in tokens: [ExtractionToken], house: Bool) -> Metric? {
        triggerAfter(end, until: limit, in: tokens, house: house)?.metric
    }

    /// The metric a phrase after the number gives, and where the phrase starts; a negated phrase
    /// ("refused to evacuate") is passed over.
    func triggerAfter(_ end: Int, until limit: Int, in tokens: [ExtractionToken], house: Bool) -> (metric: Metric, index: Int)? {
        var skippedNegated = false
        return triggerAfter(end, until: limit, in: tokens, house: house, skippedNegated: &skippedNegated)
    }

    /// Whether the word at `index` is about other people than the ones counted: "mourned the
    /// dead", "treating the injured", "the dust-covered dead" (but "among the dead" counts them).
    func isAboutOthers(at index: Int, after end: Int, in tokens: [ExtractionToken]) -> Bool {
        guard index - 1 > end else { return false }
        var word = index - 1
        while word - 2 >= end, !tokens[word].spaceBefore, tokens[word - 1].text == "-", !tokens[word - 1].spaceBefore { word -= 2 }
        let determiner = FigureExtractor.othersDeterminers.contains(tokens[index - 1].lower) ? index - 1
            : (word != index - 1 && word > end && FigureExtractor.othersDeterminers.contains(tokens[word - 1].lower) ? word - 1 : nil)
        guard let determiner else { return false }
        return determiner == 0 || tokens[determiner - 1].lower != "among"
    }

    /// ``triggerAfter(_:until:in:house:)``, saying in `skippedNegated` whether it passed over a
    /// negated phrase (when it finds nothing else, the sentence says it did not happen).
    func triggerAfter(
        _ end: Int, until limit: Int, in tokens: [ExtractionToken], house: Bool, skippedNegated: inout Bool
    ) -> (metric: Metric, index: Int)? {
        let triggersByFirstWord = house ? MetricTriggers.afterHousesByFirstWord : MetricTriggers.afterPeopleByFirstWord
        let misspellable = house ? MetricTriggers.misspellableAfterHouses : MetricTriggers.misspellableAfterPeople
        var index = end
        var limit = limit
        var last = min(tokens.count, end + 14)
        while index < last {
            if index >= limit, index > end {
                // Another count: stop unless it is an alternative ("hundreds, and perhaps thousands,
                // of", "2,400 families, or 12,000 people, were evacuated"), which what follows is
                // said of too.
                let previous = tokens[index - 1].lower
                guard index == limit, previous == "perhaps" || previous == "possibly" || previous == "or" else { break }
                limit = FigureExtractor.countStart(afterCountAt: index, in: tokens)
            }
            if tokens[index].text == "(" {
                // A parenthesis says more about the number: "310 households (about 1,600 people) arrived".
                var close = index + 1
                while close < tokens.count, tokens[close].text != ")", close - index < 20 { close += 1 }
                guard close < tokens.count, tokens[close].text == ")" else { break }
                // "125 families (more than 800 people) were displaced": the count inside says the
                // same again, so what follows the parenthesis is said of both. Its words do not
                // count towards the words looked at.
                if limit <= close { limit = FigureExtractor.countStart(after: close, in: tokens) }
                last = min(tokens.count, last + close + 1 - index)
                index = close + 1
                continue
            }
            if tokens[index].kind == .punctuation {
                if FigureExtractor.clauseEndMarks.contains(tokens[index].text) { break }
                if tokens[index].text == ",", index + 1 < tokens.count, MetricTriggers.clauseBreakers.contains(tokens[index + 1].lower) { break }
            }
            if index > end, tokens[index].classes.contains(.clauseStart) { break }
            // "affected 500,000 people and forced the evacuation of …": a second verb starts another clause.
            if index > end, tokens[index].lower == "and", index + 1 < tokens.count, FigureExtractor.clauseVerbs.contains(tokens[index + 1].lower) { break }
            var matched = false
            for trigger in tokens[index].classes.contains(.afterTriggerStart) ? triggersByFirstWord[tokens[index].lower] ?? [] : [] {
                guard CountFinder.match(trigger.words, at: index, in: tokens) != nil else { continue }
                matched = true
                if trigger.words.count == 1, isAboutOthers(at: index, after: end, in: tokens) { continue }
                // "who had not been evacuated drowned": the negated phrase is passed over.
                if isNegated(at: index, in: tokens) {
                    skippedNegated = true
                    continue
                }
                return (trigger.metric, index)
            }
            // A misspelt trigger ("displced"): one letter dropped from a long word (not a word that
            // is a trigger itself, passed over above: "refused to evacuate"). Only a dropped letter:
            // a changed one would take real words for triggers ("evaluated" for "evacuated").
            if !matched, tokens[index].kind == .word, tokens[index].lower.utf8.count >= 7 {
                for trigger in misspellable {
                    if tokens[index].lower.utf8.count + 1 == trigger.words[0].utf8.count, FigureExtractor.isOneEditAway(tokens[index].lower, trigger.words[0]) {
                        return (trigger.metric, index)
                    }
                }
            }
            index += 1
        }
        return nil
    }

    /// Where the next count after `index` starts, as far as ``triggerAfter(_:until:in:house:skippedNegated:)``
    /// needs to know: at its next number or number word, or at the end of the sentence.
    static func countStart(after index: Int, in tokens: [ExtractionToken]) -> Int {
        tokens[(index + 1)...].firstIndex(where: isCountWord) ?? tokens.count
    }

    /// Where the count after the one starting at `start` ("more than 12,000") starts.
    static func countStart(afterCountAt start: Int, in tokens: [ExtractionToken]) -> Int {
        guard var last = tokens[start...].firstIndex(where: isCountWord) else { return tokens.count }
        while last + 1 < tokens.count, isCountWord(tokens[last + 1]) { last += 1 }
        return countStart(after: last, in: tokens)
    }

    private static func isCountWord(_ token: ExtractionToken) -> Bool {
        token.kind == .number || token.classes.contains(.countCore)
    }

    /// Whether the phrase after the number only says where people stay ("in relief camps").
    func isWeak(after end: Int, until limit: Int, in tokens: [ExtractionToken]) -> Bool {
        let window = tokens[end..<min(limit, tokens.count, end + 14)].map(\.lower)
        return window.contains { FigureExtractor.stayWords.contains($0) } && !window.contains { FigureExtractor.strongDisplacementWords.contains($0) }
    }

    /// The metric a phrase right before the number gives, and whether it says what was done to the
    /// people (a verb acting on them, or a toll that rose to the number) rather than only naming them.
    struct BeforeTrigger {
        let metric: Metric
        let isStrong: Bool
    }

    /// The metric a phrase right before the number gives.
    /// Without `tolls` (the sentence has no word for a toll), no toll is looked for.
    func triggerBefore(_ start: Int, in tokens: [ExtractionToken], house: Bool, tolls: Bool) -> BeforeTrigger? {
        var end = start
        // Allow "the", "a", "another" between.
        while end > 0, FigureExtractor.determiners.contains(tokens[end - 1].lower) { end -= 1 }
        // A phrase that ends right before the number ends with the word there.
        if end > 0 {
            let triggersByLastWord = house ? MetricTriggers.beforeHousesByLastWord : MetricTriggers.beforePeopleByLastWord
            for trigger in triggersByLastWord[tokens[end - 1].lower] ?? [] {
                let length = trigger.words.count
                if end - length >= 0, CountFinder.match(trigger.words, at: end - length, in: tokens) != nil {
                    // "claimed 300 people were evacuated" and "affected" say too little to outweigh the words after.
                    let isStrong = trigger.metric != .affected && !trigger.words[0].hasPrefix("claim")
                    return BeforeTrigger(metric: trigger.metric, isStrong: isStrong)
                }
            }
        }
        if tolls, !house, end > 0, MetricTriggers.tollVerbs.contains(tokens[end - 1].lower) || MetricTriggers.riseVerbs.contains(tokens[end - 1].lower),
           let metric = tollMetric(before: end - 1, in: tokens) {
            return BeforeTrigger(metric: metric, isStrong: true)
        }
        return nil
    }

    /// What the toll or number that came to a count is of, from its words before `verb`: "the death
    /// toll has risen to", "the number of injured touched", "the toll of missing rose to", "the number
    /// of confirmed Ebola cases has climbed to". Nil when the words name no toll, or a toll of
    /// casualties (killed and injured together, which no one metric holds). The words reach back to the previous count ("reached 45 and the number
    /// of injured touched 300"), unless that count is the old value ("from 80 to 110").
    func tollMetric(before verb: Int, in tokens: [ExtractionToken]) -> Metric? {
        var start = verb
        while start > 0, verb - start < 14 {
            let previous = tokens[start - 1]
            // "from 80 to 110", "rose by 12 to 340": the old value and the rise are part of the phrase.
            if previous.kind == .number, start < 2 || (tokens[start - 2].lower != "from" && tokens[start - 2].lower != "by") { break }
            start -= 1
        }
        let words = tokens[start..<verb]
        guard let noun = words.lastIndex(where: { $0.classes.contains(.tollNoun) }) else { return nil }
        if words.contains(where: { $0.lower == "casualty" || $0.lower == "casualties" }) { return nil }
        // "death toll" and "toll of dead" say it; else another metric's word in the phrase does.
        let phrase = words[max(start, noun - 2)..<min(verb, noun + 6)].map(\.lower)
        for (word, metric) in FigureExtractor.tollWords where phrase.contains(word) { return metric }
        // "the number of people in relief camps": people where the displaced stay.
        if words.contains(where: { $0.classes.contains(.personNoun) }), phrase.contains(where: { FigureExtractor.shelterWords.contains($0) }) {
            return .displaced
        }
        return tokens[noun].lower == "toll" ? .killed : nil
    }

    /// Where the displaced stay, in a running count of people: "the number of people in relief camps".
    static let shelterWords: WordSet = ["camps", "shelters", "centres", "centers", "sites"]

    /// Words for a running count.
    static let tollNouns: WordSet = ["toll", "number", "tally"]

    /// The words that say what a toll or number counts, first match wins.
    static let tollWords: [(String, Metric)] = [
        ("death", .killed), ("dead", .killed), ("deaths", .killed), ("killed", .killed), ("fatalities", .killed),
        ("injured", .injured), ("injuries", .injured), ("wounded", .injured), ("hurt", .injured), ("injury", .injured),
        ("missing", .missing), ("displaced", .displaced), ("evacuated", .evacuated), ("evacuees", .evacuated), ("homeless", .homeless),
        ("affected", .affected), ("cases", .cases),
    ]

    /// Whether the phrase starting at `index` goes on to a disease: "treated for cholera",
    /// "hospitalised with cholera symptoms".
    func isDisease(after index: Int, in tokens: [ExtractionToken]) -> Bool {
        tokens[(index + 1)..<min(tokens.count, index + 4)].contains { FigureExtractor.diseases.contains($0.lower) }
    }

    /// Words that make people trapped missing, anywhere in the sentence: "trapped under the
    /// rubble", "the collapsed headquarters, where about 100 people are still trapped".
    static let rubbleWords: WordSet = [
        "rubble", "debris", "collapsed", "buried", "mud", "landslide", "landslides", "mudslide", "wreckage",
        "ruins", "snow", "avalanche", "mine", "underground", "cave",
    ]

    /// Whether the trigger found after a count of forces or responders is about them: only their
    /// noun and auxiliaries lie between ("four soldiers were killed", "soldiers have been wounded").
    func isRightAfterNoun(_ trigger: (metric: Metric, index: Int)?, mention: CountMention, head: (kind: HeadKind, words: [String]),
                          in tokens: [ExtractionToken]) -> Bool {
        guard let trigger else { return false }
        return tokens[mention.end..<trigger.index].allSatisfy { token in
            head.words.contains(token.text) || FigureExtractor.auxiliaries.contains(token.lower) || FigureExtractor.copulas.contains(token.lower)
        }
    }

    /// The phrase after the number that joins two metrics with "or" ("were killed or wounded"), if it does.
    func combinedMetrics(after trigger: (metric: Metric, index: Int), in tokens: [ExtractionToken], house: Bool) -> Range<Int>? {
        let table = house ? MetricTriggers.afterHousesByFirstWord : MetricTriggers.afterPeopleByFirstWord
        guard let length = (table[tokens[trigger.index].lower] ?? []).lazy
            .compactMap({ CountFinder.match($0.words, at: trigger.index, in: tokens) }).first else { return nil }
        let or = trigger.index + length
        guard or + 1 < tokens.count, tokens[or].lower == "or" else { return nil }
        // "evacuated or fled their homes" is displacement either way.
        let other = (table[tokens[or + 1].lower] ?? []).first { other in
            other.metric != trigger.metric && !(other.metric.section == .displacement && trigger.metric.section == .displacement)
                && CountFinder.match(other.words, at: or + 1, in: tokens) != nil
        }
        return other.map { trigger.index..<(or + 1 + $0.words.count) }
    }

    /// The phrase before the number that joins two metrics with "or" ("killed or injured 50 people"), if it does.
    func combinedMetrics(before start: Int, in tokens: [ExtractionToken], house: Bool) -> Range<Int>? {
        var end = start
        while end > 0, FigureExtractor.determiners.contains(tokens[end - 1].lower) { end -= 1 }
        guard end >= 3, tokens[end - 2].lower == "or" else { return nil }
        let table = house ? MetricTriggers.beforeHousesByLastWord : MetricTriggers.beforePeopleByLastWord
        guard let last = table[tokens[end - 1].lower]?.first, let first = table[tokens[end - 3].lower]?.first else { return nil }
        return last.metric != first.metric ? (end - 3)..<end : nil
    }

    /// Whether the trigger at `index` is said not to have happened: "were not killed", "refused to
    /// evacuate", "waiting for evacuation".
    func isNegated(at index: Int, in tokens: [ExtractionToken]) -> Bool {
        var look = index - 1
        while look >= 0, FigureExtractor.auxiliaries.contains(tokens[look].lower) { look -= 1 }
        guard look >= 0 else { return false }
        let word = tokens[look].lower
        return FigureExtractor.negators.contains(word) || word.hasSuffix("n't") || (word == "for" && look > 0 && tokens[look - 1].lower == "waiting")
    }

    /// Words before "dead", "injured", "missing" that make them other people: "mourned the dead".
    static let othersDeterminers: WordSet = ["the", "their", "its", "his", "her"]
    /// Diseases: people "treated for cholera" are cases, not injured.
    static let diseases: WordSet = [
        "cholera", "ebola", "measles", "malaria", "dengue", "diarrhoea", "diarrhea", "typhoid", "covid", "covid-19",
        "coronavirus", "influenza", "flu", "diphtheria", "meningitis", "hepatitis", "mpox", "plague",
    ]

    /// Words allowed between a phrase and the number it names: "killing another 12".
    static let determiners: WordSet = ["the", "a", "an", "another", "some", "all", "further", "additional"]
    /// Words allowed between a negation and the verb it denies: "have not yet been evacuated".
    static let auxiliaries: WordSet = ["be", "been", "being", "to", "yet", "have", "has"]
    /// More words allowed between a count of forces and what happened to them: "soldiers were killed".
    static let copulas: WordSet = ["were", "was", "are", "is", "had", "reportedly"]
    /// Words for when an increase happened: "another 5 were killed overnight".
    static let timeWords: WordSet = ["overnight", "today", "yesterday", "since", "morning", "evening", "night", "hours", "tonight"]
    /// Words before a count that make it an increase: "another 300", "a further 300".
    static let increaseWordsBefore: WordSet = ["another", "further", "additional"]
    /// Words after a count that make it an increase: "45 more people", "ten new deaths".
    static let increaseWordsAfter: WordSet = ["more", "new", "additional", "further"]

    /// Words that say what follows did not happen.
    static let negators: WordSet = ["not", "never", "refused", "refuse", "refuses", "refusing", "declined", "awaiting", "avoided", "escaped"]

    /// Words that count lives kept, not lost: "saved 200 lives".
    static let rescueVerbs: WordSet = ["saved", "saving", "save", "saves", "spared"]

    /// Words for a running total or another count of the same: "bringing the total to 5,000", "put the figure at 1,200".
    static let totalWords: WordSet = ["total", "tally", "toll", "figure", "number"]

    /// Whether the count is an increase since an earlier report, not a total: "ten new deaths", or
    /// "another 300", "a further 300", "45 more people" beside the total ("…, bringing the total to
    /// 5,000") or as the sentence's first figure with a time it happened in ("Another 5 people were
    /// killed overnight"). Otherwise "another" and "more" list others ("Another five died in Orissa
    /// and 35 in Rajasthan"; "killed 20 people, while another 30 died in landslides").
    func isIncrement(_ mention: CountMention, in tokens: [ExtractionToken], total: Bool, first: Bool) -> Bool {
        // "thousands more" is many others, not an increase.
        guard !mention.isVague else { return false }
        let next = mention.end < tokens.count ? tokens[mention.end].lower : ""
        if next == "new" { return true }
        let saysIncrease = (mention.start > 0 && FigureExtractor.increaseWordsBefore.contains(tokens[mention.start - 1].lower))
            || FigureExtractor.increaseWordsAfter.contains(next)
        // The sentence is searched for a time only for a count that says "another" or "more".
        guard saysIncrease else { return false }
        return total || first && tokens.contains { FigureExtractor.timeWords.contains($0.lower) || ExtractionLexicon.weekdays.contains($0.lower) }
    }

    /// Refugees when they crossed or wait at a border.
    private func refugeesMetric(_ metric: Metric, tokens: [ExtractionToken]) -> Metric {
        metric == .atBorder ? .atBorder : .refugees
    }

    /// "fled Myanmar to Bangladesh", "3,000 Burundians fled to Rwanda": a flight from one country to another.
    private func isFlightAcrossBorder(_ tokens: [ExtractionToken], from start: Int, of group: [String]) -> Bool {
        // "3,000 Burundians fled to Rwanda": the group's country is where they fled from.
        let origin = group.lazy.filter { ActorResolver.isDemonym($0) }.compactMap { ActorResolver.country(forWord: $0) }.first
        var countries = 0
        var sawFlee = false
        for token in tokens[start...] {
            if ["flee", "fled", "fleeing", "crossed", "crossing"].contains(token.lower) { sawFlee = true }
            if sawFlee, token.isCapitalised, let country = ActorResolver.country(forWord: token.text) {
                if let origin, country != origin { return true }
                countries += 1
            }
        }
        return countries >= 2
    }

    /// The group a figure counts, in the plural: "people", "ethnic Uzbeks", "children".
    func group(_ words: [String]) -> String? {
        // A headline's capitals are not the group's: "Kills 30 People" is of people, as the body's
        // "30 people" is. Names keep theirs ("Uzbeks").
        var kept: [String] = words.compactMap { word in
            let lower = word.lowercased()
            if FigureExtractor.groupFillers.contains(lower) { return nil }
            let isCommonNoun = (ExtractionLexicon.personNouns.contains(lower) || ExtractionLexicon.houseNouns.contains(lower))
                && !FigureExtractor.peopleNames.contains(lower)
            return isCommonNoun && word.dropFirst() == lower.dropFirst() ? lower : word
        }
        guard let last = kept.last else { return nil }
        if let plural = FigureExtractor.plurals[last.lowercased()] { kept[kept.count - 1] = plural }
        if kept.count == 1, kept[0] == "dead" || kept[0] == "lives" { return nil }
        // Adjectives that describe the state, not the group ("badly", "seriously").
        return kept.filter { !$0.hasSuffix("ly") }.joined(separator: " ")
    }

    /// Where a count's predicate may stand when parts of it follow: "At least 40 people, including
    /// 12 children, were killed" → the words after the comma that closes the parts, up to the next
    /// count; "6,000 people including 4,000 children were staying at the base" → the words after
    /// the part. Parts set off by ", including" count only with their closing comma (not "the toll
    /// rose to 300, including 45 dead"), and "including" without a comma only right after the
    /// count's noun; nil when the count `position` of `mentions` has none.
    func predicate(afterPartsOf position: Int, in mentions: [CountMention], tokens: [ExtractionToken]) -> Range<Int>? {
        guard position + 1 < mentions.count, mentions[position + 1].start > 1 else { return nil }
        let setOff = tokens[mentions[position + 1].start - 2].text == ","
        var next = position + 1
        while next < mentions.count, mentions[next].start > 1, tokens[mentions[next].start - 1].lower == "including",
              !setOff || tokens[mentions[next].start - 2].text == "," {
            next += 1
        }
        guard next > position + 1 else { return nil }
        let end = next < mentions.count ? mentions[next].start : tokens.count
        if !setOff {
            let between = tokens[mentions[position].end..<(mentions[position + 1].start - 1)]
            guard !between.isEmpty, between.count <= 3, between.allSatisfy(\.isWord) else { return nil }
            return mentions[next - 1].end..<end
        }
        guard let comma = tokens[mentions[next - 1].end..<end].firstIndex(where: { $0.text == "," }) else { return nil }
        return (comma + 1)..<end
    }

    /// Whether the words right before a count make it a part of the one before: "of which", "of
    /// whom", "out of which", "of them", "among them".
    func isPartOfTheCountBefore(_ start: Int, in tokens: [ExtractionToken]) -> Bool {
        guard start >= 2 else { return false }
        let pronoun = tokens[start - 1].lower, preposition = tokens[start - 2].lower
        return (preposition == "of" && ["which", "whom", "them"].contains(pronoun)) || (preposition == "among" && ["them", "whom"].contains(pronoun))
    }

    /// Where: the place named after the number ("in Osh", "at the Kyrgyz-Uzbek border") before
    /// `limit`, else before it.
    func place(in tokens: [ExtractionToken], after end: Int, until limit: Int, before start: Int) -> String? {
        if let found = PlaceFinder.place(in: tokens, from: end, to: limit, lastBorder: lastBorder) { return found }
        return PlaceFinder.place(in: tokens, from: 0, to: start, lastBorder: lastBorder, last: true)
    }

    // MARK: - Figures without a number

    /// "Nearly people have been hurt" (a qualifier with its number missing: warned), "many people had
    /// been shot dead", "their houses were burned down": figures whose count is unknown.
    func unnumbered(in tokens: [ExtractionToken], sentence: String, numbered: [Metric]) -> [Finding] {
        var findings: [Finding] = []
        for (index, token) in tokens.enumerated() {
            // Only a qualifier, "many", "no", "nobody", "houses" or "homes" can start such a figure.
            guard token.classes.contains(.unnumberedCue) else { continue }
            let lower = token.lower
            let nextIndex = index + 1
            guard nextIndex < tokens.count else { break }
            var qualifierLength: Int?
            for qualifier in CountFinder.qualifiersByFirstWord[lower] ?? [] where qualifier.keep {
                if let length = CountFinder.match(qualifier.words, at: index, in: tokens) { qualifierLength = length; break }
            }
            let isMany = FigureExtractor.manyWords.contains(lower)
            if qualifierLength != nil || isMany {
                let headStart = index + (qualifierLength ?? 1)
                guard headStart < tokens.count, ExtractionLexicon.personNouns.contains(tokens[headStart].lower),
                      tokens[headStart].lower != "others" || isMany,
                      let metric = trigger(after: headStart + 1, until: tokens.count, in: tokens, house: false),
                      metric.section == .casualties, !numbered.contains(metric)
                else { continue }
                if isMany, metric != .killed { continue }
                if index > 0, tokens[index - 1].lower == "how" { continue }
                var figure = Figure(metric: metric, count: .unknown, quote: sentence)
                figure.group = group([tokens[headStart].text])
                let words = tokens[index..<min(tokens.count, headStart + 1)].map(\.text).joined(separator: " ")
                let warning = qualifierLength != nil
                    ? "'\(words)' has no number; the \(metric.caption) figure is left unknown" : nil
                findings.append(Finding(figure: figure, warning: warning))
                if qualifierLength != nil { break }
            }
            if (lower == "no" && tokens[nextIndex].lower == "one") || lower == "nobody" {
                let after = lower == "no" ? nextIndex + 1 : nextIndex
                if let metric = trigger(after: after, until: tokens.count, in: tokens, house: false), metric.section == .casualties,
                   !numbered.contains(metric), let zero = Count(parsing: lower == "no" ? "no one" : "nobody") {
                    // "No one was killed in Roseires" is a figure of Roseires, as "3 were killed in Roseires" is.
                    var figure = Figure(metric: metric, count: zero, quote: sentence)
                    figure.place = place(in: tokens, after: after, until: tokens.count, before: index)
                    findings.append(Finding(figure: figure))
                }
                continue
            }
            if FigureExtractor.unnumberedHouseNouns.contains(lower), index > 0, ["their", "the"].contains(tokens[index - 1].lower),
               !numbered.contains(where: { $0.section == .damage }) {
                if let metric = trigger(after: nextIndex, until: min(tokens.count, nextIndex + 4), in: tokens, house: true),
                   metric == .housesDestroyed, tokens[nextIndex].lower == "were" || tokens[nextIndex].lower == "have" {
                    findings.append(Finding(figure: Figure(metric: metric, count: .unknown, quote: sentence)))
                }
            }
        }
        return findings
    }

    /// Where people stay: "in relief camps" (weak evidence of displacement).
    static let stayWords: WordSet = ["camps", "camp", "centres", "centers", "staying", "residing"]
    /// Words that say people were displaced, stronger than where they stay.
    static let strongDisplacementWords: WordSet = [
        "displaced", "fled", "flee", "fleeing", "relocated", "homes", "evacuated", "accommodated", "sheltering",
    ]
    /// The names among ``ExtractionLexicon/personNouns``, which keep their capital in a group.
    static let peopleNames: WordSet = ["rohingya", "brus"]
    /// Words left out of a group: "more people", "other residents".
    static let groupFillers: WordSet = ["more", "other", "others", "another", "further", "additional", "of", "the", "-"]
    /// The plural of a group's noun.
    static let plurals: [String: String] = [
        "child": "children", "person": "people", "man": "men", "woman": "women", "villager": "villagers",
        "family": "families", "resident": "residents", "household": "households", "refugee": "refugees",
        "civilian": "civilians", "victim": "victims", "fisherman": "fishermen", "baby": "babies", "girl": "girls",
        "boy": "boys", "individual": "individuals", "migrant": "migrants", "persons": "people", "peoples": "people",
    ]

    /// Words for an unknown number of people: "many people had been shot dead".
    static let manyWords: WordSet = ["many", "several", "numerous", "scores"]
    /// The nouns of "their houses were burned down".
    static let unnumberedHouseNouns: WordSet = ["houses", "homes"]

    /// The first words of the phrases that make a sentence or a clause background: what could
    /// happen, what happens every year.
    static let backgroundFirstWords = Set((ExtractionLexicon.hypothetical + ExtractionLexicon.habitual).map { $0[0] })
    /// ``ExtractionLexicon/habitual`` grouped by their first word.
    static let habitualByFirstWord = WordTable(Dictionary(grouping: ExtractionLexicon.habitual, by: { $0[0] }))
    /// ``ExtractionLexicon/hypothetical`` grouped by their first word.
    static let hypotheticalByFirstWord = WordTable(Dictionary(grouping: ExtractionLexicon.hypothetical, by: { $0[0] }))

    /// Verbs that, after "and", start a clause about something else.
    static let clauseVerbs: WordSet = [
        "forced", "forcing", "left", "leaving", "damaged", "damaging", "destroyed", "destroying", "caused", "causing",
        "triggered", "disrupted", "cut", "flattened", "prompted", "swept", "washed", "inundated", "submerged",
    ]

    /// Whether two words differ by one letter dropped, added or changed.
    static func isOneEditAway(_ first: String, _ second: String) -> Bool {
        // One edit leaves the first letters alike or, when it is at the start, the last ones: most
        // pairs are told apart by that, before their bytes are read.
        if first.utf8.count >= 2, second.utf8.count >= 2,
           first.utf8.first != second.utf8.first, first.utf8.last != second.utf8.last { return false }
        var first = first, second = second
        return first.withUTF8 { a in second.withUTF8 { b in isOneEditAway(a, b) } }
    }

    private static func isOneEditAway(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard abs(a.count - b.count) <= 1, !a.elementsEqual(b) else { return false }
        var i = 0, j = 0, edits = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if a.count > b.count { i += 1 } else if a.count < b.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (a.count - i) + (b.count - j) <= 1
    }
}

private extension Metric {
    /// Whether it counts people killed or hurt.
    var isHarm: Bool { self == .killed || self == .injured }
}
