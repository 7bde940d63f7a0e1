/// Rules about single figures: a killed or missing figure must not count the two together.
enum FigureRules {
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
