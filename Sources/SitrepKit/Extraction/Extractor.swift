import Foundation

/// Turns articles into a situation model: figures, borders, aid flights, responses, measures and
/// allegations, each with its `source` and the exact sentence as `quote`, never a number the text
/// does not hold.
///
/// ```swift
/// let articles = try ArticleReader.read(path: "osh.txt").articles
/// let result = Extractor(options: .init(asOf: SitrepDate("2010-06-12"))).extract(articles)
/// print(SituationWriter.yaml(result.situation))
/// ```
///
/// Several articles merge into one model: one source entry each, figures kept side by side (never
/// added up), duplicates of the same fact from the same source folded. Extraction is deterministic.
public struct Extractor: Sendable {
    /// What the articles cannot say: the crisis id and name, the edition and its date.
    public struct Options: Sendable, Hashable {
        /// The crisis slug; by default made from the country, the year and the first place.
        public var id: String?
        /// The crisis's name; by default the disaster the first article names and its country, else its headline.
        public var crisis: String?
        /// The affected country; by default the first country the first article names.
        public var country: Country?
        /// The date of the edition; by default the latest publication date, else a date in a URL.
        public var asOf: SitrepDate?
        /// The edition number.
        public var edition: Int
        /// The date to use, with a warning, when neither `asOf` nor the articles give one (the CLI
        /// passes today's date); without it such a situation is dated 1970-01-01, with a warning.
        public var fallbackAsOf: SitrepDate?

        /// Creates options; every field may be left to the articles.
        public init(
            id: String? = nil, crisis: String? = nil, country: Country? = nil, asOf: SitrepDate? = nil, edition: Int = 1,
            fallbackAsOf: SitrepDate? = nil
        ) {
            self.id = id
            self.crisis = crisis
            self.country = country
            self.asOf = asOf
            self.edition = edition
            self.fallbackAsOf = fallbackAsOf
        }
    }

    /// The options.
    public var options: Options

    /// Sentences longer than this many tokens are skipped with a warning: no sentence is that long.
    static let longestSentence = 3_000

    /// Creates an extractor.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Extracts one situation from all the articles.
    public func extract(_ articles: [Article]) -> ExtractionResult {
        var warnings: [Diagnostic] = []
        var notes: [NoteAssessment] = []
        var facts: [ArticleFacts] = []
        var usedIDs = Set<String>()
        // The first article is cut once, for its country and its facts (the others are cut again
        // when their country is looked for, so that no more than one article's tokens are kept).
        // Each article's first country is found once: the crisis's country is the first found, and
        // an article that names another is said, not mixed in silently.
        let firstCut = articles.first.map(ArticleSentences.init)
        let countries = articles.indices.map { index in
            ArticleFacts.firstCountry(in: articles[index], sentences: index == 0 ? firstCut : nil)
        }
        let country = options.country ?? countries.lazy.compactMap { $0 }.first
        // Field notes name neighbours as often as the country itself, and their towns are in no
        // gazetteer: the country they are taken to be about is said, and no note is warned about.
        if options.country == nil, let country, let first = articles.first, first.noteLines != nil {
            warnings.append(Diagnostic(file: first.path, location: nil, severity: .warning,
                message: "the crisis is taken to be in \(country.name), the first country the notes name; give --country if it is elsewhere"))
        }
        for (index, article) in articles.enumerated() {
            if let country, let own = countries[index], own != country, article.noteLines == nil {
                let message = articles.count > 1
                    ? "this article first names \(own.name), not \(country.name); its facts are merged into one situation for \(country.name), so extract it on its own if it reports another crisis"
                    : "this article first names \(own.name), not \(country.name) as --country says; check that it reports this crisis"
                warnings.append(Diagnostic(file: article.path, location: nil, severity: .warning, message: message))
            }
            var fact = ArticleFacts(article: article, sentences: index == 0 ? firstCut : nil, affected: country ?? Country(code: "AQ")!)
            var id = fact.source.id
            var suffix = 2
            while usedIDs.contains(id) { id = "\(fact.source.id)-\(suffix)"; suffix += 1 }
            usedIDs.insert(id)
            fact.setSourceID(id)
            warnings += fact.warnings
            notes += fact.notes
            facts.append(fact)
        }
        if country == nil {
            warnings.append(Diagnostic(file: articles.first?.path ?? "-", location: nil, severity: .warning,
                message: "no country is named in the articles; the country is a placeholder (AQ) to set by hand"))
        }
        let situation = assemble(facts, country: country ?? Country(code: "AQ")!, countryIsNamed: country != nil, warnings: &warnings)
        return ExtractionResult(situation: situation, warnings: warnings, notes: notes)
    }

