/// The rules a situation must keep beyond its shape: a valid id, figures in their sections,
/// borders between two countries, and every `source` naming an entry in `sources`.
enum SituationValidator {
    /// Every rule broken, as errors at the offending values, in file order.
    static func errors(in document: SituationDocument) -> [Diagnostic] {
        let situation = document.situation
        var errors: [Diagnostic] = []
        func error(_ path: String, _ message: String) {
            errors.append(document.diagnostic(.error, at: path, message))
        }
        if situation.sitrep != Situation.formatVersion {
            error("sitrep", "format version \(situation.sitrep) is not supported; this sitrep reads version \(Situation.formatVersion)")
        }
        if !Slug.isValid(situation.id) {
            error("id", "'\(situation.id)' is not a valid crisis id; use lower-case letters, digits and '-' (kyrgyzstan-2010-osh)")
        }
        if situation.edition < 1 {
            error("edition", "edition \(situation.edition) must be a positive whole number")
        } else if situation.edition > Situation.maximumEdition {
            error("edition", "edition \(situation.edition) is more than \(Situation.maximumEdition); an edition number counts reports (one a day for a century is 36525), so give the number of this report")
        }
        for section in FigureSection.allCases {
            for (index, figure) in situation.figures(in: section).enumerated() where figure.metric.section != section {
                error("\(section.rawValue)[\(index)].metric",
                      "metric '\(figure.metric.rawValue)' belongs in \(figure.metric.section.rawValue), not \(section.rawValue); \(section.rawValue) takes: \(section.metrics.map(\.rawValue).joined(separator: ", "))")
            }
        }
        for (index, border) in situation.borders.enumerated() {
            if border.between.count != 2 || border.between[0] == border.between[1] {
                error("borders[\(index)].between", "a border lies between two different countries, as in [KG, UZ]")
            }
        }
        for (index, flight) in situation.aidFlights.enumerated() {
            if let flights = flight.flights, flights < 1 {
                error("aid_flights[\(index)].flights", "the number of flights must be at least 1, found \(flights)")
            }
        }
        var seen: Set<String> = []
        for (index, source) in situation.sources.enumerated() {
            if !Slug.isValid(source.id, allowingCase: true) {
                error("sources[\(index)].id", "'\(source.id)' is not a valid source id; use letters, digits, '-', '_' and '.', starting with a letter or digit")
            } else if !seen.insert(source.id).inserted {
                error("sources[\(index)].id", "source id '\(source.id)' is used twice; each source needs its own id")
            }
        }
        let ids = situation.sources.map(\.id)
        for (path, item) in situation.sourcedItems {
            guard let source = item.source, !ids.contains(source) else { continue }
            var message = "source '\(source)' names no entry in sources"
            if let suggestion = Suggestion.closest(to: source, among: ids) {
                message += "; did you mean '\(suggestion)'?"
            } else if ids.isEmpty {
                message += "; add it under sources"
            } else {
                message += "; known sources: \(ids.joined(separator: ", "))"
            }
            error("\(path).source", message)
        }
        return errors.sorted { ($0.location ?? SourceLocation(line: 0, column: 0)) < ($1.location ?? SourceLocation(line: 0, column: 0)) }
    }
}
