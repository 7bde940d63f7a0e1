/// A word, number or punctuation mark of a sentence.
struct ExtractionToken: Sendable, Hashable {
    /// What a token is.
    enum Kind: Sendable, Hashable { case word, number, punctuation }

    /// Word, number or punctuation.
    let kind: Kind
    /// The text as written.
    let text: String
    /// The text in lower case, typographic apostrophes made straight.
    let lower: String
    /// Whether white space comes before it (false for "94-year-old" after the first part).
    let spaceBefore: Bool
    /// Whether letters follow a number without a space ("298km", "14th").
    let hasSuffix: Bool

    /// Whether it starts with a capital letter.
    var isCapitalised: Bool { text.first?.isUppercase == true }
    /// Whether it is a word.
    var isWord: Bool { kind == .word }
}
