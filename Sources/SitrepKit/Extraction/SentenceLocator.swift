/// Finds where a sentence, as extraction quotes it, stands in the file its article came from, so
/// that a warning about it names a line and a column.
///
/// A quoted sentence is the body's text with its white space collapsed, so it is found by its words:
/// the first body word that starts the sentence's first words, in order, is where it begins. Only a
/// text article's body is the file's own text; a field note gives the line of its note (its column
/// is not kept once the bullet is cut), a JSON Lines article its line (for its headline too), an
/// HTML page and a text article's headline nothing. Sentences are asked for in the order they come:
/// each is looked for after the one found before, so a sentence written twice is found twice.
/// The body's words are listed once, when the locator is made: make one only when there is
/// something to say.
struct SentenceLocator {
    /// A word of the body: where it starts, as a line of the body and a column in that line.
    private struct Word {
        let text: Substring
        let line: Int
        let column: Int
    }

    private let article: Article
    private let words: [Word]
    /// Where the search for the next sentence starts.
    private var next = 0

    /// How many of a sentence's first words must follow one another in the body.
    private static let wordsMatched = 6

    /// A locator for `article`'s sentences.
    init(_ article: Article) {
        self.article = article
        var words: [Word] = []
        // Only a text article's or a field note's body is read word by word: the others' places
        // are the article's own.
        let isVerbatim = if case .verbatim = article.bodyPlace { true } else { false }
        guard isVerbatim || article.noteLines != nil else {
            self.words = []
            return
        }
        // Read as bytes: white space is what the sentence splitter takes for it (every byte up to
        // the space, and the no-break space); a column counts the scalars before it, one per leading byte.
        var line = 0, column = 1
        var start: String.Index?, startColumn = 1
        let body = article.body, bytes = body.utf8
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            var after = bytes.index(after: index)
            let isNoBreakSpace = byte == 0xC2 && after < bytes.endIndex && bytes[after] == 0xA0
            if byte <= 0x20 || isNoBreakSpace {
                if let begin = start { words.append(Word(text: body[begin..<index], line: line, column: startColumn)) }
                start = nil
                if isNoBreakSpace { after = bytes.index(after: after) }
                if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
            } else {
                if start == nil { start = index; startColumn = column }
                if byte & 0xC0 != 0x80 { column += 1 }
            }
            index = after
        }
        if let begin = start { words.append(Word(text: body[begin...], line: line, column: startColumn)) }
        self.words = words
    }

    /// Where `sentence` starts in the article's file, when it can be told; `isTitle` for the headline.
    mutating func location(of sentence: String, isTitle: Bool = false) -> SourceLocation? {
        if article.bodyPlace == .escaped { return SourceLocation(line: article.line, column: 1) }
        guard !isTitle else { return nil }
        let all = sentence.split(separator: " ")
        let wanted = Array(all.prefix(Self.wordsMatched))
        guard let first = wanted.first else { return nil }
        // A sentence's first word may end a word of the body ("operations.Two" holds "Two"), and
        // the last word of a sentence matched whole may start one ("hurt.Two" holds "hurt.").
        let endsSentence = all.count == wanted.count
        func matches(_ written: Substring, _ word: Substring, at offset: Int) -> Bool {
            let text = written.utf8.contains(0xAD) ? Substring(written.replacingOccurrences(of: "\u{AD}", with: "")) : written
            if offset == 0 { return text.hasSuffix(word) }
            if offset == wanted.count - 1, endsSentence { return text.hasPrefix(word) }
            return text == word
        }
        for position in next..<words.count where position + wanted.count <= words.count {
            guard wanted.indices.allSatisfy({ matches(words[position + $0].text, wanted[$0], at: $0) }) else { continue }
            // The next sentence may start in the word this one ends in.
            next = position + wanted.count - (endsSentence ? 1 : 0)
            let word = words[position]
            // A sentence that starts inside a word starts where its first word does in it.
            let column = word.column + word.text.unicodeScalars.count - first.unicodeScalars.count
            if let lines = article.noteLines {
                return word.line < lines.count ? SourceLocation(line: lines[word.line], column: 1) : nil
            }
            guard case .verbatim(let start) = article.bodyPlace else { return nil }
            return word.line == 0
                ? SourceLocation(line: start.line, column: start.column + column - 1)
                : SourceLocation(line: start.line + word.line, column: column)
        }
        return nil
    }
}
