/// The phrases that say what happened to the people or houses a number counts, by metric.
///
/// `after` phrases follow the number ("77 people have been killed"); `before` phrases come right
/// before it ("killing one woman", "forced the evacuation of 36,800 people"). The first phrase
/// found wins, so longer and more specific phrases come first.
enum MetricTriggers {
    /// A phrase and the metric it signals.
    typealias Trigger = (words: [String], metric: Metric)

    /// Phrases after a count of people.
    static let afterPeople: [Trigger] = [
        (["believed", "to", "have", "died"], .missing), (["feared", "dead"], .missing), (["presumed", "dead"], .missing),
        (["unaccounted", "for"], .missing), (["feared", "buried"], .missing),
        (["crushed", "to", "death"], .killed), (["burned", "to", "death"], .killed), (["burnt", "to", "death"], .killed),
        (["to", "death"], .killed), (["shot", "dead"], .killed), (["found", "dead"], .killed),
        (["bodies", "found"], .killed), (["bodies", "were", "found"], .killed), (["bodies", "recovered"], .killed),
        (["bodies", "have", "been", "found"], .killed), (["bodies", "were", "recovered"], .killed),
        (["lost", "their", "lives"], .killed), (["lost", "his", "life"], .killed), (["lost", "her", "life"], .killed),
        (["lives"], .killed), (["killed"], .killed), (["dead"], .killed), (["died"], .killed), (["deaths"], .killed),
        (["fatalities"], .killed), (["drowned"], .killed), (["perished"], .killed), (["death", "toll"], .killed),
        (["injured"], .injured), (["hurt"], .injured), (["wounded"], .injured), (["injuries"], .injured),
        (["treated", "for"], .injured), (["taken", "to", "hospital"], .injured), (["admitted", "to", "hospital"], .injured), (["hospitalised"], .injured), (["hospitalized"], .injured),
        (["missing"], .missing), (["disappeared"], .missing), (["buried"], .missing), (["trapped"], .missing),
        (["homeless"], .homeless), (["without", "shelter"], .homeless), (["without", "a", "roof"], .homeless), (["lost", "their", "homes"], .homeless),
        (["stranded"], .stranded),
        (["forced", "to", "evacuate"], .evacuated), (["evacuated"], .evacuated), (["evacuate"], .evacuated),
        (["evacuation"], .evacuated),
        (["displaced"], .displaced), (["displacements"], .displaced), (["made", "homeless"], .homeless),
        (["collective", "centres"], .displaced), (["collective", "centers"], .displaced), (["forced", "from", "their", "homes"], .displaced), (["from", "their", "homes"], .displaced),
        (["out", "of", "their", "homes"], .displaced), (["forced", "into"], .displaced), (["collective", "sites"], .displaced),
        (["leave", "their", "homes"], .displaced), (["left", "their", "homes"], .displaced), (["fled", "their", "homes"], .displaced),
        (["fled", "the", "country"], .refugees), (["fleeing", "the", "country"], .refugees), (["left", "the", "country"], .refugees),
        (["flee", "their", "homes"], .displaced), (["relocated"], .displaced), (["accommodated"], .displaced),
        (["sheltering"], .displaced), (["staying", "in"], .displaced), (["residing", "in"], .displaced), (["took", "shelter"], .displaced), (["taken", "shelter"], .displaced),
        (["sought", "shelter"], .displaced), (["took", "refuge"], .displaced), (["taken", "refuge"], .displaced), (["sought", "refuge"], .displaced),
        (["moved", "to", "safer"], .evacuated), (["moved", "to", "safety"], .evacuated),
        (["relief", "camps"], .displaced), (["evacuation", "centres"], .displaced), (["evacuation", "centers"], .displaced),
        (["camps"], .displaced), (["massed"], .atBorder), (["amassed"], .atBorder), (["amassing"], .atBorder),
        (["massing"], .atBorder), (["fled"], .displaced), (["flee"], .displaced), (["fleeing"], .displaced),
        (["returned", "home"], .returned), (["returned", "to", "their", "homes"], .returned), (["returned", "to"], .returned),
        (["returned", "from"], .returned), (["crossed", "into"], .refugees), (["arrived", "in"], .refugees), (["arriving", "in"], .refugees), (["crossed", "the", "border", "into"], .refugees), (["staying", "at"], .displaced), (["staying", "with", "host"], .displaced),
        (["in", "shelters"], .displaced),
        (["affected"], .affected), (["suffered", "losses"], .affected), (["in", "need", "of"], .affected),
        (["need", "assistance"], .affected), (["need", "aid"], .affected),
        (["cases"], .cases), (["infected"], .cases), (["infections"], .cases), (["new", "cases"], .cases),
    ]

    /// Phrases after a count of houses.
    static let afterHouses: [Trigger] = [
        (["damaged", "or", "destroyed"], .housesDamaged), (["destroyed"], .housesDestroyed),
        (["washed", "away"], .housesDestroyed), (["swept", "away"], .housesDestroyed), (["collapsed"], .housesDestroyed),
        (["toppled"], .housesDestroyed), (["flattened"], .housesDestroyed), (["razed"], .housesDestroyed),
        (["burned", "down"], .housesDestroyed), (["burnt", "down"], .housesDestroyed), (["burned"], .housesDestroyed),
        (["levelled"], .housesDestroyed), (["leveled"], .housesDestroyed), (["damaged"], .housesDamaged),
    ]

