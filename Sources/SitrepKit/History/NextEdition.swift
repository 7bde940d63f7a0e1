/// The next edition of a situation, started from the latest one as `sitrep next` does it.
///
/// It is a copy of the edition with:
/// - `edition` raised by one;
/// - `as_of` set to the date asked for, which must be later than the edition's;
/// - `next_report`, when the edition has one, moved on by as many days as it stood after the
///   edition's `as_of` (a daily report stays daily), keeping its time of day as written; kept as it
///   is when that day cannot be written (after the year 9999).
///
/// Everything else is carried over unchanged for the officer to update; `sitrep check` reports an
/// edition that goes out unchanged. The copy keeps the file's text (comments, quoting, order) with
/// only those values replaced; when they cannot be replaced in place, it is written canonically
/// by ``SituationWriter`` in the file's format, and ``keepsLayout`` says so.
public struct NextEdition: Sendable {
    /// Where the new edition goes: beside the old one, named by ``EditionHistory/nextEditionPath(after:edition:)``.
    public let path: String
    /// The new edition, as read back from its text.
    public let situation: Situation
    /// The new edition's file.
    public let text: String
    /// Whether ``text`` is the old file's text with only the new values put in: false when it had
    /// to be written in sitrep's own layout, without the file's comments.
    public let keepsLayout: Bool

    /// The next edition of `document`, dated `asOf`; nothing is written.
    /// - Throws: ``SitrepError`` when `asOf` is not later than the edition's `as_of`, or the edition is
    ///   ``Situation/maximumEdition``.
    static func make(from document: SituationDocument, asOf: SitrepDate) throws -> NextEdition {
        let old = document.situation
        // "FILE:LINE:COLUMN" of a field, as every diagnostic gives it.
        func at(_ field: String) -> String { document.location(of: field).map { "\(document.path):\($0)" } ?? document.path }
        guard DateRules.isLater(asOf, than: old.asOf) else {
            throw SitrepError(
                "\(at("as_of")): the next edition's as_of '\(asOf)' is not later than edition \(old.edition)'s as_of '\(old.asOf)'; give a later date")
        }
        guard old.edition < Situation.maximumEdition else {
            throw SitrepError(
                "\(at("edition")): edition \(old.edition) is the last edition number sitrep allows (\(Situation.maximumEdition)); there is no next one")
        }
        var expected = old
        expected.edition = old.edition + 1
        expected.asOf = asOf
        // As many days after the new as_of as it stood after the old one: calendar days, the new
        // date taken in the old one's time zone when both give their offset from UTC (21:00Z on
        // the 14th is the 15th at UTC+6, the day of 01:00+06:00 on the 15th: no day later).
        let days = (old.asOf.utcOffsetMinutes.map(asOf.dayNumber(atUTCOffset:)) ?? asOf.dayNumber) - old.asOf.dayNumber
        expected.nextReport = old.nextReport.map { $0.moved(byDays: days) ?? $0 }
        let path = EditionHistory.nextEditionPath(after: document.path, edition: old.edition)

        var edits: [ScalarEdit] = []
        var values = [("edition", String(expected.edition)), ("as_of", asOf.text)]
        if let nextReport = expected.nextReport { values.append(("next_report", nextReport.text)) }
        for (key, value) in values {
            guard let location = document.location(of: key), location != document.location(of: "") else { continue }
            edits.append(ScalarEdit(location: location, value: value))
        }
        if let text = ScalarEdit.apply(edits, to: document.text),
           let reread = try? SituationReader.read(text: text, path: path), reread.situation == expected {
            return NextEdition(path: path, situation: expected, text: text, keepsLayout: true)
        }
        let format: SituationWriter.Format = path.lowercased().hasSuffix(".json") ? .json : .yaml
        let text = SituationWriter.write(expected, as: format)
        do {
            let reread = try SituationReader.read(text: text, path: path)
            return NextEdition(path: path, situation: reread.situation, text: text, keepsLayout: false)
        } catch {
            throw SitrepError("\(path): the next edition could not be written as a valid situation file: \(error)")
        }
    }
}
