/// One number reported by one source: "77 people killed in Osh, says the BBC".
///
/// Several figures for the same metric, group and place may stand side by side; they are never added up.
public struct Figure: Sendable, Hashable, Codable {
    /// A stable identity across editions, when the file gives one.
    public var id: String?
    /// What is counted.
    public var metric: Metric
    /// How many, as written.
    public var count: Count
    /// Who: "people", "children", "ethnic Uzbeks".
    public var group: String?
    /// Where.
    public var place: String?
    /// When the number was true, if not the edition's date.
    public var asOf: SitrepDate?
    /// Whether the number is a running total or new since the last edition.
    public var scope: FigureScope?
    /// Whether this figure is the one the report headlines for its metric.
    public var headline: Bool?
    /// More about the figure.
    public var detail: String?
    /// Why the figure changed, when it fell or was corrected.
    public var note: String?
    /// The id of the entry in `sources` that reports it.
    public var source: String?
    /// The exact sentence it came from.
    public var quote: String?

    /// Creates a figure.
    public init(
        id: String? = nil, metric: Metric, count: Count, group: String? = nil, place: String? = nil,
        asOf: SitrepDate? = nil, scope: FigureScope? = nil, headline: Bool? = nil, detail: String? = nil,
        note: String? = nil, source: String? = nil, quote: String? = nil
    ) {
        self.id = id
        self.metric = metric
        self.count = count
        self.group = group
        self.place = place
        self.asOf = asOf
        self.scope = scope
        self.headline = headline
        self.detail = detail
        self.note = note
        self.source = source
        self.quote = quote
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, metric, count, group, place
        case asOf = "as_of"
        case scope, headline, detail, note, source, quote
    }
}

/// Whether a figure is a running total or counts only what is new since the last edition.
public enum FigureScope: String, ModelEnum {
    case cumulative, new
    public static let fieldDescription = "figure scope"
}
