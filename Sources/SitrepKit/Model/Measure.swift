/// A measure the affected government took: a state of emergency, a curfew, a border closure.
public struct Measure: Sendable, Hashable, Codable {
    /// A stable identity across editions, when the file gives one.
    public var id: String?
    /// What kind of measure.
    public var kind: MeasureKind
    /// Where it applies.
    public var place: String?
    /// Other details.
    public var detail: String?
    /// When it took effect, if not the edition's date.
    public var asOf: SitrepDate?
    /// The id of the entry in `sources` that reports it.
    public var source: String?
    /// The exact sentence it came from.
    public var quote: String?

    /// Creates a measure entry.
    public init(
        id: String? = nil, kind: MeasureKind, place: String? = nil, detail: String? = nil, asOf: SitrepDate? = nil,
        source: String? = nil, quote: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.place = place
        self.detail = detail
        self.asOf = asOf
        self.source = source
        self.quote = quote
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, kind, place, detail
        case asOf = "as_of"
        case source, quote
    }
}

/// The kinds of government measure a sitrep tracks.
public enum MeasureKind: String, ModelEnum {
    case stateOfEmergency = "state_of_emergency"
    case curfew
    case borderClosure = "border_closure"
    case evacuationOrder = "evacuation_order"
    case other

    public static let fieldDescription = "measure kind"
}
