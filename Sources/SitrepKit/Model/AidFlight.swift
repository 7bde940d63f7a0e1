/// A plane, flight or airlift carrying relief, people or a medical evacuation.
public struct AidFlight: Sendable, Hashable, Codable {
    /// A stable identity across editions, when the file gives one.
    public var id: String?
    /// The country it left from.
    public var from: Country?
    /// The country it flies to.
    public var to: Country?
    /// The day it left or is due.
    public var date: SitrepDate?
    /// What it carries: "medical supplies".
    public var cargo: String?
    /// What it is for.
    public var purpose: [FlightPurpose]
    /// Planned, dispatched, arrived or cancelled.
    public var status: FlightStatus
    /// How many flights, when more than one.
    public var flights: Int?
    /// Other details.
    public var detail: String?
    /// The id of the entry in `sources` that reports it.
    public var source: String?
    /// The exact sentence it came from.
    public var quote: String?

    /// Creates an aid flight entry.
    public init(
        id: String? = nil, from: Country? = nil, to: Country? = nil, date: SitrepDate? = nil, cargo: String? = nil,
        purpose: [FlightPurpose] = [], status: FlightStatus, flights: Int? = nil, detail: String? = nil,
        source: String? = nil, quote: String? = nil
    ) {
        self.id = id
        self.from = from
        self.to = to
        self.date = date
        self.cargo = cargo
        self.purpose = purpose
        self.status = status
        self.flights = flights
        self.detail = detail
        self.source = source
        self.quote = quote
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, from, to, date, cargo, purpose, status, flights, detail, source, quote
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        from = try container.decodeIfPresent(Country.self, forKey: .from)
        to = try container.decodeIfPresent(Country.self, forKey: .to)
        date = try container.decodeIfPresent(SitrepDate.self, forKey: .date)
        cargo = try container.decodeIfPresent(String.self, forKey: .cargo)
        purpose = try container.decodeIfPresent([FlightPurpose].self, forKey: .purpose) ?? []
        status = try container.decode(FlightStatus.self, forKey: .status)
        flights = try container.decodeIfPresent(Int.self, forKey: .flights)
        detail = try container.decodeIfPresent(String.self, forKey: .detail)
        source = try container.decodeIfPresent(String.self, forKey: .source)
        quote = try container.decodeIfPresent(String.self, forKey: .quote)
    }
}

/// Where an aid flight is in its journey.
public enum FlightStatus: String, ModelEnum {
    case planned, dispatched, arrived, cancelled
    public static let fieldDescription = "flight status"
    public static let synonyms: [String: FlightStatus] = [
        "landed": .arrived, "delivered": .arrived, "departed": .dispatched, "sent": .dispatched, "en route": .dispatched,
        "scheduled": .planned, "expected": .planned, "canceled": .cancelled, "called off": .cancelled,
    ]
}

/// What an aid flight is for.
public enum FlightPurpose: String, ModelEnum {
    case relief, medevac, personnel, other
    public static let fieldDescription = "flight purpose"
}
