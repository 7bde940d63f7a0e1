/// Checks a note line against the article body for extraction: every number must occur in the body,
/// the best supporting sentences are named, phrases the body does not bear out are flagged, and a
/// note that reports a claim the body says was denied is marked.
///
/// Which phrases are not borne out is decided by ``NoteVerifier``, the same rules `sitrep check` uses.
enum NoteAssessor {
    /// Assesses `note` against a body given as its sentences (`sentences`, with their tokens in
    /// `tokenized`, in the same order) and as a whole (`normalizedBody`, see ``ArticleText/normalized(_:)``).
    static func assess(
        note: String, path: String, sentences: [String], tokenized: [[ExtractionToken]], normalizedBody: String
    ) -> NoteAssessment {
        let noteTokens = ExtractionTokenizer.tokens(note)
        // Numbers.
        let bodyValues = Set(tokenized.flatMap { CountFinder.mentions(in: $0).compactMap(\.count.value) })
        var missing: [String] = []
        for mention in CountFinder.mentions(in: noteTokens) where mention.count.value.map({ !bodyValues.contains($0) }) ?? false {
            missing.append(mention.count.text)
        }
        // Phrases the body does not bear out, by the note check's rules; a run of numbers alone is
        // left to the number check above, which names it with its qualifier ("at least 500").
        let phrases = NoteVerifier.findings(
            inNote: note, sentences: sentences.map(ArticleText.normalized), normalizedBody: normalizedBody
        ).filter { !$0.isNumbers }.map(\.phrase)
        // Supporting sentences: greedy cover of the note's content words.
        let noteStems = Set(noteTokens.filter { $0.kind == .word && !SentenceFacts.stopwords.contains($0.lower) }.map { SentenceFacts.stem($0.lower) })
        let sentenceStems = tokenized.map { Set(SentenceFacts.contentStems($0)) }
        var covered = Set<String>()
        var supporting: [Int] = []
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
