/// Verifies the note line of a stored article against the article's body.
///
/// A note line (the line above the URL, see ``ArticleText``) is a claim someone made about the
/// article; the body is what the article says. The check asks, word by word, whether the body
/// bears the note out, and reports the words it does not:
///
/// 1. The note is split into words (``NoteWords``). Function words ("the", "were", "also") and
///    words of attribution ("reports", "said", "allegations") are skipped; the rest carry the claim.
/// 2. A number must occur somewhere in the body, by value ("1,000" matches "1000", "seventy-seven" matches "77").
/// 3. Any other word must occur in the body (by stem: "forces" matches "force") **in a sentence that
///    also holds its neighbour in the note**, the content word just before or after it in the same
///    clause. A word alone in its clause only has to occur. So "gangs" in "ethnic Kyrgyz gangs" is
///    borne out by "armed gangs of ethnic Kyrgyz", but "entering" in "gangs entering the world" is not
///    borne out by "preventing others from entering Osh".
/// 4. Words not borne out are grouped into runs: neighbours in one clause, with only skipped words
///    between them. Each run is one warning, at the source's `file`: "'entering the world' does not
///    occur in it" when the run's text is nowhere in the body, or "'X' occurs in it, but not together
///    with 'Y'" when the words are there, but elsewhere.
///
/// 5. A single common word (not a number, not a name) whose neighbours on both sides are borne out
///    is taken as the note's paraphrase and not reported: "the armed forces supported ethnic Kyrgyz
///    gangs" rewords "armoured personnel carriers, which are making way for armed gangs of ethnic Kyrgyz".
///
/// `sitrep check` words the runs as above; `sitrep extract` (``NoteAssessor``) reports the same runs
/// as "the note says '…', which the article does not bear out", each with what to do about it.
///
/// What it cannot see: negation ("did not send" bears out "sent"), synonyms ("died" for "killed"),
/// and who did what to whom. A clean note is not a verified note; a flagged one deserves a look.
enum NoteVerifier {
    /// A warning at `sources[i].file` for each run of a stored article's note line that its body does not bear out.
    static func diagnostics(for document: SituationDocument, articles: StoredArticles) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (index, source) in document.situation.sources.enumerated() {
            guard let article = articles[source.id], let note = article.text.note else { continue }
            for problem in problems(withNote: note, in: article) {
                findings.append(document.diagnostic(
                    .warning, at: "sources[\(index)].file",
                    "note line of \(article.file) is not borne out by the article: \(problem); correct the note line or drop those words"))
            }
        }
        return findings
    }

    /// What the body does not bear out of the note, one message per run, in the note's order:
    /// "'entering the world' does not occur in it", "'X' occurs in it, but not together with 'Y'".
    static func problems(withNote note: String, in article: StoredArticle) -> [String] {
        findings(inNote: note, sentences: article.text.sentences, normalizedBody: article.normalizedBody).map { finding in
            switch finding.reason {
            case .absent:
                return "'\(finding.phrase)' does not occur in it"
            case .apart(from: let company) where company.isEmpty:
                return "'\(finding.phrase)' occurs in it, but not in a sentence that bears out the rest of the note"
            case .apart(from: let company):
                return "'\(finding.phrase)' occurs in it, but not together with \(company.map { "'\($0)'" }.joined(separator: " or "))"
            }
        }
    }

    /// The runs of `note` that a body does not bear out, in the note's order, by the rules above.
    ///
    /// - Parameters:
    ///   - note: The note line as written; it is normalised here (``ArticleText/normalized(_:)``).
    ///   - sentences: The body's sentences, normalised.
    ///   - normalizedBody: The whole body, normalised, to tell a phrase that is nowhere in it from one
    ///     that is there but apart from its neighbours.
    static func findings(inNote note: String, sentences: [String], normalizedBody: String) -> [NoteFinding] {
        let text = ArticleText.normalized(note)
        let content = NoteWords.words(in: text).filter(NoteWords.isContent)
        let sentences = sentences.map { Set(NoteWords.words(in: $0).map(\.key)) }
        let bodyKeys = sentences.reduce(into: Set<String>()) { $0.formUnion($1) }
        let lowerBody = normalizedBody.lowercased()

        /// The nearest content words that are not numbers before and after `run` in its clause.
        func neighbours(of run: ClosedRange<Int>) -> [NoteWord] {
            let clause = content[run.lowerBound].clause
            let before = content[..<run.lowerBound].last { !$0.isNumber }
            let after = content[(run.upperBound + 1)...].first { !$0.isNumber }
            return [before, after].compactMap { $0 }.filter { $0.clause == clause }
        }
        let supported = content.indices.map { index -> Bool in
            let word = content[index]
            guard bodyKeys.contains(word.key) else { return false }
            let around = neighbours(of: index...index)
            if word.isNumber || around.isEmpty { return true }
            return sentences.contains { keys in keys.contains(word.key) && around.contains { keys.contains($0.key) } }
        }

        var runs: [ClosedRange<Int>] = []
        for index in content.indices where !supported[index] {
            if let last = runs.last, last.upperBound == index - 1, content[last.upperBound].clause == content[index].clause {
                runs[runs.count - 1] = last.lowerBound...index
            } else {
                runs.append(index...index)
            }
        }
        /// A lone common word between two words the body bears out is a paraphrase, not a claim
        /// of its own ("forces supported ethnic Kyrgyz gangs" for "making way for armed gangs").
        func isParaphrase(_ run: ClosedRange<Int>) -> Bool {
            guard run.count == 1 else { return false }
            let word = content[run.lowerBound]
            let around = neighbours(of: run)
            let isName = text[word.range].first?.isUppercase == true
            return !word.isNumber && !isName && around.count == 2
                && around.allSatisfy { neighbour in content.firstIndex { $0.range == neighbour.range }.map { supported[$0] } ?? false }
        }
        return runs.filter { !isParaphrase($0) }.map { run in
            let phrase = String(text[content[run.lowerBound].range.lowerBound..<content[run.upperBound].range.upperBound])
            let isNumbers = content[run].contains(where: \.isNumber)
                && content[run].allSatisfy { $0.isNumber || numberQualifiers.contains($0.lowercased) }
            guard contains(phrase.lowercased(), in: lowerBody) else {
                return NoteFinding(phrase: phrase, reason: .absent, isNumbers: isNumbers)
            }
            let company = neighbours(of: run).map { String(text[$0.range]) }
            return NoteFinding(phrase: phrase, reason: .apart(from: company), isNumbers: isNumbers)
        }
    }

    /// The words that qualify a number ("at least", "nearly"): with numbers they make a claim about a figure.
    private static let numberQualifiers = Set(ExtractionLexicon.qualifiers.flatMap(\.words))

    /// Whether `phrase` occurs in `text` as whole words: "flood" is not in "floodwaters".
    static func contains(_ phrase: String, in text: String) -> Bool {
        var rest = text[...]
        while let range = rest.firstRange(of: phrase) {
            let startsWord = range.lowerBound == text.startIndex || !isWordCharacter(text[text.index(before: range.lowerBound)])
            let endsWord = range.upperBound == text.endIndex || !isWordCharacter(text[range.upperBound])
            if startsWord && endsWord { return true }
            rest = text[text.index(after: range.lowerBound)...]
        }
        return false
    }

    private static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }
}
