/// One of the two editions a diff compares, as its outputs name it.
public struct DiffSide: Sendable, Hashable {
    /// The file as the user named it ("Reports/…/edition-001.yaml").
    public let file: String
    /// The crisis slug.
    public let crisisID: String
    /// The crisis title.
    public let crisis: String
    /// The affected country.
    public let country: Country
    /// The edition number.
    public let edition: Int
    /// The edition's as-of date.
    public let asOf: SitrepDate
    /// Whether the crisis is an exercise.
    public let exercise: Bool

    /// The side for a situation read from `file`.
    public init(situation: Situation, file: String) {
        self.file = file
        self.crisisID = situation.id
        self.crisis = situation.crisis
        self.country = situation.country
        self.edition = situation.edition
        self.asOf = situation.asOf
        self.exercise = situation.exercise == true
    }

    /// "edition 2 (15 March 2031)".
    public var title: String { "edition \(edition) (\(asOf.longText))" }
}
