/// A closed list of words a situation file may use for one field (a metric, a status, a kind).
///
/// Decoding an unknown word fails with a message listing the accepted words and the closest one.
public protocol ModelEnum: RawRepresentable, CaseIterable, Codable, Sendable, Hashable
where RawValue == String {
    /// The field's name as a person would say it ("border status"), used in error messages.
    static var fieldDescription: String { get }
    /// Words people write for a value that are not one ("landed" for `arrived`): an error suggests
    /// the value, where spelling alone would suggest a wrong one ("planned").
    static var synonyms: [String: Self] { get }
}

extension ModelEnum {
    /// No synonyms.
    public static var synonyms: [String: Self] { [:] }
}

extension ModelEnum {
    /// Reads the word, failing with the accepted words and a suggestion when it is not one of them.
    public init(from decoder: Decoder) throws {
        let word = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(rawValue: word) else {
            let accepted = Self.allCases.map(\.rawValue)
            var message = "'\(word)' is not a valid \(Self.fieldDescription); expected one of: \(accepted.joined(separator: ", "))"
            if let suggestion = Self.synonyms[word.lowercased()]?.rawValue ?? Suggestion.closest(to: word, among: accepted) {
                message += " (did you mean '\(suggestion)'?)"
            }
            throw ModelValueError(message)
        }
        self = value
    }

    /// Writes the word.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The word with underscores as spaces, for reports ("at_border" → "at border").
    public var label: String { rawValue.replacingOccurrences(of: "_", with: " ") }
}
