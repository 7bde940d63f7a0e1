/// A number of something found in a sentence: where it is and the ``Count`` its words give.
struct CountMention: Sendable, Hashable {
    /// The first token of the phrase, qualifier included.
    let start: Int
    /// The first token of the number itself.
    let coreStart: Int
    /// One past the last token of the phrase.
    let end: Int
    /// The count the words give.
    let count: Count
    /// Whether the phrase is a word for a quantity ("thousands") rather than a number.
    let isVague: Bool
    /// Whether the phrase starts with "between" (its range may use "and").
    let isBetween: Bool
}
