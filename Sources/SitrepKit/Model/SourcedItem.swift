/// An item of a situation that states a fact and so must name its source.
public protocol SourcedItem: Sendable {
    /// The id of the entry in `sources` that reports it.
    var source: String? { get }
    /// The exact sentence it came from.
    var quote: String? { get }
}

extension Figure: SourcedItem {}
extension Border: SourcedItem {}
extension AidFlight: SourcedItem {}
extension Response: SourcedItem {}
extension Measure: SourcedItem {}
extension Allegation: SourcedItem {}

extension Situation {
    /// Every item that states a fact, with its coding path in the file (`casualties[0]`), in file order.
    public var sourcedItems: [(path: String, item: any SourcedItem)] {
        func entries(_ key: CodingKeys, _ items: [any SourcedItem]) -> [(path: String, item: any SourcedItem)] {
            items.enumerated().map { ("\(key.rawValue)[\($0.offset)]", $0.element) }
        }
        return entries(.casualties, casualties) + entries(.displacement, displacement) + entries(.damage, damage)
            + entries(.borders, borders) + entries(.aidFlights, aidFlights) + entries(.responses, responses)
            + entries(.measures, measures) + entries(.allegations, allegations)
    }
}
