/// Everything a report template can read, built from one situation. Values are plain text (the
/// templates escape them), flags and lists; Markdown fields come both as written (for Markdown
/// reports) and as HTML rendered by cmark (for HTML reports).
struct ReportContext {
    let situation: Situation
    /// The situation file's name, for the footer ("edition-001.yaml").
    let fileName: String
    /// The templates' stylesheet, inlined into standalone HTML reports.
    let css: String
    /// How the page reaches its stylesheet and which links sit above it.
    var chrome: PageChrome = .standalone
    /// The report being rendered: the whole model is embedded as YAML front matter in Markdown and
    /// as JSON in HTML, and only the one the format needs is built.
    var format: ReportFormat = .html
    /// The comparison with the previous edition, when there is one: it adds a "changes since"
    /// section and the change on each key figure.
    var diff: SituationDiff?
    /// The previous edition itself, to compare key figures that stand on several figures.
    var previous: Situation?

    /// The top scope's values.
    func values() -> [String: Any] {
        let situation = situation
        let keyFigures = KeyFigure.headlines(of: situation)
        let summary = situation.summary?.trimmingWhitespace ?? ""
        // The header already says which edition and date this is; the section lists what the reports say.
        let changeSections = (diff?.sections ?? []).filter { $0.category != .edition }
        let page: [String: Any] = [
            "lang": "en",
            "crisis": situation.crisis,
            "crisisID": situation.id,
            "countryName": situation.country.name,
            "countryCode": situation.country.code,
            "edition": situation.edition,
            "asOf": situation.asOf.longText,
            "asOfISO": situation.asOf.text,
            "exercise": situation.exercise == true,
            "needsExercisePrefix": situation.exercise == true && !situation.crisis.uppercased().hasPrefix("EXERCISE"),
            "organisation": situation.organisation ?? "",
            "hasOrganisation": situation.organisation != nil,
            "disasterType": situation.disasterType?.label ?? "",
            "hasDisasterType": situation.disasterType != nil,
            "nextReport": situation.nextReport?.longText ?? "",
            "hasNextReport": situation.nextReport != nil,
            "places": situation.places.joined(separator: ", "),
            "hasPlaces": !situation.places.isEmpty,
            "keyFigures": keyFigureScopes(keyFigures),
            "hasKeyFigures": !keyFigures.isEmpty,
            "highlights": situation.highlights.map { RenderScope(["markdown": CMark.safeMarkdown($0), "html": CMark.inlineHTML(fromMarkdown: $0)]) },
            "hasHighlights": !situation.highlights.isEmpty,
            "summaryMarkdown": CMark.safeMarkdown(summary),
            "summaryHTML": situation.summary.map(CMark.html(fromMarkdown:)) ?? "",
            "hasSummary": !summary.isEmpty,
            "figureSections": figureSections(),
            "hasFigures": !situation.figures.isEmpty,
            "borders": situation.borders.map(borderScope),
            "hasBorders": !situation.borders.isEmpty,
            "aidFlights": situation.aidFlights.map(flightScope),
            "hasAidFlights": !situation.aidFlights.isEmpty,
            "responseGroups": responseGroups(),
            "hasResponses": !situation.responses.isEmpty,
            "measures": situation.measures.map(measureScope),
            "hasMeasures": !situation.measures.isEmpty,
            "allegations": situation.allegations.map(allegationScope),
            "hasAllegations": !situation.allegations.isEmpty,
            "sources": situation.sources.enumerated().map { sourceScope($0.element, number: $0.offset + 1) },
            "hasSources": !situation.sources.isEmpty,
            "contacts": situation.contacts.map(contactScope),
            "hasContacts": !situation.contacts.isEmpty,
            "hasPrevious": diff != nil,
            "hasChanges": !changeSections.isEmpty,
            "changesHeading": diff?.changesHeading ?? "",
            "changeSections": changeSections.map { section in
                RenderScope([
                    "id": section.category.rawValue, "title": section.title,
                    "changes": section.changes.map { RenderScope(["sentence": $0.sentence, "kind": $0.kind.rawValue]) },
                ])
            },
            "fileName": fileName,
            "frontMatter": format == .markdown ? SituationWriter.yaml(situation) : "",
            "dataJSON": format == .html ? SituationWriter.json(situation, htmlSafe: true) : "",
        ]
        return page.merging(chrome.values(css: css)) { _, chrome in chrome }
    }

    // MARK: - Sources and citations

    private func citation(_ id: String?) -> [String: Any] {
        guard let id, let index = situation.sources.firstIndex(where: { $0.id == id }) else {
            return ["hasSource": false, "sourceNumber": 0, "sourceName": ""]
        }
        return ["hasSource": true, "sourceNumber": index + 1, "sourceName": situation.sources[index].name]
    }

    private func optional(_ key: String, _ value: String?) -> [String: Any] {
        let has = "has" + key.prefix(1).uppercased() + key.dropFirst()
        return [key: value ?? "", has: !(value ?? "").isEmpty]
    }

