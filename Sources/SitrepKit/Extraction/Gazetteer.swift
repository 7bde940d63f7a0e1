/// Organisations a sitrep names as actors: UN agencies, the Red Cross and Red Crescent, regional
/// bodies and large NGOs, each with the names and abbreviations news text uses for it.
///
/// Countries, their demonyms and capitals come from the model's country table; this table holds
/// everything else, so the rules never spell out an organisation themselves.
enum Gazetteer {
    /// One organisation: the name a report shows, the other names it goes by, and its kind.
    struct Organisation: Sendable {
        let name: String
        let aliases: [String]
        let type: SourceType
    }

    /// Every organisation the extractor knows.
    static let organisations: [Organisation] = [
        Organisation(name: "United Nations", aliases: ["UN", "U.N.", "United Nations"], type: .un),
        Organisation(name: "UN Security Council", aliases: ["Security Council", "UN Security Council", "U.N. Security Council"], type: .un),
        Organisation(name: "UNHCR", aliases: ["UNHCR", "UN refugee agency", "U.N. refugee agency", "United Nations refugee agency", "UN High Commissioner for Refugees", "United Nations High Commissioner for Refugees", "High Commissioner for Refugees"], type: .un),
        Organisation(name: "UNICEF", aliases: ["UNICEF", "Unicef", "UN Children's Fund", "United Nations Children's Fund"], type: .un),
        Organisation(name: "World Food Programme", aliases: ["WFP", "World Food Programme", "World Food Program", "UN food agency"], type: .un),
        Organisation(name: "World Health Organization", aliases: ["WHO", "World Health Organization", "World Health Organisation", "UN health agency"], type: .un),
        Organisation(name: "OCHA", aliases: ["OCHA", "UN Office for the Coordination of Humanitarian Affairs", "Office for the Coordination of Humanitarian Affairs", "UN humanitarian office", "UN humanitarian agency"], type: .un),
        Organisation(name: "UNDP", aliases: ["UNDP", "UN Development Programme", "United Nations Development Programme"], type: .un),
        Organisation(name: "UNFPA", aliases: ["UNFPA", "UN Population Fund"], type: .un),
        Organisation(name: "UNRWA", aliases: ["UNRWA"], type: .un),
        Organisation(name: "FAO", aliases: ["FAO", "Food and Agriculture Organization"], type: .un),
        Organisation(name: "International Organization for Migration", aliases: ["IOM", "International Organization for Migration", "International Organisation for Migration"], type: .un),
        Organisation(name: "International Committee of the Red Cross", aliases: ["ICRC", "International Committee of the Red Cross"], type: .redCross),
        Organisation(name: "International Federation of Red Cross and Red Crescent Societies", aliases: ["IFRC", "International Federation of Red Cross and Red Crescent Societies", "International Federation of the Red Cross"], type: .redCross),
        Organisation(name: "Red Cross", aliases: ["Red Cross", "international Red Cross"], type: .redCross),
        Organisation(name: "Red Crescent", aliases: ["Red Crescent"], type: .redCross),
        Organisation(name: "Shanghai Cooperation Organisation", aliases: ["SCO", "Shanghai Cooperation Organisation", "Shanghai Co-operation Organisation", "Shanghai Cooperation Organization", "Shanghai Co-operation Organization"], type: .other),
        Organisation(name: "Collective Security Treaty Organisation", aliases: ["CSTO", "Collective Security Treaty Organisation", "Collective Security Treaty Organization"], type: .other),
        Organisation(name: "OSCE", aliases: ["OSCE", "Organisation for Security and Co-operation in Europe", "Organization for Security and Cooperation in Europe"], type: .other),
        Organisation(name: "European Union", aliases: ["EU", "E.U.", "European Union", "European Commission"], type: .other),
        Organisation(name: "NATO", aliases: ["NATO", "Nato", "North Atlantic Treaty Organization"], type: .other),
        Organisation(name: "African Union", aliases: ["AU", "African Union"], type: .other),
        Organisation(name: "ASEAN", aliases: ["ASEAN", "Asean", "Association of Southeast Asian Nations"], type: .other),
        Organisation(name: "ECOWAS", aliases: ["ECOWAS", "Economic Community of West African States"], type: .other),
        Organisation(name: "Arab League", aliases: ["Arab League", "League of Arab States"], type: .other),
        Organisation(name: "Organisation of Islamic Cooperation", aliases: ["OIC", "Organisation of Islamic Cooperation", "Organization of Islamic Cooperation"], type: .other),
        Organisation(name: "World Bank", aliases: ["World Bank"], type: .other),
        Organisation(name: "International Monetary Fund", aliases: ["IMF", "International Monetary Fund"], type: .other),
        Organisation(name: "Médecins Sans Frontières", aliases: ["MSF", "Médecins Sans Frontières", "Medecins Sans Frontieres", "Doctors Without Borders"], type: .ngo),
        Organisation(name: "Oxfam", aliases: ["Oxfam"], type: .ngo),
        Organisation(name: "Save the Children", aliases: ["Save the Children"], type: .ngo),
        Organisation(name: "CARE International", aliases: ["CARE International"], type: .ngo),
        Organisation(name: "International Rescue Committee", aliases: ["IRC", "International Rescue Committee"], type: .ngo),
        Organisation(name: "Amnesty International", aliases: ["Amnesty International"], type: .ngo),
        Organisation(name: "Human Rights Watch", aliases: ["Human Rights Watch"], type: .ngo),
    ]

    /// Aliases as token sequences, indexed by their first word in lower case; longest first.
    static let aliasIndex: WordTable<[(words: [String], exact: [String], organisation: Int)]> = {
        var index: [String: [(words: [String], exact: [String], organisation: Int)]] = [:]
        for (number, organisation) in organisations.enumerated() {
            for alias in organisation.aliases {
                let tokens = ExtractionTokenizer.tokens(alias, wordClasses: false)
                let words = tokens.map(\.lower)
                index[words[0], default: []].append((words, tokens.map(\.text), number))
            }
        }
        return WordTable(index.mapValues { $0.sorted { $0.words.count > $1.words.count } })
    }()

    /// The organisation named at `index`, with the token after its name.
    static func organisation(at index: Int, in tokens: [ExtractionToken]) -> (organisation: Organisation, end: Int)? {
        guard let candidates = aliasIndex[tokens[index].lower], tokens[index].kind != .punctuation else { return nil }
        for candidate in candidates where CountFinder.match(candidate.words, at: index, in: tokens) != nil {
            // Abbreviations must be written as such ("WHO", not "who"); names must be capitalised.
            let first = tokens[index].text
            if candidate.words.count == 1, candidate.exact[0].uppercased() == candidate.exact[0], first != candidate.exact[0] { continue }
            if !(first.first?.isUppercase ?? false) { continue }
            return (organisations[candidate.organisation], index + candidate.words.count)
        }
        return nil
    }
}
