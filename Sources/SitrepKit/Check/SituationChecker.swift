/// Checks a situation file beyond what ``SituationReader`` already rejects: the rules of
/// `sitrep check` in DESIGN.md that need the whole file, or the articles stored beside it.
///
/// Rules, each reported at the file, line and column of the offending value:
/// - an item that states a fact without a `source` (error); a source no item cites (warning);
/// - a `quote` that cannot be found in the body of the stored article its source names (error),
///   and a source `file` that cannot be read (error);
/// - a stored article's note line that the article's body does not bear out (warning);
/// - a killed or missing figure that counts the killed and the missing together (warning);
/// - an item's `as_of` later than the edition's, and a `next_report` before `as_of` (errors).
public enum SituationChecker {
    /// Every finding about a situation that has been read, in file order.
    ///
    /// Stored articles (`sources[].file`) are read from disk relative to the folder of the
    /// document's `path`, each once per call; nothing is written.
    /// - Parameter document: A situation as ``SituationReader`` read it.
    /// - Returns: Errors and warnings, ordered by line and column; findings at one place keep the order of the rules above.
    public static func check(_ document: SituationDocument) -> [Diagnostic] {
        let articles = StoredArticles(document: document)
        let findings = SourceRules.diagnostics(for: document)
            + articles.diagnostics
            + QuoteVerifier.diagnostics(for: document, articles: articles)
            + NoteVerifier.diagnostics(for: document, articles: articles)
            + FigureRules.diagnostics(for: document)
            + DateRules.diagnostics(for: document)
        return findings.enumerated().sorted { left, right in
            let leftPlace = left.element.location ?? SourceLocation(line: 0, column: 0)
            let rightPlace = right.element.location ?? SourceLocation(line: 0, column: 0)
            return leftPlace != rightPlace ? leftPlace < rightPlace : left.offset < right.offset
        }.map(\.element)
    }
}
