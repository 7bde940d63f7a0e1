/// Who acts in a response: a country (by ISO code) or an organisation (by name).
public enum Actor: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A country, written as its ISO code.
    case country(Country)
    /// An organisation, a leader or any actor that is not a country, written as its name.
    case organisation(String)

    /// Reads a country code, country name or demonym as a country, anything else as an organisation.
    public init(_ text: String) {
        if let country = Country(named: text) {
            self = .country(country)
        } else {
            self = .organisation(text)
        }
    }

    /// The name a report shows: "Russia", "Shanghai Cooperation Organisation".
    public var name: String {
        switch self {
        case .country(let country): country.name
        case .organisation(let name): name
        }
    }

    /// The form written to a file: the ISO code or the name.
    public var description: String {
        switch self {
        case .country(let country): country.code
        case .organisation(let name): name
        }
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { throw ModelValueError("an actor may not be empty") }
        self.init(text)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
