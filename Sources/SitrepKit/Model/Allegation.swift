/// A claim reported but not established, with whether it was denied or confirmed.
public struct Allegation: Sendable, Hashable, Codable {
    /// A stable identity across editions, when the file gives one.
    public var id: String?
    /// What is claimed.
    public var claim: String
    /// Unverified, denied or confirmed.
    public var status: AllegationStatus
    /// Who makes the claim.
    public var allegedBy: String?
    /// Who denied it.
    public var deniedBy: String?
    /// Other details.
    public var detail: String?
    /// The id of the entry in `sources` that reports it.
    public var source: String?
    /// The exact sentence it came from.
    public var quote: String?

    /// Creates an allegation entry.
    public init(
        id: String? = nil, claim: String, status: AllegationStatus, allegedBy: String? = nil, deniedBy: String? = nil,
        detail: String? = nil, source: String? = nil, quote: String? = nil
    ) {
        self.id = id
        self.claim = claim
        self.status = status
        self.allegedBy = allegedBy
        self.deniedBy = deniedBy
        self.detail = detail
        self.source = source
        self.quote = quote
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, claim, status
        case allegedBy = "alleged_by"
        case deniedBy = "denied_by"
        case detail, source, quote
    }
}

/// Whether an allegation stands unverified, was denied or was confirmed.
public enum AllegationStatus: String, ModelEnum {
    case unverified, denied, confirmed
    public static let fieldDescription = "allegation status"
}