    private func scope(_ parts: [String: Any]...) -> RenderScope {
        RenderScope(parts.reduce(into: [:]) { result, part in result.merge(part) { _, new in new } })
    }

    private func sourceScope(_ source: Source, number: Int) -> RenderScope {
        scope(
            ["number": number, "id": source.id, "name": source.name,
             "url": source.linkableURL ?? "", "hasURL": source.linkableURL != nil],
            optional("typeLabel", source.type.map(sourceTypeLabel)), optional("title", source.title), optional("published", source.published?.longText),
            optional("plainURL", source.linkableURL == nil ? source.url : nil))
    }

    private func sourceTypeLabel(_ type: SourceType) -> String {
        switch type {
        case .un: "UN"
        case .ngo: "NGO"
        case .redCross: "Red Cross / Red Crescent"
        default: type.label
        }
    }

    // MARK: - Figures

    /// One scope per key figure: count, caption, as-of date, sources and a sentence for screen readers.
    func keyFigureScopes(_ keyFigures: [KeyFigure]) -> [RenderScope] {
        let before = previous.map(KeyFigure.headlines(of:)) ?? []
        return keyFigures.map { keyFigure in keyFigureScope(keyFigure, before: before.first { $0.metric == keyFigure.metric }) }
    }

    private func keyFigureScope(_ keyFigure: KeyFigure, before: KeyFigure?) -> RenderScope {
        let caption = keyFigure.metric.caption(group: keyFigure.group, place: keyFigure.place)
        let asOf = (keyFigure.asOf ?? situation.asOf).longText
        // On a card showing several counts ("77 / at least 100"), each source says which it gives,
        // in the order of the counts, so no reader pairs a count with another's source.
        let tiesCounts = keyFigure.showsSeveralCounts
        let sources = keyFigure.citations.map { citation -> RenderScope in
            var values = self.citation(citation.source)
            values["counts"] = citation.counts.joined(separator: " and ")
            values["hasCounts"] = tiesCounts
            return RenderScope(values)
        }
        let spokenSources = zip(keyFigure.citations, sources).compactMap { citation, scope -> String? in
            guard let name = scopeSourceName(scope) else { return nil }
            return tiesCounts ? "\(name) for \(citation.counts.joined(separator: " and "))" : name
        }
        // "hundreds of people displaced", "thousands of refugees": a vague word takes "of" before
        // a noun, but not before what happened ("tens of thousands displaced").
        let beforeNoun = keyFigure.group != nil || keyFigure.metric.captionIsNoun
        let joiner = beforeNoun && Count.endsWithPluralVagueWord(keyFigure.countText) ? " of " : " "
        var sentence = "\(keyFigure.countText)\(joiner)\(caption), as of \(asOf)"
        if !spokenSources.isEmpty { sentence += ", source \(spokenSources.joined(separator: " and "))" }
        let change = keyFigureChange(keyFigure, before: before)
        if let change { sentence += "; \(change.spoken)" }
        return scope([
            "hasChange": change != nil, "change": change?.shown ?? "", "changeDirection": change?.direction ?? "",
            "metric": keyFigure.metric.rawValue, "count": keyFigure.countText, "caption": caption,
            "captionTitle": caption.prefix(1).uppercased() + caption.dropFirst(),
            "isUnknown": keyFigure.isUnknown, "asOf": asOf, "sources": sources, "sentence": sentence,
        ])
    }

    /// How a headline moved since the previous edition: "▲ +23 since 11 June" on the card,
    /// "up 23 since 11 June" for screen readers. Nil without a previous edition.
    /// A headline that stands on several figures (a range), or did so before, is compared as shown:
    /// "was 4–5 on 14 March"; one of another group or place says what the card showed then: "was
    /// 200 people killed in Jalalabad on 12 June".
    private func keyFigureChange(_ keyFigure: KeyFigure, before: KeyFigure?) -> (shown: String, spoken: String, direction: String)? {
        guard let diff else { return nil }
        let since = "since \(diff.old.asOf.shortText)"
        // A count of what is new since the last edition is no total: no arrow from what came before.
        if keyFigure.countsOnlyWhatIsNew { return ("new \(since)", "new \(since)", "new") }
        if let before, Figure.cardGroup(of: before.group) != Figure.cardGroup(of: keyFigure.group) || before.place != keyFigure.place {
            let was = "was \(before.countText) \(before.metric.caption(group: before.group, place: before.place)) on \(diff.old.asOf.shortText)"
            return (was, was, "changed")
        }
        guard keyFigure.figures.count == 1, before.map({ $0.figures.count == 1 }) ?? true, let figure = keyFigure.figures.first else {
            guard let before else { return (Self.firstReported, Self.firstReported, "new") }
            if before.countText == keyFigure.countText { return ("unchanged \(since)", "unchanged \(since)", "same") }
            let was = "was \(before.countText) on \(diff.old.asOf.shortText)"
            return (was, was, "changed")
        }
        guard let change = diff.change(to: figure) else { return ("unchanged \(since)", "unchanged \(since)", "same") }
        if change.kind == .added { return (Self.firstReported, Self.firstReported, "new") }
        // A new bulletin giving the same number (only its source or quote changed) is no change.
        guard let count = change.count, !count.isEqual else { return ("unchanged \(since)", "unchanged \(since)", "same") }
        if let delta = count.delta, delta != 0 {
            let amount = NumberText.grouped(abs(delta))
            return delta > 0
                ? ("▲ +\(amount) \(since)", "up \(amount) \(since)", "up")
                : ("▼ −\(amount) \(since)", "down \(amount) \(since)", "down")
        }
        let was = "was \(count.old.text) on \(diff.old.asOf.shortText)"
        return (was, was, "changed")
    }