    /// Extracts one situation per article, for `--format jsonl`.
    public func extractEach(_ articles: [Article]) -> [ExtractionResult] {
        articles.map { extract([$0]) }
    }

    /// The edition's date: `--as-of`, else the latest publication date or day in a URL, else the
    /// latest of the articles' first full dates in their text, else the fallback; the last two are said.
    private func editionDate(_ facts: [ArticleFacts], warnings: inout [Diagnostic]) -> SitrepDate {
        if let date = options.asOf ?? facts.compactMap(\.date).max() ?? facts.compactMap({ ArticleFacts.dateInURL($0.article.url) }).max() {
            return date
        }
        if let (fact, date) = facts.compactMap({ fact in fact.dateInText.map { (fact, $0) } }).max(by: { $0.1 < $1.1 }) {
            warnings.append(Diagnostic(file: fact.article.path, location: nil, severity: .warning,
                message: "no publication date or day in the URL; as_of is \(date.text), the first full date the text gives, so check it (or pass --as-of)"))
            return date
        }
        let date = options.fallbackAsOf ?? SitrepDate("1970-01-01")!
        warnings.append(Diagnostic(file: facts.first?.article.path ?? "-", location: nil, severity: .warning,
            message: "no date found in the articles; as_of is \(date.text), check it (or pass --as-of)"))
        return date
    }

    /// The situation from every article's facts; `countryIsNamed` is false when `country` is the
    /// placeholder, and the name and id then say the first place instead.
    private func assemble(_ facts: [ArticleFacts], country: Country, countryIsNamed: Bool, warnings: inout [Diagnostic]) -> Situation {
        let asOf = editionDate(facts, warnings: &warnings)
        var places: [String] = []
        for fact in facts {
            for place in fact.places where !places.contains(place) { places.append(place) }
        }
        let region = countryIsNamed ? country.nameInSentence : places.first ?? "an unnamed place"
        let crisis = options.crisis ?? facts.first?.crisisName(region: region) ?? "Crisis in \(region)"
        var id = options.id ?? {
            var parts = [countryIsNamed ? country.name : places.first ?? "crisis", String(asOf.year)]
            if countryIsNamed, let first = places.first { parts.append(first) }
            return ExtractionSlug.make(parts.joined(separator: "-"))
        }()
        if !Slug.isValid(id) { id = ExtractionSlug.make(id).isEmpty ? "crisis" : ExtractionSlug.make(id) }
        var situation = Situation(id: id, crisis: crisis, country: country, edition: max(1, options.edition), asOf: asOf)
        situation.places = places
        situation.disasterType = facts.first?.disasterType
        for fact in facts {
            situation.sources.append(fact.source)
            // A figure from an article published before the edition's date was true as of that day.
            var figures = fact.figures
            if let published = fact.date, published < asOf {
                for index in figures.indices where figures[index].asOf == nil { figures[index].asOf = published }
            }
            Folding.append(figures, to: &situation)
            Folding.append(fact.borders, to: &situation.borders) { [$0.between.sorted().map(\.code).joined(), $0.status.rawValue, $0.source ?? ""] }
            Folding.append(fact.flights, to: &situation.aidFlights) { [$0.from?.code ?? "", $0.to?.code ?? "", $0.status.rawValue, $0.source ?? ""] }
            Folding.mergeResponses(fact.responses, into: &situation.responses)
            Folding.append(fact.measures, to: &situation.measures) { [$0.kind.rawValue, $0.place ?? "", $0.source ?? ""] }
            Folding.append(fact.allegations, to: &situation.allegations) { [$0.claim, $0.source ?? ""] }
        }
        return situation
    }
}
