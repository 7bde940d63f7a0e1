/// The state of the border between two countries.
public struct Border: Sendable, Hashable, Codable {
    /// A stable identity across editions, when the file gives one.
    public var id: String?
    /// The two countries the border lies between.
    public var between: [Country]
    /// Open, restricted, closed or unknown.
    public var status: BorderStatus
    /// Who closed or restricted it.
    public var closedBy: String?
    /// How it is restricted, or other details.
    public var detail: String?
    /// When the status was true, if not the edition's date.
    public var asOf: SitrepDate?
    /// The id of the entry in `sources` that reports it.
    public var source: String?
    /// The exact sentence it came from.
    public var quote: String?

    /// Creates a border entry.
    public init(
        id: String? = nil, between: [Country], status: BorderStatus, closedBy: String? = nil,
        detail: String? = nil, asOf: SitrepDate? = nil, source: String? = nil, quote: String? = nil
    ) {
        self.id = id
        self.between = between
        self.status = status
        self.closedBy = closedBy
        self.detail = detail
        self.asOf = asOf
        self.source = source
        self.quote = quote
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, between, status
        case closedBy = "closed_by"
        case detail
        case asOf = "as_of"
        case source, quote
    }
}

/// Whether people can cross a border.
public enum BorderStatus: String, ModelEnum {
    case open, restricted, closed, unknown
    public static let fieldDescription = "border status"
    public static let synonyms: [String: BorderStatus] = ["shut": .closed, "sealed": .closed, "reopened": .open, "opened": .open, "partly open": .restricted]
}
