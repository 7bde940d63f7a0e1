/// An article cut into sentences and tokens once, so finding its country and reading its facts
/// share the work.
struct ArticleSentences {
    /// The sentences as quoted: the headline first when there is one, then the body's.
    let sentences: [(text: String, isTitle: Bool)]
    /// The tokens of each sentence, in the same order.
    let tokens: [[ExtractionToken]]
    /// How many sentences the body has.
    let bodyCount: Int

    /// Cuts the article's headline and body.
    init(_ article: Article) {
        let body = ExtractionSentenceSplitter.split(article.body)
        var sentences: [(text: String, isTitle: Bool)] = body.map { ($0, false) }
        if let title = article.title, !title.isEmpty {
            sentences.insert((ExtractionSentenceSplitter.split(title).joined(separator: " "), true), at: 0)
        }
        self.sentences = sentences
        tokens = sentences.map { ExtractionTokenizer.tokens($0.text) }
        bodyCount = body.count
    }

    /// The tokens of the body's sentences, without the headline's.
    var bodyTokens: ArraySlice<[ExtractionToken]> {
        tokens[(tokens.count - bodyCount)...]
    }
}
