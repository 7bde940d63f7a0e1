/// How diff sentences name things: figures by caption, responses as a short clause, sources by publisher.
enum DiffLabels {
    /// The name a report gives a source: its publisher, else its title, else its id.
    static func sourceName(_ id: String?, in situation: Situation) -> String? {
        guard let id else { return nil }
        return situation.source(withID: id)?.name ?? id
    }

    /// "Sweden sent aid to Norway", "Russia declined to send troops to Kyrgyzstan", "China appealed for calm".
    static func response(_ response: Response) -> String {
        "\(response.actor.name) \(response.kind.clause)" + (response.target.map { " \(response.kind.targetPreposition) \($0.name)" } ?? "")
    }

    /// "state of emergency in Lower Valley", "curfew".
    static func measure(_ measure: Measure) -> String {
        let kind = measure.kind == .other ? "other measure" : measure.kind.label
        return kind + (measure.place.map { " in \($0)" } ?? "")
    }

    /// "KG–UZ": the codes in alphabetical order, so one border reads the same in every edition.
    static func border(_ border: Border) -> String {
        border.between.map(\.code).sorted().joined(separator: "–")
    }

    /// "SE → NO, 15 March 2031"; `?` for a country the file does not give.
    static func flight(_ flight: AidFlight) -> String {
        "\(flight.from?.code ?? "?") → \(flight.to?.code ?? "?")" + (flight.date.map { ", \($0.longText)" } ?? "")
    }

    /// "Valley Gazette (valley-gazette-2)", or the id alone when the source names nothing else.
    static func source(_ source: Source) -> String {
        guard let name = source.publisher ?? source.title, name != source.id else { return source.id }
        return "\(name) (\(source.id))"
    }

    /// A date for a sentence: the day as a person reads it, or the text as written when two dates
    /// differ only in their time.
    static func date(_ date: SitrepDate?, comparedWith other: SitrepDate?) -> String {
        guard let date else { return "(none)" }
        if let other, other.longText == date.longText, other.text != date.text { return date.text }
        return date.longText
    }
}
