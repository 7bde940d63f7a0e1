/// One source of a key figure and the counts it gives, as the card shows them ("at least 100"),
/// so a card that shows several counts ties each to its own source.
public struct KeyFigureCitation: Sendable, Equatable {
    /// The id of the source, an entry of the situation's `sources`.
    public let source: String
    /// The words of each count this source gives on the card, lowest first.
    public var counts: [String]
}
