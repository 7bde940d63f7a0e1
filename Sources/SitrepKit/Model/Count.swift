/// A number of people or things as a person wrote it ("at least 77", "thousands", "77–80"),
/// with the structured bounds read from those words.
///
/// A count never holds a number its text does not: text with no number in it is ``Qualifier/unknown``.
/// Printing a count gives back the words that were read, so a file survives load → save unchanged.
public struct Count: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How the written number relates to the true one.
    public enum Qualifier: String, ModelEnum {
        /// Names the field in error messages.
        public static let fieldDescription = "count qualifier"

        /// Exactly the number written ("77").
        case exact
        /// The number or more ("at least 77", "77+").
        case atLeast = "at_least"
        /// Strictly more than the number ("more than 1,000", "over 1000").
        case moreThan = "more_than"
        /// Just under the number ("nearly 1,000", "almost 1000").
        case nearly
        /// Roughly the number ("about 300", "some 300", "an estimated 300").
        case about
        /// The number at most ("up to 500", "as many as 500").
        case upTo = "up_to"
        /// Between two numbers ("77-80", "between 77 and 80").
        case range
        /// A word for an order of magnitude ("thousands").
        case vague
        /// Not known.
        case unknown
    }

    /// The words as written in the file or article.
    public let text: String
    /// How the number relates to the truth.
    public let qualifier: Qualifier
    /// The lowest the true number can be, when the words say.
    public let low: Int?
    /// The highest the true number can be, when the words say.
    public let high: Int?

    /// Creates a count from its parts; prefer ``init(parsing:)``, which derives them from the words.
    public init(text: String, qualifier: Qualifier, low: Int?, high: Int?) {
        self.text = text
        self.qualifier = qualifier
        self.low = low
        self.high = high
    }

    /// A count that is not known, written as `unknown`.
    public static let unknown = Count(text: "unknown", qualifier: .unknown, low: nil, high: nil)

    /// The words as written.
    public var description: String { text }

    /// The number the words name: 1,000 for "nearly 1,000" and for "more than 1,000", the lower end of
    /// a range or vague word. Nil when unknown. Use it to compare and chart, never to add up.
    public var value: Int? {
        switch qualifier {
        case .exact, .atLeast, .about, .range, .vague: return low
        case .moreThan: return low.map { $0 - 1 }
        case .nearly: return high.map { $0 + 1 }
        case .upTo: return high
        case .unknown: return nil
        }
    }

    /// Whether the text holds a number at all (an `unknown` count does not).
    public var isKnown: Bool { qualifier != .unknown }
}

extension Count {
    /// The key in an encoder's `userInfo` that asks for the JSON object form
    /// (`{"text", "qualifier", "low", "high"}`) instead of the words alone.
    public static let objectFormKey = CodingUserInfoKey(rawValue: "sitrep.count.objectForm")!

    /// The fields of the object form.
    enum ObjectKeys: String, CodingKey, CaseIterable {
        case text, qualifier, low, high
    }

    /// Reads the words (YAML) or the object form (JSON); the words decide, the other fields are
    /// derived, and those the object gives must agree with them (``checkAgreement(with:)``).
    public init(from decoder: Decoder) throws {
        let text: String
        var object: KeyedDecodingContainer<ObjectKeys>?
        if let node = (decoder as? NodeDecoder)?.node, case .mapping = node {
            object = try decoder.container(keyedBy: ObjectKeys.self)
            text = try object!.decode(String.self, forKey: .text)
        } else if let node = (decoder as? NodeDecoder)?.node, case .sequence = node {
            throw ModelValueError("expected a count such as 77, 'at least 77', '77-80', 'thousands' or 'unknown', found a list")
        } else if let words = try? decoder.singleValueContainer().decode(String.self) {
            text = words
        } else {
            object = try decoder.container(keyedBy: ObjectKeys.self)
            text = try object!.decode(String.self, forKey: .text)
        }
        guard let count = Count(parsing: text) else {
            throw ModelValueError(Count.nearMissAdvice(for: text) ?? "'\(text)' is not a count; write a number (77, 1,200, seventy-seven, 1.2 million), a qualified number (at least 77, about 300), a range (77-80), a vague word (hundreds, thousands) or 'unknown'")
        }
        guard count.isKnown || Count.unknownWords.contains(text.lowercased()) else {
            throw ModelValueError(Count.nearMissAdvice(for: text) ?? "'\(text)' holds no number; write 'unknown' when the figure is not known")
        }
        try object.map(count.checkAgreement(with:))
        self = count
    }

    /// Writes the words, as a plain integer when they are one, or the object form when asked.
    public func encode(to encoder: Encoder) throws {
        if encoder.userInfo[Count.objectFormKey] as? Bool == true {
            var object = encoder.container(keyedBy: ObjectKeys.self)
            try object.encode(text, forKey: .text)
            try object.encode(qualifier, forKey: .qualifier)
            try object.encode(low, forKey: .low)
            try object.encode(high, forKey: .high)
        } else {
            var single = encoder.singleValueContainer()
            if let integer = Int(text), String(integer) == text {
                try single.encode(integer)
            } else {
                try single.encode(text)
            }
        }
    }
}
