/// Verifies quotes against the stored articles they come from.
///
/// A quote is found when it occurs in the article's body or its headline (the article's own words),
/// never its note line (someone's claim about it), after both are normalised with
/// ``ArticleText/normalized(_:)``; letter case must match. A quote may leave text
/// out with `…` (U+2026): its parts must then occur in the body in the order written. Three full
/// stops (`...`) are text, not an omission, so they match an article that has them.
enum QuoteVerifier {
    /// How many words of the article a "nearest" hint shows on each side of where a quote parts from it.
    private static let hintWordsBefore = 3, hintWordsAfter = 4

    /// An error at each quote not found in the stored article of the source its item cites.
    static func diagnostics(for document: SituationDocument, articles: StoredArticles) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (path, item) in document.situation.sourcedItems {
            guard let quote = item.quote, let source = item.source, let article = articles[source] else { continue }
            if let problem = problem(with: quote, in: article) {
                findings.append(document.diagnostic(.error, at: "\(path).quote", problem))
            }
        }
        return findings
    }

    /// Why the quote is not in the article, or nil when it is.
    static func problem(with quote: String, in article: StoredArticle) -> String? {
        let body = article.normalizedBody
        let parts = quote.split(separator: "\u{2026}").map { ArticleText.normalized(String($0)) }.filter { !$0.isEmpty }
        if let headline = article.text.headline, parts.count == 1, ArticleText.normalized(headline).firstRange(of: parts[0]) != nil {
            return nil
        }
        var searchFrom = body.startIndex
        var previous: String?
        for part in parts {
            if let range = body[searchFrom...].firstRange(of: part) {
                searchFrom = range.upperBound
                previous = part
                continue
            }
            let prefix = "quote not found in \(article.file): "
            if let previous, body.firstRange(of: part) != nil {
                return prefix + "'\(part)' occurs only before '\(previous)'; the parts of a quote split by '…' must occur in the order written"
            }
            let shown = parts.count > 1 ? part : quote.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            var message = prefix + "'\(shown)'"
            if let nearest = nearest(to: part, in: body[searchFrom...]) {
                message += "; nearest in the article: '\(nearest)'"
            }
            return message
        }
        return nil
    }

    /// The article's text where it parts from `text`: the last words both share and the words the
    /// article has next, or nil when fewer than ``hintWordsBefore`` whole words match.
    static func nearest(to text: String, in body: Substring) -> String? {
        // The longest prefix of `text` in the body; a prefix that occurs has every shorter prefix occur too.
        var low = 0, high = text.count
        while low < high {
            let middle = (low + high + 1) / 2
            if body.firstRange(of: text.prefix(middle)) != nil { low = middle } else { high = middle - 1 }
        }
        // Cut back to the last whole word both share, and require a few of them.
        let shared = text.prefix(low)
        guard low < text.count, let lastSpace = shared.lastIndex(of: " ") else { return nil }
        let agreed = shared[..<lastSpace]
        let agreedWords = agreed.split(separator: " ")
        guard agreedWords.count >= hintWordsBefore, let match = body.firstRange(of: shared) else { return nil }
        let rest = body[body.index(match.lowerBound, offsetBy: agreed.count)...].split(separator: " ")
        let before = agreedWords.suffix(hintWordsBefore).joined(separator: " ")
        let after = rest.prefix(hintWordsAfter).joined(separator: " ")
        let lead = agreedWords.count > hintWordsBefore ? "…" : ""
        let tail = rest.count > hintWordsAfter ? "…" : ""
        return "\(lead)\(before) \(after)\(tail)"
    }
}
