/// Rules about single figures: a killed or missing figure must not count the two together, and a
/// figure's numbers must be the ones its quote gives.
enum FigureRules {
    /// A warning at the count of each figure whose number its quote does not hold ("770" typed
    /// for the quote's "77 people"). Numbers are compared by value, in digits or words ("1,600"
    /// is "1600", "seventy-seven" is 77); a count with no number ("thousands") is not compared.
    static func countsInQuotes(for document: SituationDocument) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let situation = document.situation
        for (section, figures) in [(FigureSection.casualties, situation.casualties), (.displacement, situation.displacement), (.damage, situation.damage)] {
            for (index, figure) in figures.enumerated() {
                guard let quote = figure.quote, figure.count.isKnown else { continue }
                let numbers = NoteWords.words(in: ArticleText.normalized(figure.count.text)).filter(\.isNumber)
                guard !numbers.isEmpty else { continue }
                let quoted = Set(NoteWords.words(in: ArticleText.normalized(quote)).filter(\.isNumber).map(\.key))
                let missing = numbers.filter { !quoted.contains($0.key) }.map(\.lowercased)
                guard !missing.isEmpty else { continue }
                findings.append(document.diagnostic(
                    .warning, at: "\(section.rawValue)[\(index)].count",
                    "the count '\(figure.count.text)' is not what its quote says (\(missing.map { "'\($0)'" }.joined(separator: ", ")) is not in it); check the number against the quote"))
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
