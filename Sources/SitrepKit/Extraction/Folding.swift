/// Merges items from several articles into one situation: duplicates of the same fact from the
/// same source are folded into the first; figures from different sources stand side by side.
enum Folding {
    /// Appends figures to their sections, dropping repeats (same metric, count, group, place, source).
    static func append(_ figures: [Figure], to situation: inout Situation) {
        var seen = Set(situation.figures.map(key))
        seen.reserveCapacity(seen.count + figures.count)
        for figure in figures where seen.insert(key(figure)).inserted {
            switch figure.metric.section {
            case .casualties: situation.casualties.append(figure)
            case .displacement: situation.displacement.append(figure)
            case .damage: situation.damage.append(figure)
            }
        }
    }

    /// What makes two figures the same fact; the quote counts only for a figure with no number.
    private struct FigureKey: Hashable {
        let metric: Metric
        let count: String
        let group: String
        let place: String
        let source: String
        let quote: String

        /// Only the metric and the count are hashed: they tell most figures apart, and hashing the
        /// other strings too cost more than the comparisons of the few figures they share.
        func hash(into hasher: inout Hasher) {
            hasher.combine(metric)
            hasher.combine(count)
        }
    }

    private static func key(_ figure: Figure) -> FigureKey {
        FigureKey(metric: figure.metric, count: figure.count.text, group: figure.group ?? "", place: figure.place ?? "",
                  source: figure.source ?? "", quote: figure.count.isKnown ? "" : (figure.quote ?? ""))
    }

    /// Appends items, dropping those whose key is already there.
    static func append<Item>(_ items: [Item], to list: inout [Item], key: (Item) -> [String]) {
        var seen = Set(list.map(key))
        for item in items where seen.insert(key(item)).inserted {
            list.append(item)
        }
    }

    /// Appends responses; a repeat (same actor, kind and source) takes the first one's place when it
    /// says more (a speaker or target the first lacks, and nothing the first has missing). Fields
    /// are never mixed from two sentences: every field of a response is borne out by its one quote.
    static func mergeResponses(_ responses: [Response], into list: inout [Response]) {
        for response in responses {
            if let index = list.firstIndex(where: { $0.actor == response.actor && $0.kind == response.kind && $0.source == response.source }) {
                let kept = list[index]
                let losesNothing = (kept.speaker == nil || response.speaker != nil) && (kept.target == nil || response.target != nil)
                let addsSomething = (kept.speaker == nil && response.speaker != nil) || (kept.target == nil && response.target != nil)
                if losesNothing, addsSomething { list[index] = response }
            } else {
                list.append(response)
            }
        }
    }
}
