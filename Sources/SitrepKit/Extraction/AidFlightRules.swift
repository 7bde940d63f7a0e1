/// Reads aid flights: a plane, flight or airlift carrying relief or people, where from and to, what it
/// carries, what for (relief, medevac, personnel) and how far along it is.
enum AidFlightRules {
    static let aircraft: WordSet = ["plane", "planes", "aircraft", "flight", "flights", "airlift", "airlifts", "jet", "jets", "airplane", "airplanes"]
    static let reliefWords: WordSet = [
        "supplies", "aid", "food", "water", "medicine", "medicines", "tents", "relief", "blankets", "equipment", "biscuits", "rations",
        "kits", "tarpaulins", "shelter",
    ]
    static let peopleWords: WordSet = ["searchers", "rescuers", "doctors", "teams", "personnel", "medics", "experts", "workers"]

    static let arrivedWords: WordSet = ["landed", "arrived", "arrives", "arriving", "touched"]
    static let cancelledWords: WordSet = ["cancelled", "canceled"]
    static let dispatchedWords: WordSet = ["sent", "dispatched", "left", "departed", "flown", "sending", "flew"]
    static let plannedWords: WordSet = ["will", "plans", "planned", "expected", "due"]
    /// How many words before a status word its negation may come ("have not yet arrived").
    static let reachOfNegation = 3

    /// How far along the flight is, from the furthest step the sentence says happened; a step it
    /// negates did not ("have not yet arrived"), though "not yet" expects it (planned).
    static func status(in tokens: [ExtractionToken]) -> FlightStatus? {
        var arrived = false, cancelled = false, dispatched = false, planned = false
        for index in tokens.indices {
            let lower = tokens[index].lower
            let isArrived = arrivedWords.contains(lower), isCancelled = cancelledWords.contains(lower)
            let isDispatched = dispatchedWords.contains(lower), isPlanned = plannedWords.contains(lower)
            guard isArrived || isCancelled || isDispatched || isPlanned else { continue }
            let before = tokens[max(0, index - reachOfNegation)..<index]
            if before.contains(where: { SentenceFacts.negations.contains($0.lower) }) {
                if before.contains(where: { $0.lower == "yet" }) { planned = true }
                continue
            }
            arrived = arrived || isArrived
            cancelled = cancelled || isCancelled
            dispatched = dispatched || isDispatched
            planned = planned || isPlanned
        }
        if arrived { return .arrived }
        if cancelled { return .cancelled }
        if dispatched { return .dispatched }
        if planned { return .planned }
        return nil
    }

    /// The aid flights a sentence reports; one per country of departure.
    static func flights(in tokens: [ExtractionToken], sentence: String, affected: Country, actors: [ActorResolver.Mention]) -> [AidFlight] {
        guard tokens.wordClasses.contains(.aircraft) else { return [] }
        let lowers = Set(tokens.map(\.lower))
        let carries = !lowers.isDisjoint(with: reliefWords) || !lowers.isDisjoint(with: peopleWords) || lowers.contains("evacuate")
        guard carries else { return [] }
        guard let status = status(in: tokens) else { return [] }
        var cargo: String?
        if let carrying = tokens.firstIndex(where: { $0.lower == "carrying" }) {
            var end = carrying + 1
            while end < tokens.count, !["has", "have", "was", "were", "to", "for", "is", "landed", "arrived"].contains(tokens[end].lower),
                  tokens[end].text != "-", tokens[end].text != ".", tokens[end].text != ";" {
                end += 1
            }
            if end > carrying + 1 { cargo = SentenceFacts.text(tokens[(carrying + 1)..<end]) }
        }
        var purposes: [FlightPurpose] = []
        let cargoWords = Set((cargo ?? "").lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        if !cargoWords.isDisjoint(with: reliefWords) { purposes.append(.relief) }
        if lowers.contains("evacuate") || lowers.contains("evacuation"), !lowers.isDisjoint(with: ["injured", "badly-injured", "wounded", "treatment", "sick"]) {
            purposes.append(.medevac)
        }
        if !cargoWords.isDisjoint(with: peopleWords) { purposes.append(.personnel) }
        // Destination: "to Kyrgyzstan"; else the affected country.
        var destination: Country?
        for (index, token) in tokens.enumerated() where ["to", "into"].contains(token.lower) {
            if index + 1 < tokens.count, let country = ActorResolver.country(namedBy: tokens[index + 1].text) {
                destination = country
                break
            }
        }
        let to = destination ?? affected
        // Origin: "from China, France, Spain and the United States"; else a capital, demonym or other country named.
        var origins: [Country] = []
        if let from = tokens.firstIndex(where: { $0.lower == "from" }) {
            for mention in actors where mention.start > from && mention.start < from + 12 {
                if case .country(let country) = mention.actor, country != to, !origins.contains(country) { origins.append(country) }
            }
        }
        if origins.isEmpty {
            let preferred = actors.filter { $0.how == .capital || $0.how == .demonym } + actors
            for mention in preferred {
                if case .country(let country) = mention.actor, country != to { origins = [country]; break }
            }
        }
        if origins.isEmpty { origins = [] }
        let flights = origins.isEmpty ? [AidFlight(to: to, cargo: cargo, purpose: purposes, status: status, quote: sentence)]
            : origins.map { AidFlight(from: $0, to: to, cargo: cargo, purpose: purposes, status: status, quote: sentence) }
        return flights
    }
}