    /// Words before a noun for houses that say what happened to them: "7,300 collapsed houses".
    static let houseAdjectives: WordTable<Metric> = WordTable([
        "destroyed": .housesDestroyed, "collapsed": .housesDestroyed, "flattened": .housesDestroyed, "razed": .housesDestroyed,
        "damaged": .housesDamaged,
    ])

    /// Phrases right before a count of people.
    static let beforePeople: [Trigger] = [
        (["killing"], .killed), (["killed"], .killed), (["kills"], .killed), (["kill"], .killed), (["claimed"], .killed),
        (["lives", "of"], .killed), (["bodies", "of"], .killed),
        (["claim"], .killed), (["claiming"], .killed),
        (["injuring"], .injured), (["injured"], .injured), (["injures"], .injured), (["injure"], .injured),
        (["wounding"], .injured), (["wounded"], .injured),
        (["buried"], .missing), (["buries"], .missing), (["burying"], .missing), (["searching", "for"], .missing),
        (["displaced"], .displaced), (["displaces"], .displaced), (["displacing"], .displaced), (["displacement", "of"], .displaced),
        (["infected"], .cases), (["infecting"], .cases), (["sickened"], .cases), (["sickening"], .cases),
        (["evacuation", "of"], .evacuated), (["evacuations", "of"], .evacuated), (["evacuated"], .evacuated), (["evacuating"], .evacuated),
        (["relocation", "of"], .displaced),
        (["affected"], .affected), (["affecting"], .affected), (["affects"], .affected), (["affect"], .affected),
    ]

    /// Phrases right before a count of houses.
    static let beforeHouses: [Trigger] = [
        (["destruction", "of"], .housesDestroyed), (["destroyed"], .housesDestroyed), (["destroying"], .housesDestroyed),
        (["destroy"], .housesDestroyed), (["flattened"], .housesDestroyed), (["flattening"], .housesDestroyed),
        (["buried"], .housesDestroyed), (["burying"], .housesDestroyed),
        (["damaged"], .housesDamaged), (["damaging"], .housesDamaged),
    ]

    /// The phrases after a count of people, grouped by their first word, each group in list order.
    static let afterPeopleByFirstWord = byFirstWord(afterPeople)
    /// The phrases after a count of houses, grouped by their first word, each group in list order.
    static let afterHousesByFirstWord = byFirstWord(afterHouses)
    /// The phrases right before a count of people, grouped by their last word, each group in list order.
    static let beforePeopleByLastWord = byLastWord(beforePeople)
    /// The phrases right before a count of houses, grouped by their last word, each group in list order.
    static let beforeHousesByLastWord = byLastWord(beforeHouses)
    /// The first words of every phrase after a count.
    static let afterFirstWords: Set<String> = Set((afterPeople + afterHouses).map { $0.words[0] })
    /// One-word phrases after a count of people long enough (7 letters) to be recognised misspelt.
    static let misspellableAfterPeople = afterPeople.filter { $0.words.count == 1 && $0.words[0].utf8.count >= 7 }
    /// One-word phrases after a count of houses long enough (7 letters) to be recognised misspelt.
    static let misspellableAfterHouses = afterHouses.filter { $0.words.count == 1 && $0.words[0].utf8.count >= 7 }

    private static func byFirstWord(_ triggers: [Trigger]) -> WordTable<[Trigger]> {
        var groups: [String: [Trigger]] = [:]
        for trigger in triggers { groups[trigger.words[0], default: []].append(trigger) }
        return WordTable(groups)
    }

    private static func byLastWord(_ triggers: [Trigger]) -> WordTable<[Trigger]> {
        var groups: [String: [Trigger]] = [:]
        for trigger in triggers { groups[trigger.words[trigger.words.count - 1], default: []].append(trigger) }
        return WordTable(groups)
    }

    /// Words after "toll" and before a number: "the death toll has risen to 19".
    static let tollVerbs: WordSet = [
        "to", "at", "from", "reached", "touched", "hit", "passed", "topped", "exceeded", "surpassed", "crossed", "of", "now", "is", "was",
    ]

    /// Verbs by which a toll or number comes to a count: "the death toll has risen to 19" ("to" is
    /// a toll verb), "the toll jumped 45".
    static let riseVerbs: WordSet = ["risen", "rose", "rises", "jumped", "climbed", "reached", "touched"]

    /// Words that end the phrase after a number: the next clause says something else.
    static let clauseBreakers: WordSet = [
        "while", "whereas", "but", "although", "though", "where", "which", "who", "when", "after", "as", "according",
        "said", "says", "say", "told", "officials",
    ]

    /// Words that cannot be part of the noun a number counts.
    static let headStoppers: WordSet = [
        "were", "was", "are", "is", "have", "has", "had", "been", "be", "will", "would", "being", "in", "at", "on",
        "from", "to", "for", "by", "with", "across", "after", "during", "near", "and", "or", "who", "which", "that",
        "as", "into", "since", "so", "still", "also", "now", "reportedly", "due", "because", "out", "over", "under",
    ]
}
