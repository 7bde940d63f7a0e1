/// Rules about dates: nothing in an edition is newer than the edition, and the next report comes after it.
enum DateRules {
    /// An error at each item `as_of` later than the edition's `as_of`, and at a `next_report` before it.
    static func diagnostics(for document: SituationDocument) -> [Diagnostic] {
        let situation = document.situation
        let edition = situation.asOf
        var dated: [(path: String, date: SitrepDate?)] = []
        for section in FigureSection.allCases {
            for (index, figure) in situation.figures(in: section).enumerated() {
                dated.append(("\(section.rawValue)[\(index)].as_of", figure.asOf))
            }
        }
        dated += situation.borders.enumerated().map { ("borders[\($0.offset)].as_of", $0.element.asOf) }
        dated += situation.measures.enumerated().map { ("measures[\($0.offset)].as_of", $0.element.asOf) }
        var findings: [Diagnostic] = []
        for (path, date) in dated {
            guard let date, isLater(date, than: edition) else { continue }
            findings.append(document.diagnostic(
                .error, at: path,
                "as_of '\(date)' is later than the edition's as_of '\(edition)'; an edition cannot report what was true after its own date"))
        }
        if let next = situation.nextReport, isLater(edition, than: next) {
            findings.append(document.diagnostic(
                .error, at: "next_report",
                "next_report '\(next)' is before the edition's as_of '\(edition)'; the next report must come after this one"))
        }
        return findings
    }

    /// Whether `date` is later than `reference`. Two times that both name their offset from UTC are
    /// compared as instants (22:00Z is later than 23:00+06:00). When either has no time of day, only
    /// the days are compared: an item at 14:00 on the 12th is not later than an edition "as of the
    /// 12th"; times without an offset are compared as written.
    static func isLater(_ date: SitrepDate, than reference: SitrepDate) -> Bool {
        if let instant = date.instant, let referenceInstant = reference.instant { return instant > referenceInstant }
        let day = (date.year, date.month, date.day), referenceDay = (reference.year, reference.month, reference.day)
        if day != referenceDay { return day > referenceDay }
        guard let minute = date.minuteOfDay, let referenceMinute = reference.minuteOfDay else { return false }
        return minute > referenceMinute
    }
}
