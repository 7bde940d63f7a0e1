/// Rules about single figures: a killed or missing figure must not count the two together, and a
/// figure's numbers must be the ones its quote gives.
enum FigureRules {
    /// A warning at the count of each figure whose number its quote does not give ("770" typed for
    /// the quote's "77 people"). The quote's counts are read as extraction reads them, so numbers
    /// compare by value whatever their writing ("1.2 million" is "1,200,000", "a dozen" is 12,
    /// "2,70,000" is "2.7 lakh"); a count with no number ("thousands") or of zero is not compared,
    /// nor a quote in which no count can be read (digits of another script, say): only a mismatch
    /// is said.
    static func countsInQuotes(for document: SituationDocument) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let situation = document.situation
        for (section, figures) in [(FigureSection.casualties, situation.casualties), (.displacement, situation.displacement), (.damage, situation.damage)] {
            for (index, figure) in figures.enumerated() {
                // The number(s) the count states: a range's two ends, else its one number ("more
                // than 1,000" states 1,000, whose lowest truth is 1,001).
                let wanted = figure.count.qualifier == .range
                    ? [figure.count.low, figure.count.high].compactMap { $0 } : [figure.count.value].compactMap { $0 }
                // Zero is said in too many ways ("no one", "nobody", "none") to compare.
                guard let quote = figure.quote, figure.count.qualifier != .vague, !wanted.isEmpty, wanted != [0] else { continue }
                let mentions = CountFinder.mentions(in: ExtractionTokenizer.tokens(ArticleText.normalized(quote)))
                guard !mentions.isEmpty else { continue }
                let given = Set(mentions.flatMap { [$0.count.low, $0.count.high, $0.count.value].compactMap { $0 } })
                guard !wanted.allSatisfy(given.contains) else { continue }
                let said = mentions.map { "'\($0.count.text)'" }.joined(separator: ", ")
                findings.append(document.diagnostic(
                    .warning, at: "\(section.rawValue)[\(index)].count",
                    "the count '\(figure.count.text)' is not a number its quote gives (it gives \(said)); check the number against the quote"))
            }
        }
        return findings
    }

    /// Words that count the killed and the missing as one number: "dead or missing", "missing and killed".
    private static var killedOrMissing: Regex<Substring> {
        /(?i)\b(?:(?:killed|dead)\s*(?:or|and|\/|&)\s*(?:the\s+)?missing|missing\s*(?:or|and|\/|&)\s*(?:presumed\s+)?(?:killed|dead))\b/
    }

    /// A warning at the group, detail or quote of each killed or missing figure that says it counts both.
    static func diagnostics(for document: SituationDocument) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (index, figure) in document.situation.casualties.enumerated()
        where figure.metric == .killed || figure.metric == .missing {
            let fields: [(key: String, text: String?)] = [("group", figure.group), ("detail", figure.detail), ("quote", figure.quote)]
            for field in fields {
                // Both readings name the missing; the regex, built anew each time, is only built then.
                guard let text = field.text, text.lowercased().contains("missing"),
                      let match = text.firstMatch(of: killedOrMissing)
                else { continue }
                findings.append(document.diagnostic(
                    .warning, at: "casualties[\(index)].\(field.key)",
                    "this \(figure.metric.rawValue) figure counts the killed and the missing together ('\(match.output)'); report them as separate killed and missing figures"))
                break
            }
        }
        return findings
    }
}
