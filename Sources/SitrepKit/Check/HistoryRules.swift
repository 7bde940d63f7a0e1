import Foundation

/// The rules that compare an edition with the one before it (`sitrep check` with a previous edition,
/// given or found in the crisis folder). Each is an error at the value that is wrong in this edition,
/// but for the first, a warning:
///
/// - **id**: the previous edition is of another crisis (a crisis may be renamed, but more often
///   the wrong file was given);
/// - **edition**: the number is not higher than the previous edition's;
/// - **as_of**: the date is not later than the previous edition's (days compared, and times when
///   both give one, as ``DateRules/isLater(_:than:)`` does);
/// - **a copy**: the edition says what the previous one said, but for its number, `as_of` and
///   `next_report` (compared as `sitrep diff` compares, so order and formatting do not count): a
///   copied report sent out as new. Only when the number advanced; otherwise the first rule speaks.
/// - **a cumulative figure that fell**: a figure whose scope is cumulative (the default) in both
///   editions, matched across them as `sitrep diff` matches it, whose number is lower than before
///   (``Count/value``: "at least 340" after "about 300" is not lower) or that became `unknown`,
///   at its `count`, unless a `note` says why. A note carried over unchanged from the previous
///   edition explained that edition's change, not this one, and does not count.
///
/// Sources dropped while items still rely on them are ``DroppedSourceRule``'s.
enum HistoryRules {
    static func diagnostics(
        for document: SituationDocument, previous: SituationDocument, articles: StoredArticles
    ) -> [Diagnostic] {
        let current = document.situation, before = previous.situation
        let name = previousName(previous, from: document)
        var findings: [Diagnostic] = []
        if current.id != before.id {
            findings.append(document.diagnostic(
                .warning, at: "id",
                "id '\(current.id)' is not the previous edition's '\(before.id)' (\(name)); the editions compared should be of one crisis"))
        }
        let advanced = current.edition > before.edition
        if !advanced {
            findings.append(document.diagnostic(
                .error, at: "edition",
                "edition '\(current.edition)' is not higher than the previous edition's '\(before.edition)' (\(name)); number this one \(before.edition + 1)"))
        }
        if !DateRules.isLater(current.asOf, than: before.asOf) {
            findings.append(document.diagnostic(
                .error, at: "as_of",
                "as_of '\(current.asOf)' is not later than the previous edition's as_of '\(before.asOf)' (\(name)); each edition reports on a later date"))
        }
        if advanced, isCopy(of: before, current) {
            findings.append(document.diagnostic(
                .error, at: "edition",
                "this edition is edition \(before.edition) (\(name)) again with a new number and date; update its figures, text and sources before sending it out"))
        }
        findings += fallenFigures(in: document, previous: previous, name: name)
        findings += DroppedSourceRule.diagnostics(for: document, previous: previous, articles: articles, name: name)
        return findings
    }

    /// How messages name the previous edition: its file name when it sits beside this one, else its path.
    static func previousName(_ previous: SituationDocument, from document: SituationDocument) -> String {
        let folder = { (path: String) in URL(fileURLWithPath: FilePath.folder(of: path)).standardizedFileURL.path }
        return folder(previous.path) == folder(document.path) ? (previous.path as NSString).lastPathComponent : previous.path
    }

    /// Whether `new` differs from `old` in nothing but its number, `as_of` and `next_report`.
    private static func isCopy(of old: Situation, _ new: Situation) -> Bool {
        // A revised summary settles it before the full comparison, which would diff it word by word.
        guard DiffNormal.isSameText(old.summary ?? "", new.summary ?? "") else { return false }
        let diff = SituationDiff(old: old, new: new, oldFile: "", newFile: "")
        return diff.changes.allSatisfy { $0.category == .edition && ["edition", "as_of", "next_report"].contains($0.key) }
    }

    /// A figure with the coding path of its place in the file (`casualties[2]`).
    private struct LocatedFigure {
        let path: String
        let figure: Figure
    }

    private static func located(_ situation: Situation) -> [LocatedFigure] {
        FigureSection.allCases.flatMap { section in
            situation.figures(in: section).enumerated().map { LocatedFigure(path: "\(section.rawValue)[\($0.offset)]", figure: $0.element) }
        }
    }

    /// An error at the count of each cumulative figure that fell or became unknown without a new note.
    private static func fallenFigures(in document: SituationDocument, previous: SituationDocument, name: String) -> [Diagnostic] {
        let identity = ItemProfiles.figures.identity(
            of: { (located: LocatedFigure) in located.figure }, oldSituation: previous.situation, newSituation: document.situation)
        let edition = previous.situation.edition
        var findings: [Diagnostic] = []
        for pair in ItemMatcher.match(old: located(previous.situation), new: located(document.situation), identity: identity) {
            guard let old = pair.old?.figure, let new = pair.new, let oldValue = old.count.value,
                  (old.scope ?? .cumulative) == .cumulative, (new.figure.scope ?? .cumulative) == .cumulative
            else { continue }
            let becameUnknown = !new.figure.count.isKnown
            guard becameUnknown || (new.figure.count.value ?? oldValue) < oldValue else { continue }
            let note = new.figure.note.map(DiffNormal.text) ?? ""
            let carriedOver = !note.isEmpty && note == old.note.map(DiffNormal.text)
            guard note.isEmpty || carriedOver else { continue }

            var figure = "the cumulative \(new.figure.metric.rawValue) figure"
            if let group = new.figure.group { figure += " for \(group)" }
            if let place = new.figure.place { figure += " in \(place)" }
            if pair.sharesKey, let source = new.figure.source { figure += " from '\(source)'" }
            var message = becameUnknown
                ? "\(figure) was '\(old.count)' in edition \(edition) (\(name)) and is now '\(new.figure.count)'"
                : "\(figure) fell from '\(old.count)' in edition \(edition) (\(name)) to '\(new.figure.count)'"
            if carriedOver {
                message += ", and its note is edition \(edition)'s, unchanged; say in 'note' why it changed this time"
            } else if becameUnknown {
                message += " with no note saying why; say why in 'note' (the number is being checked, the source stopped counting)"
            } else {
                message += " with no note saying why; say why in 'note' (a correction, people found alive), or give 'scope: new' if it counts only what is new since the last edition"
            }
            findings.append(document.diagnostic(.error, at: "\(new.path).count", message))
        }
        return findings
    }
}
