/// The profile of each kind of item a situation lists.
enum ItemProfiles {
    /// Casualty, displacement and damage figures: identity by metric, group, place and scope. A count
    /// new since the last edition and a running total are different figures, never paired: a
    /// total pairs with the previous total, whatever new counts stand beside it. No group is
    /// "people", as on a key figure (houses have no group).
    static var figures: ItemProfile<Figure> {
        ItemProfile<Figure>(
            category: .figures, wrap: DiffItem.figure, id: \.id,
            key: { figure in
                "\(figure.metric.rawValue)/\(DiffNormal.key(figure.cardGroup ?? (figure.metric.section == .damage ? figure.group : "people")))/\(DiffNormal.key(figure.place))"
                    + (figure.scope == .new ? "/new" : "")
            },
            source: \.source,
            fields: { figure in
                [
                    .exact("metric", figure.metric.rawValue),
                    FieldValue(
                        name: "count", shown: figure.count.text,
                        compared: "\(figure.count.qualifier.rawValue) \(figure.count.low.map(String.init) ?? "-") \(figure.count.high.map(String.init) ?? "-")"),
                    // "people" and no group are one group (a key figure's), not a change.
                    FieldValue(name: "group", shown: figure.group, compared: figure.cardGroup.map(DiffNormal.text)),
                    .text("place", figure.place), .exact("as_of", figure.asOf?.text),
                    FieldValue(name: "scope", shown: figure.scope?.rawValue, compared: (figure.scope ?? .cumulative).rawValue),
                    FieldValue(name: "headline", shown: figure.headline.map(String.init), compared: String(figure.headline ?? false)),
                    .text("detail", figure.detail), .text("note", figure.note), .exact("source", figure.source),
                    .text("quote", figure.quote),
                ]
            },
            primaryFields: ["count"], primary: { $0.count.text }, count: \.count, detail: { _ in nil },
            label: { figure, situation, sharesKey in
                figure.metric.caption(group: figure.group, place: figure.place)
                    + (figure.scope == .new ? " since the previous edition" : "")
                    + (sharesKey ? DiffLabels.sourceName(figure.source, in: situation).map { " (\($0))" } ?? "" : "")
            })
    }

    /// Borders: identity by the two countries, in either order.
    static var borders: ItemProfile<Border> {
        ItemProfile<Border>(
            category: .borders, wrap: DiffItem.border, id: \.id,
            key: { "border/" + $0.between.map(\.code).sorted().joined(separator: "-") },
            source: \.source,
            fields: { border in
                [
                    .set("between", border.between.map(\.code)), .exact("status", border.status.rawValue),
                    .text("closed_by", border.closedBy), .text("detail", border.detail), .exact("as_of", border.asOf?.text),
                    .exact("source", border.source), .text("quote", border.quote),
                ]
            },
            primaryFields: ["status", "closed_by"],
            primary: { border in border.status.label + (border.closedBy.map { " by \(DiffNormal.text($0))" } ?? "") },
            count: nil, detail: { _ in nil },
            label: { border, _, _ in DiffLabels.border(border) })
    }

    /// Aid flights: identity by origin, destination and date.
    static var flights: ItemProfile<AidFlight> {
        ItemProfile<AidFlight>(
            category: .flights, wrap: DiffItem.flight, id: \.id,
            key: { "flight/\($0.from?.code ?? "")-\($0.to?.code ?? "")/\($0.date?.text ?? "")" },
            source: \.source,
            fields: { flight in
                [
                    .exact("from", flight.from?.code), .exact("to", flight.to?.code), .exact("date", flight.date?.text),
                    .text("cargo", flight.cargo), .set("purpose", flight.purpose.map(\.rawValue)),
                    .exact("status", flight.status.rawValue), .exact("flights", flight.flights.map(String.init)),
                    .text("detail", flight.detail), .exact("source", flight.source), .text("quote", flight.quote),
                ]
            },
            primaryFields: ["status"], primary: { $0.status.label }, count: nil, detail: { _ in nil },
            label: { flight, situation, sharesKey in
                DiffLabels.flight(flight)
                    + (sharesKey ? DiffLabels.sourceName(flight.source, in: situation).map { " (\($0))" } ?? "" : "")
            })
    }

    /// International responses: identity by actor, kind and target.
    static var responses: ItemProfile<Response> {
        ItemProfile<Response>(
            category: .responses, wrap: DiffItem.response, id: \.id,
            key: { "response/\(DiffNormal.key($0.actor.description))/\($0.kind.rawValue)/\(DiffNormal.key($0.target?.description))" },
            source: \.source,
            fields: { response in
                [
                    .text("actor", response.actor.description), .exact("kind", response.kind.rawValue),
                    .text("target", response.target?.description), .text("speaker", response.speaker),
                    .text("detail", response.detail), .exact("source", response.source), .text("quote", response.quote),
                ]
            },
            primaryFields: [], primary: { _ in nil }, count: nil, detail: { $0.detail.map(DiffNormal.text) },
            label: { response, _, _ in DiffLabels.response(response) })
    }

    /// Government measures: identity by kind and place.
    static var measures: ItemProfile<Measure> {
        ItemProfile<Measure>(
            category: .measures, wrap: DiffItem.measure, id: \.id,
            key: { "measure/\($0.kind.rawValue)/\(DiffNormal.key($0.place))" },
            source: \.source,
            fields: { measure in
                [
                    .exact("kind", measure.kind.rawValue), .text("place", measure.place), .text("detail", measure.detail),
                    .exact("as_of", measure.asOf?.text), .exact("source", measure.source), .text("quote", measure.quote),
                ]
            },
            primaryFields: [], primary: { _ in nil }, count: nil, detail: { $0.detail.map(DiffNormal.text) },
            label: { measure, _, _ in DiffLabels.measure(measure) })
    }

    /// Allegations: identity by the claim.
    static var allegations: ItemProfile<Allegation> {
        ItemProfile<Allegation>(
            category: .allegations, wrap: DiffItem.allegation, id: \.id,
            key: { "allegation/\(DiffNormal.key($0.claim))" },
            source: \.source,
            fields: { allegation in
                [
                    .text("claim", allegation.claim), .exact("status", allegation.status.rawValue),
                    .text("alleged_by", allegation.allegedBy), .text("denied_by", allegation.deniedBy),
                    .text("detail", allegation.detail), .exact("source", allegation.source), .text("quote", allegation.quote),
                ]
            },
            primaryFields: ["status", "denied_by"],
            primary: { allegation in
                allegation.status.rawValue
                    + (allegation.status == .denied ? allegation.deniedBy.map { " by \(DiffNormal.text($0))" } ?? "" : "")
            },
            count: nil, detail: { _ in nil },
            label: { allegation, _, _ in "“\(DiffNormal.text(allegation.claim))”" })
    }

    /// Sources: identity by their id.
    static var sources: ItemProfile<Source> {
        ItemProfile<Source>(
            category: .sources, wrap: DiffItem.source, id: { _ in nil }, key: { "source/\($0.id)" }, source: { _ in nil },
            fields: { source in
                [
                    .exact("url", source.url), .text("publisher", source.publisher), .exact("type", source.type?.rawValue),
                    .exact("file", source.file), .text("title", source.title), .exact("published", source.published?.text),
                ]
            },
            primaryFields: [], primary: { _ in nil }, count: nil, detail: { $0.url },
            label: { source, _, _ in DiffLabels.source(source) })
    }
}
