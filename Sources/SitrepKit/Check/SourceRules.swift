/// The rules that tie items to sources: every fact names a source, and every source is cited.
enum SourceRules {
    /// An error at each item without a `source`, and a warning at the id of each source no item cites.
    static func diagnostics(for document: SituationDocument) -> [Diagnostic] {
        let situation = document.situation
        var findings: [Diagnostic] = []
        var cited: Set<String> = []
        for (path, item) in situation.sourcedItems {
            if let source = item.source {
                cited.insert(source)
            } else {
                findings.append(document.diagnostic(
                    .error, at: path,
                    "\(describe(item)) has no source; every fact needs 'source:' naming an entry in sources"))
            }
        }
        for (index, source) in situation.sources.enumerated() where !cited.contains(source.id) {
            findings.append(document.diagnostic(
                .warning, at: "sources[\(index)].id",
                "source '\(source.id)' is never cited; cite it in an item's 'source:' or remove it"))
        }
        return findings
    }

    /// The item as a message names it: "the killed figure", "the border between KG and UZ".
    static func describe(_ item: any SourcedItem) -> String {
        switch item {
        case let figure as Figure:
            return "the \(figure.metric.rawValue) figure"
        case let border as Border:
            return "the border between \(border.between.map(\.code).joined(separator: " and "))"
        case let flight as AidFlight:
            let route = [flight.from.map { "from \($0.code)" }, flight.to.map { "to \($0.code)" }].compactMap { $0 }
            return (["the aid flight"] + route).joined(separator: " ")
        case let response as Response:
            return "the \(response.kind.rawValue) response of '\(response.actor.description)'"
        case let measure as Measure:
            return "the \(measure.kind.rawValue) measure"
        case let allegation as Allegation:
            return "the allegation '\(allegation.claim)'"
        default:
            return "the item"
        }
    }
}
