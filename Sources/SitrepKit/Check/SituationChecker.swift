import Foundation

/// Checks a situation file beyond what ``SituationReader`` already rejects: the rules of
/// `sitrep check` in DESIGN.md that need the whole file, or the articles stored beside it.
///
/// Rules, each reported at the file, line and column of the offending value:
/// - an item that states a fact without a `source` (error); a source no item cites (warning);
/// - a `quote` that cannot be found in the body of the stored article its source names (error),
///   and a source `file` that cannot be read (error);
/// - a stored article's note line that the article's body does not bear out (warning);
/// - a killed or missing figure that counts the killed and the missing together (warning);
/// - an item's `as_of` later than the edition's, and a `next_report` before `as_of` (errors);
/// - with the previous edition: an edition number that did not advance, an `as_of` that is not
///   later, an edition that is the previous one copied, a cumulative figure that fell or became
///   unknown without a note (errors, ``HistoryRules``), and an item that still quotes a source the
///   previous edition cited and this one dropped (warning, ``DroppedSourceRule``).
public enum SituationChecker {
    /// Every finding about a situation that has been read, in file order.
    ///
    /// Stored articles (`sources[].file`) are read from disk relative to the folder of the
    /// document's `path`, each once per call; nothing is written.
    /// - Parameter document: A situation as ``SituationReader`` read it.
    /// - Returns: Errors and warnings, ordered by line and column; findings at one place keep the order of the rules above.
    public static func check(_ document: SituationDocument) -> [Diagnostic] {
        check(document, previous: nil)
    }

    /// Every finding about a situation, and, when `previous` is given, about how it follows from
    /// the previous edition, in file order.
    ///
    /// Stored articles are read relative to each document's folder: the previous edition's only
    /// to see whether a dropped source's article holds a quote.
    /// - Parameters:
    ///   - document: A situation as ``SituationReader`` read it.
    ///   - previous: The edition before it (a situation file or a generated sitrep, as
    ///     ``EditionReader`` reads them), or nil to check the edition alone.
    /// - Returns: Errors and warnings, ordered by line and column; findings at one place keep the order of the rules above.
    public static func check(_ document: SituationDocument, previous: SituationDocument?) -> [Diagnostic] {
        let articles = StoredArticles(document: document)
        var findings = SourceRules.diagnostics(for: document)
            + articles.diagnostics
            + QuoteVerifier.diagnostics(for: document, articles: articles)
            + NoteVerifier.diagnostics(for: document, articles: articles)
            + FigureRules.diagnostics(for: document)
            + FigureRules.countsInQuotes(for: document)
            + DateRules.diagnostics(for: document)
        if let previous {
            findings += HistoryRules.diagnostics(for: document, previous: previous, articles: articles)
        }
        return sorted(findings)
    }

    /// Findings by line and column; findings at one place keep their order.
    private static func sorted(_ findings: [Diagnostic]) -> [Diagnostic] {
        findings.enumerated().sorted { left, right in
            let leftPlace = left.element.location ?? SourceLocation(line: 0, column: 0)
            let rightPlace = right.element.location ?? SourceLocation(line: 0, column: 0)
            return leftPlace != rightPlace ? leftPlace < rightPlace : left.offset < right.offset
        }.map(\.element)
    }

    /// ``check(_:previous:)`` with `given` as the previous edition, or else the one found in the
    /// document's folder by ``EditionHistory/previousEdition(of:)``; the edition alone when there is
    /// none. An earlier edition found that cannot be read is a warning at `edition`, and the
    /// comparison is skipped; another file of the crisis in the folder with the same edition number
    /// is an error at `edition` either way.
    public static func checkWithHistory(_ document: SituationDocument, given: SituationDocument? = nil) -> [Diagnostic] {
        let neighbours = try? EditionHistory.neighbours(of: document.path)
        // Another file of the crisis with this edition's number: a number not raised when the file was copied.
        // (The previous edition given is compared anyway: its same number is said once, by that rule.)
        let twins = (neighbours?.sameNumber ?? []).filter { twin in given.map { !FileIdentity.isSameFile(twin, $0.path) } ?? true }.map { twin in
            document.diagnostic(
                .error, at: "edition",
                "edition '\(document.situation.edition)' is also the number of \((twin as NSString).lastPathComponent) of this crisis in the same folder; each edition needs its own number")
        }
        if let given { return sorted(check(document, previous: given) + twins) }
        guard let path = neighbours?.previous else { return sorted(check(document, previous: nil) + twins) }
        do {
            return sorted(check(document, previous: try SituationReader.load(path: path)) + twins)
        } catch {
            let reason = switch error {
            case let error as SituationFileError: "it has \(error.diagnostics.count) error\(error.diagnostics.count == 1 ? "" : "s") (run sitrep check on it)"
            case let error as SitrepError: error.message
            default: "\(error)"
            }
            let unread = document.diagnostic(
                .warning, at: "edition",
                "cannot compare with the previous edition \((path as NSString).lastPathComponent): \(reason); the checks against it were skipped")
            return sorted(check(document, previous: nil) + [unread] + twins)
        }
    }
}
