/// A country named by its ISO 3166-1 alpha-2 code. A file may also name it in English
/// ("Uzbekistan") or by its demonym ("Uzbek"); both are normalised to the code.
public struct Country: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The upper-case ISO 3166-1 alpha-2 code ("KG").
    public let code: String

    /// The country with this code; nil when the code is not in ISO 3166-1.
    public init?(code: String) {
        guard Country.recordsByCode[code.uppercased()] != nil else { return nil }
        self.code = code.uppercased()
    }

    /// The country a code, English name, alias or demonym names; nil when none does.
    public init?(named text: String) {
        // Text starting and ending with a visible ASCII character has nothing to trim.
        let isTrimmed = text.utf8.first.map { $0 > 0x20 && $0 < 0x7F } == true && text.utf8.last.map { $0 > 0x20 && $0 < 0x7F } == true
        if isTrimmed, text.utf8.count != 2, let found = text.withASCIIBytes({ Country.codesByNameTable.value(asciiLowercasing: $0[...]) }) {
            // An ASCII name is looked up from its bytes: no lower-case copy, no seeded hash. The
            // extractor asks this of every place a figure names.
            guard let code = found else { return nil }
            self.code = code
            return
        }
        let trimmed = isTrimmed ? text : text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.count == 2, let country = Country(code: trimmed) {
            self = country
        } else if let code = Country.codesByName[Country.key(trimmed)] {
            self.code = code
        } else {
            return nil
        }
    }

    /// The English short name ("Kyrgyzstan").
    public var name: String { Country.recordsByCode[code]?.name ?? code }

    /// The name as a sentence writes it after "in": "the Philippines", "the United States", "Kyrgyzstan".
    public var nameInSentence: String {
        Country.codesTakingThe.contains(code) || name.hasSuffix(" Islands") ? "the \(name)" : name
    }

    /// Countries whose short name takes "the" in a sentence (besides every "… Islands").
    private static let codesTakingThe: Set<String> = ["AE", "BS", "CF", "CG", "DO", "GB", "GM", "KM", "MV", "NL", "PH", "SC", "US"]

    /// The capital city, if the table has one.
    public var capital: String? { Country.recordsByCode[code].flatMap { $0.capital.isEmpty ? nil : $0.capital } }

    /// The adjective for the country's people ("Kyrgyz").
    public var demonym: String? { Country.recordsByCode[code]?.demonyms.first }

    public var description: String { code }

    /// Every country in the table, by code.
    public static var all: [Country] { countryTable.map { Country(uncheckedCode: $0.code) } }

    private init(uncheckedCode: String) { self.code = uncheckedCode }

    /// The country with a code taken from the table itself (a value of ``codesByName``), not checked again.
    static func fromTable(code: String) -> Country { Country(uncheckedCode: code) }

    public static func < (lhs: Country, rhs: Country) -> Bool { lhs.code < rhs.code }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let country = Country(named: text) else {
            var message = "'\(text)' is not a country; write an ISO 3166-1 alpha-2 code (KG) or an English name (Kyrgyzstan)"
            let names = countryTable.map(\.name)
            if let suggestion = Suggestion.closest(to: text, among: names) {
                message += " (did you mean '\(suggestion)'?)"
            }
            throw ModelValueError(message)
        }
        self = country
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }

    /// The form of a name used for look-ups: lower case, typographic apostrophes made straight.
    static func key(_ text: String) -> String {
        let lower = text.lowercased()
        // U+2019 is E2 80 99 in UTF-8: text without the byte E2 has none to replace.
        return lower.utf8.contains(0xE2) ? lower.replacingOccurrences(of: "\u{2019}", with: "'") : lower
    }

    private static let recordsByCode: [String: CountryRecord] = Dictionary(
        countryTable.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

    /// ``codesByName`` with the byte look-up of ``WordTable``.
    static let codesByNameTable = WordTable(codesByName)

    /// Names, aliases and demonyms, lower case, to codes; the first country to claim a word keeps it.
    static let codesByName: [String: String] = {
        var table: [String: String] = [:]
        for record in countryTable {
            for word in [record.name] + record.aliases where table[key(word)] == nil {
                table[key(word)] = record.code
            }
        }
        for record in countryTable {
            for word in record.demonyms where table[key(word)] == nil {
                table[key(word)] = record.code
            }
        }
        return table
    }()
}
