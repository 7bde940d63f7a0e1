/// What a country or organisation did or said about the crisis.
public struct Response: Sendable, Hashable, Codable {
    /// A stable identity across editions, when the file gives one.
    public var id: String?
    /// Who responded.
    public var actor: Actor
    /// What kind of response.
    public var kind: ResponseKind
    /// To whom, when it is directed at someone.
    public var target: Actor?
    /// Who said it, with their role.
    public var speaker: String?
    /// What was done or said, briefly.
    public var detail: String?
    /// The id of the entry in `sources` that reports it.
    public var source: String?
    /// The exact sentence it came from.
    public var quote: String?

    /// Creates a response entry.
    public init(
        id: String? = nil, actor: Actor, kind: ResponseKind, target: Actor? = nil, speaker: String? = nil,
        detail: String? = nil, source: String? = nil, quote: String? = nil
    ) {
        self.id = id
        self.actor = actor
        self.kind = kind
        self.target = target
        self.speaker = speaker
        self.detail = detail
        self.source = source
        self.quote = quote
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, actor, kind, target, speaker, detail, source, quote
    }
}

/// The kinds of international response a sitrep tracks.
public enum ResponseKind: String, ModelEnum {
    case troopsRequested = "troops_requested"
    case troopsSent = "troops_sent"
    case troopsDeclined = "troops_declined"
    case aidPledged = "aid_pledged"
    case aidSent = "aid_sent"
    case appealForCalm = "appeal_for_calm"
    case consultation, evacuation, sanctions, statement, other

    public static let fieldDescription = "response kind"
}
