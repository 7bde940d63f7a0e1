/// One sentence of an article, whitespace collapsed, as a quote gives it.
struct ExtractionSentence: Sendable, Hashable {
    /// The text, exactly as it will be quoted.
    let text: String
    /// Its position among the article's sentences, from 0 (the headline, when there is one).
    let index: Int
    /// Whether it is the article's headline rather than a sentence of its body.
    let isTitle: Bool
}
