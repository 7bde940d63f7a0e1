/// Checks a note line against the article body: every number must occur in the body, the best
/// supporting sentences are named, and phrases the body does not bear out are flagged.
///
/// A content word is borne out when the body has it (by stem) in a sentence that also has one of its
/// neighbours in the note; a phrase is flagged when it holds a word the body lacks altogether, grown
/// over neighbours that are not borne out in context ("entering the world": the body has "entering",
/// but only as "entering Osh").
enum NoteAssessor {
    static func assess(note: String, path: String, sentences: [String], tokenized: [[ExtractionToken]]) -> NoteAssessment {
        let noteTokens = ExtractionTokenizer.tokens(note)
        // Numbers.
        let bodyValues = Set(tokenized.flatMap { CountFinder.mentions(in: $0).compactMap(\.count.value) })
        var missing: [String] = []
        for mention in CountFinder.mentions(in: noteTokens) where mention.count.value.map({ !bodyValues.contains($0) }) ?? false {
            missing.append(mention.count.text)
        }
        // Content words with their positions.
        let content = noteTokens.indices.filter { noteTokens[$0].kind == .word && !SentenceFacts.stopwords.contains(noteTokens[$0].lower) }
        let stems = content.map { SentenceFacts.stem(noteTokens[$0].lower) }
        let sentenceStems = tokenized.map { Set(SentenceFacts.contentStems($0)) }
        let bodyStems = sentenceStems.reduce(into: Set<String>()) { $0.formUnion($1) }
        func inContext(_ position: Int) -> Bool {
            let stem = stems[position]
            let neighbours = [position - 1, position + 1].filter { $0 >= 0 && $0 < stems.count }.map { stems[$0] }
            return sentenceStems.contains { $0.contains(stem) && neighbours.contains(where: $0.contains) }
        }
        var flagged = Set<Int>()
        for position in stems.indices where !bodyStems.contains(stems[position]) {
            flagged.insert(position)
            var left = position - 1
            while left >= 0, !inContext(left), !flagged.contains(left) {
                flagged.insert(left)
                left -= 1
            }
            var right = position + 1
            while right < stems.count, !inContext(right), bodyStems.contains(stems[right]) == false || !inContext(right), right - position < 3 {
                if noteTokens[content[right - 1]..<content[right]].contains(where: { $0.text == "," }) { break }
                flagged.insert(right)
                right += 1
            }
        }
        // Group flagged content words into phrases of the note, with the words between them.
        var phrases: [String] = []
        var runStart: Int?
        let ordered = flagged.sorted()
        for (offset, position) in ordered.enumerated() {
            if runStart == nil { runStart = position }
            let next = offset + 1 < ordered.count ? ordered[offset + 1] : nil
            let breaks = next.map { candidate in
                candidate != position + 1 || noteTokens[content[position]..<content[candidate]].contains(where: { $0.kind == .punctuation })
            } ?? true
            if breaks, let start = runStart {
                phrases.append(SentenceFacts.text(noteTokens[content[start]...content[position]]))
                runStart = nil
            }
        }
        // Supporting sentences: greedy cover of the note's content words.
        var covered = Set<String>()
        var supporting: [Int] = []
        let noteStems = Set(stems)
        while supporting.count < 3 {
            var best: (index: Int, gain: Int)?
            for (index, stemsOfSentence) in sentenceStems.enumerated() where !supporting.contains(index) {
                let gain = stemsOfSentence.intersection(noteStems).subtracting(covered).count
                if gain > (best?.gain ?? 1) { best = (index, gain) }
            }
            guard let best, best.gain >= 3 || (supporting.isEmpty && best.gain >= 2) else { break }
            supporting.append(best.index)
            covered.formUnion(sentenceStems[best.index].intersection(noteStems))
        }
        let denied = supporting.contains { index in tokenized[index].contains { AllegationRules.denialVerbs.contains($0.lower) } }
            && (noteTokens.contains { AllegationRules.denialVerbs.contains($0.lower) } || supporting.contains { index in
                tokenized[index].contains { AllegationRules.claimVerbs.contains($0.lower) } })
        return NoteAssessment(
            path: path, note: note, supportingSentences: supporting.map { sentences[$0] }, unsupportedPhrases: phrases,
            missingNumbers: missing, isDeniedAllegation: denied)
    }
}
