/// Heads of state and government that news of a crisis names without saying what they lead
/// ("President Barack Obama announced…"), each with the country (or organisation) they speak for
/// and the days they held office, so a leader is resolved only in an article of their time.
///
/// The table holds the leaders of the countries and the organisation that most often respond to
/// crises abroad. A leader the article itself introduces ("Russian President Dmitry Medvedev") is
/// learned from the text and takes precedence (see ``ActorResolver``).
enum KnownLeaders {
    /// One term of office: the leader's name as news writes it in full, the word a title or
    /// honorific is followed by ("President Obama", "Mr Ban"), who they speak for, and the first
    /// and last day (nil while in office as far as this table knows).
    struct Term: Sendable {
        let name: String
        /// The name's words in lower case, as the tokenizer cuts them ("ban", "ki", "-", "moon").
        let words: [String]
        let surname: String
        let actor: Actor
        let from: SitrepDate
        let to: SitrepDate?
    }

    private static func term(_ name: String, surname: String? = nil, _ actor: String, _ from: String, _ to: String? = nil) -> Term {
        let resolved: Actor = Country(code: actor).map(Actor.country) ?? .organisation(actor)
        let words = ExtractionTokenizer.tokens(name, wordClasses: false).map(\.lower)
        return Term(name: name, words: words, surname: surname ?? String(name.split(separator: " ").last!), actor: resolved,
                    from: SitrepDate(from)!, to: to.map { SitrepDate($0)! })
    }

    /// Every term the extractor knows, by country.
    static let terms: [Term] = [
        term("Bill Clinton", "US", "1993-01-20", "2001-01-20"),
        term("George W. Bush", "US", "2001-01-20", "2009-01-20"),
        term("Barack Obama", "US", "2009-01-20", "2017-01-20"),
        term("Donald Trump", "US", "2017-01-20", "2021-01-20"),
        term("Joe Biden", "US", "2021-01-20", "2025-01-20"),
        term("Donald Trump", "US", "2025-01-20"),
        term("Tony Blair", "GB", "1997-05-02", "2007-06-27"),
        term("Gordon Brown", "GB", "2007-06-27", "2010-05-11"),
        term("David Cameron", "GB", "2010-05-11", "2016-07-13"),
        term("Theresa May", "GB", "2016-07-13", "2019-07-24"),
        term("Boris Johnson", "GB", "2019-07-24", "2022-09-06"),
        term("Liz Truss", "GB", "2022-09-06", "2022-10-25"),
        term("Rishi Sunak", "GB", "2022-10-25", "2024-07-05"),
        term("Keir Starmer", "GB", "2024-07-05"),
        // President, then prime minister, then president again.
        term("Vladimir Putin", "RU", "1999-12-31"),
        term("Dmitry Medvedev", "RU", "2008-05-07", "2020-01-16"),
        term("Jacques Chirac", "FR", "1995-05-17", "2007-05-16"),
        term("Nicolas Sarkozy", "FR", "2007-05-16", "2012-05-15"),
        term("François Hollande", "FR", "2012-05-15", "2017-05-14"),
        term("Emmanuel Macron", "FR", "2017-05-14"),
        term("Gerhard Schröder", "DE", "1998-10-27", "2005-11-22"),
        term("Angela Merkel", "DE", "2005-11-22", "2021-12-08"),
        term("Olaf Scholz", "DE", "2021-12-08", "2025-05-06"),
        term("Friedrich Merz", "DE", "2025-05-06"),
        // Chinese names put the surname first.
        term("Hu Jintao", surname: "Hu", "CN", "2003-03-15", "2013-03-14"),
        term("Wen Jiabao", surname: "Wen", "CN", "2003-03-16", "2013-03-15"),
        term("Xi Jinping", surname: "Xi", "CN", "2013-03-14"),
        term("Li Keqiang", surname: "Li", "CN", "2013-03-15", "2023-03-11"),
        term("Recep Tayyip Erdogan", "TR", "2003-03-14"),
        term("Recep Tayyip Erdoğan", "TR", "2003-03-14"),
        term("Manmohan Singh", "IN", "2004-05-22", "2014-05-26"),
        term("Narendra Modi", "IN", "2014-05-26"),
        term("Stephen Harper", "CA", "2006-02-06", "2015-11-04"),
        term("Justin Trudeau", "CA", "2015-11-04", "2025-03-14"),
        term("Mark Carney", "CA", "2025-03-14"),
        term("Kofi Annan", "United Nations", "1997-01-01", "2006-12-31"),
        term("Ban Ki-moon", surname: "Ban", "United Nations", "2007-01-01", "2016-12-31"),
        term("António Guterres", "United Nations", "2017-01-01"),
        term("Antonio Guterres", "United Nations", "2017-01-01"),
    ]

    /// The terms by the first word of the leader's name and by their surname, both in lower case.
    static let byName: WordTable<[Term]> = {
        var index: [String: [Term]] = [:]
        for term in terms {
            index[term.words[0], default: []].append(term)
            let surname = term.surname.lowercased()
            if surname != term.words[0] { index[surname, default: []].append(term) }
        }
        return WordTable(index)
    }()

    /// Whether the leader was in office on the day `dayNumber` (``SitrepDate/dayNumber``).
    static func isInOffice(_ term: Term, onDay dayNumber: Int) -> Bool {
        term.from.dayNumber <= dayNumber && (term.to.map { dayNumber <= $0.dayNumber } ?? true)
    }
}
