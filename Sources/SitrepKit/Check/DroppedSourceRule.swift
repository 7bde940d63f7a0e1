/// A source the previous edition cited and this one dropped, while an item still relies on it.
///
/// The reader already rejects an item whose `source` names no entry in `sources`, so an item can
/// only keep relying on a dropped source by being re-attributed: it now cites another source but
/// still carries the dropped source's words. That is what this rule looks for. An item relies on a
/// dropped source when its `quote`
/// - occurs in the dropped source's stored article (read beside the previous edition), or
/// - is, white space aside, the quote with which an item of the previous edition cited it;
///
/// and the stored article of the source it now cites does not have that quote (a source that
/// repeats another's words, as agencies and wires do, is a fair citation). Items without a quote
/// give nothing to go on and are left alone.
///
/// It is a warning at the item's `quote`, not an error: the new source may well say the same thing
/// in an article that is not stored, which the rule cannot see. When the cited source's article is
/// stored and lacks the quote, the quote check reports an error there as well; this warning says
/// where the words came from.
enum DroppedSourceRule {
    static func diagnostics(
        for document: SituationDocument, previous: SituationDocument, articles: StoredArticles, name: String
    ) -> [Diagnostic] {
        let kept = Set(document.situation.sources.map(\.id))
        var quotesBySource: [String: Set<String>] = [:]
        for (_, item) in previous.situation.sourcedItems {
            guard let source = item.source, !kept.contains(source) else { continue }
            quotesBySource[source, default: []].insert(item.quote.map(DiffNormal.text) ?? "")
        }
        // Dropped sources that items of the previous edition cited, in the previous edition's order.
        let dropped = previous.situation.sources.map(\.id).filter { quotesBySource[$0] != nil }
        guard !dropped.isEmpty else { return [] }
        let previousArticles = StoredArticles(document: previous)
        let edition = previous.situation.edition

        var findings: [Diagnostic] = []
        for (path, item) in document.situation.sourcedItems {
            guard let quote = item.quote, !DiffNormal.text(quote).isEmpty, let cited = item.source else { continue }
            if let article = articles[cited], QuoteVerifier.problem(with: quote, in: article) == nil { continue }
            for source in dropped {
                let article = previousArticles[source]
                let inArticle = article.map { QuoteVerifier.problem(with: quote, in: $0) == nil } ?? false
                guard inArticle || quotesBySource[source]?.contains(DiffNormal.text(quote)) == true else { continue }
                let evidence = inArticle ? "its stored article \(article!.file) has it" : "edition \(edition) quoted it from there"
                findings.append(document.diagnostic(
                    .warning, at: "\(path).quote",
                    "this quote comes from '\(source)' (\(evidence)), a source edition \(edition) (\(name)) cited and this edition dropped, yet the item cites '\(cited)'; keep '\(source)' in sources and cite it, or quote what '\(cited)' says"))
                break
            }
        }
        return findings
    }
}
