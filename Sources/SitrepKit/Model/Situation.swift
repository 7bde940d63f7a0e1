/// One edition of a situation report: the whole model of DESIGN.md, file format version 1.
///
/// The situation file is the source of truth; every report is derived from this value.
public struct Situation: Sendable, Hashable, Codable {
    /// The file format version; 1.
    public var sitrep: Int
    /// The crisis slug, `[a-z0-9-]+`, used in published paths.
    public var id: String
    /// The crisis as a headline names it.
    public var crisis: String
    /// The affected country.
    public var country: Country
    /// The places affected.
    public var places: [String]
    /// The edition number, rising by one with each report.
    public var edition: Int
    /// The date (or date-time) the report describes.
    public var asOf: SitrepDate
    /// Whether the crisis is an exercise, not a real event; every page then says so.
    public var exercise: Bool?
    /// Who publishes the report.
    public var organisation: String?
    /// What kind of disaster.
    public var disasterType: DisasterType?
    /// When the next report is due.
    public var nextReport: SitrepDate?
    /// Whom to contact.
    public var contacts: [Contact]
    /// The situation overview, in Markdown.
    public var summary: String?
    /// Short Markdown statements that lead the report.
    public var highlights: [String]
    /// Killed, injured, missing, affected, cases.
    public var casualties: [Figure]
    /// Displaced, refugees, at the border, stranded, evacuated, homeless, returned.
    public var displacement: [Figure]
    /// Houses destroyed or damaged.
    public var damage: [Figure]
    /// Border status.
    public var borders: [Border]
    /// Aid flights.
    public var aidFlights: [AidFlight]
    /// International responses.
    public var responses: [Response]
    /// Measures of the affected government.
    public var measures: [Measure]
    /// Allegations and their denials.
    public var allegations: [Allegation]
    /// Where the facts come from.
    public var sources: [Source]

    /// The format version this build reads and writes.
    public static let formatVersion = 1

    /// The highest edition number a situation file may give. An edition counts reports: one a day
    /// for a century is 36,525, so a larger number is a typo, and a number near `Int.max` could not
    /// be followed by a next edition.
    public static let maximumEdition = 999_999

    /// Creates a situation with the required fields and empty sections.
    public init(id: String, crisis: String, country: Country, edition: Int, asOf: SitrepDate) {
        self.sitrep = Situation.formatVersion
        self.id = id
        self.crisis = crisis
        self.country = country
        self.places = []
        self.edition = edition
        self.asOf = asOf
        self.contacts = []
        self.highlights = []
        self.casualties = []
        self.displacement = []
        self.damage = []
        self.borders = []
        self.aidFlights = []
        self.responses = []
        self.measures = []
        self.allegations = []
        self.sources = []
    }

    /// Every figure, in section order: casualties, displacement, damage.
    public var figures: [Figure] { casualties + displacement + damage }

    /// The figures of one section.
    public func figures(in section: FigureSection) -> [Figure] {
        switch section {
        case .casualties: casualties
        case .displacement: displacement
        case .damage: damage
        }
    }

    /// The source entry with this id.
    public func source(withID id: String) -> Source? { sources.first { $0.id == id } }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case sitrep, id, crisis, country, places, edition
        case asOf = "as_of"
        case exercise, organisation
        case disasterType = "disaster_type"
        case nextReport = "next_report"
        case contacts, summary, highlights, casualties, displacement, damage, borders
        case aidFlights = "aid_flights"
        case responses, measures, allegations, sources
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        sitrep = try container.decode(Int.self, forKey: .sitrep)
        id = try container.decode(String.self, forKey: .id)
        crisis = try container.decode(String.self, forKey: .crisis)
        country = try container.decode(Country.self, forKey: .country)
        places = try container.decodeIfPresent([String].self, forKey: .places) ?? []
        edition = try container.decode(Int.self, forKey: .edition)
        asOf = try container.decode(SitrepDate.self, forKey: .asOf)
        exercise = try container.decodeIfPresent(Bool.self, forKey: .exercise)
        organisation = try container.decodeIfPresent(String.self, forKey: .organisation)
        disasterType = try container.decodeIfPresent(DisasterType.self, forKey: .disasterType)
        nextReport = try container.decodeIfPresent(SitrepDate.self, forKey: .nextReport)
        contacts = try container.decodeIfPresent([Contact].self, forKey: .contacts) ?? []
        summary = try container.decodeIfPresent(String.self, forKey: .summary)
        highlights = try container.decodeIfPresent([String].self, forKey: .highlights) ?? []
        casualties = try container.decodeIfPresent([Figure].self, forKey: .casualties) ?? []
        displacement = try container.decodeIfPresent([Figure].self, forKey: .displacement) ?? []
        damage = try container.decodeIfPresent([Figure].self, forKey: .damage) ?? []
        borders = try container.decodeIfPresent([Border].self, forKey: .borders) ?? []
        aidFlights = try container.decodeIfPresent([AidFlight].self, forKey: .aidFlights) ?? []
        responses = try container.decodeIfPresent([Response].self, forKey: .responses) ?? []
        measures = try container.decodeIfPresent([Measure].self, forKey: .measures) ?? []
        allegations = try container.decodeIfPresent([Allegation].self, forKey: .allegations) ?? []
        sources = try container.decodeIfPresent([Source].self, forKey: .sources) ?? []
    }
}

/// What kind of disaster the crisis is.
public enum DisasterType: String, ModelEnum {
    case conflict, earthquake, flood, cyclone, epidemic, drought, other
    public static let fieldDescription = "disaster type"
}
