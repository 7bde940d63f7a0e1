/// An Atom 1.0 feed of every edition of every crisis, newest first.
enum AtomFeed {
    /// The feed. Links are absolute when `baseURL` is given, relative to the feed otherwise.
    static func xml(crises: [PublishedCrisis], baseURL: String?, title: String) -> String {
        let base = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? ""
        let entries = crises.flatMap { crisis in crisis.editions.map { (crisis, $0) } }
            .sorted { lhs, rhs in
                if lhs.1.situation.asOf != rhs.1.situation.asOf { return lhs.1.situation.asOf > rhs.1.situation.asOf }
                if lhs.0.id != rhs.0.id { return lhs.0.id < rhs.0.id }
                return lhs.1.situation.edition > rhs.1.situation.edition
            }
        let updated = entries.first.map { timestamp($0.1.situation.asOf) } ?? "1970-01-01T00:00:00Z"
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>\(XML.escape(title))</title>
              <id>\(XML.escape(base.isEmpty ? "urn:sitrep:site" : base))</id>
              <updated>\(updated)</updated>
              <link rel="self" href="\(XML.escape(base))feed.xml"/>
              <link rel="alternate" type="text/html" href="\(XML.escape(base))index.html"/>
              <generator>sitrep</generator>

            """
        for (crisis, edition) in entries {
            let situation = edition.situation
            let link = "\(base)\(crisis.id)/\(edition.pageName)"
            let headline = KeyFigure.headlines(of: situation).prefix(4)
                .map { "\($0.metric.caption): \($0.countText)" }.joined(separator: "; ")
            let exercise = situation.exercise == true && !situation.crisis.uppercased().hasPrefix("EXERCISE") ? "EXERCISE – " : ""
            xml += """
                  <entry>
                    <title>\(XML.escape("\(exercise)\(situation.crisis): situation report No. \(situation.edition)"))</title>
                    <id>\(XML.escape(base.isEmpty ? "urn:sitrep:\(crisis.id):\(situation.edition)" : link))</id>
                    <updated>\(timestamp(situation.asOf))</updated>
                    <link rel="alternate" type="text/html" href="\(XML.escape(link))"/>
                    <author><name>\(XML.escape(situation.organisation ?? "sitrep"))</name></author>
                    <summary>\(XML.escape("As of \(situation.asOf.longText). \(headline)"))</summary>
                  </entry>

                """
        }
        return xml + "</feed>\n"
    }

    /// An RFC 3339 timestamp for an as-of date (midnight UTC when it has no time).
    static func timestamp(_ date: SitrepDate) -> String {
        let minutes = date.minuteOfDay ?? 0
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(date.dayText)T\(two(minutes / 60)):\(two(minutes % 60)):00Z"
    }
}