    /// A card's change when the previous edition did not report it: other words than "new", which
    /// a count `scope: new` says.
    private static let firstReported = "first reported in this edition"

    private func scopeSourceName(_ scope: RenderScope) -> String? {
        scope.child(named: "sourceName") as? String
    }

    private func figureSections() -> [RenderScope] {
        FigureSection.allCases.compactMap { section in
            let figures = situation.figures(in: section)
            guard !figures.isEmpty else { return nil }
            let title: String = switch section {
            case .casualties: "Casualties"
            case .displacement: "Displacement"
            case .damage: "Damage"
            }
            return scope(["id": section.rawValue, "title": title, "figures": figures.map(figureScope)])
        }
    }

    private func figureScope(_ figure: Figure) -> RenderScope {
        scope(
            ["metric": figure.metric.caption, "count": figure.count.isKnown ? figure.count.text : "not known",
             "isUnknown": !figure.count.isKnown, "isHeadline": figure.headline == true,
             "isNew": figure.scope == .new],
            optional("group", figure.group), optional("place", figure.place), optional("asOf", figure.asOf?.longText),
            optional("detail", figure.detail), optional("note", figure.note), optional("quote", figure.quote),
            citation(figure.source))
    }

    // MARK: - Borders, flights, responses, measures, allegations

    private func borderScope(_ border: Border) -> RenderScope {
        let symbol: String = switch border.status {
        case .open: "✓"
        case .restricted: "◐"
        case .closed: "✕"
        case .unknown: "?"
        }
        return scope(
            ["countries": border.between.map(\.name).joined(separator: " – "), "status": border.status.label,
             "statusSymbol": symbol],
            optional("closedBy", border.closedBy), optional("detail", border.detail),
            optional("asOf", border.asOf?.longText), optional("quote", border.quote), citation(border.source))
    }

    private func flightScope(_ flight: AidFlight) -> RenderScope {
        scope(
            ["from": flight.from?.name ?? "not known", "to": flight.to?.name ?? "not known",
             "status": flight.status.label,
             "flights": flight.flights.map { NumberText.grouped($0) } ?? "", "hasFlights": flight.flights != nil],
            optional("purpose", flight.purpose.isEmpty ? nil : flight.purpose.map(\.label).joined(separator: ", ")),
            optional("cargo", flight.cargo), optional("date", flight.date?.longText), optional("detail", flight.detail),
            optional("quote", flight.quote), citation(flight.source))
    }

    private func responseGroups() -> [RenderScope] {
        var order: [String] = []
        var byActor: [String: [Response]] = [:]
        for response in situation.responses {
            let name = response.actor.name
            if byActor[name] == nil { order.append(name) }
            byActor[name, default: []].append(response)
        }
        return order.map { actor in
            scope(["actor": actor, "responses": byActor[actor]!.map { response in
                scope(
                    ["kind": response.kind.label, "targetPreposition": response.kind.targetPreposition],
                    optional("target", response.target?.name), optional("speaker", response.speaker),
                    optional("detail", response.detail), optional("quote", response.quote), citation(response.source))
            }])
        }
    }

    private func measureScope(_ measure: Measure) -> RenderScope {
        let kind: String = switch measure.kind {
        case .stateOfEmergency: "State of emergency"
        case .curfew: "Curfew"
        case .borderClosure: "Border closure"
        case .evacuationOrder: "Evacuation order"
        case .other: "Other measure"
        }
        return scope(
            ["kind": kind], optional("place", measure.place), optional("detail", measure.detail),
            optional("asOf", measure.asOf?.longText), optional("quote", measure.quote), citation(measure.source))
    }

    private func allegationScope(_ allegation: Allegation) -> RenderScope {
        let status: String = switch allegation.status {
        case .unverified: "Unverified"
        case .denied: allegation.deniedBy.map { "Denied by \($0)" } ?? "Denied"
        case .confirmed: "Confirmed"
        }
        return scope(
            ["claim": allegation.claim, "status": status, "statusWord": allegation.status.rawValue],
            optional("allegedBy", allegation.allegedBy), optional("detail", allegation.detail),
            optional("quote", allegation.quote), citation(allegation.source))
    }

    private func contactScope(_ contact: Contact) -> RenderScope {
        scope(
            ["name": contact.name], optional("role", contact.role), optional("email", contact.email),
            optional("emailLink", contact.linkableEmail), optional("phone", contact.phone))
    }
}
