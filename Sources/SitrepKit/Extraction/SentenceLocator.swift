/// Finds where a sentence, as extraction quotes it, stands in the file its article came from, so
/// that a warning about it names a line and a column.
///
/// A quoted sentence is the body's text with its white space collapsed, so it is found by its words:
/// the first body word that starts the sentence's first words, in order, is where it begins. Only a
/// text article's body is the file's own text; a field note gives the line of its note (its column
/// is not kept once the bullet is cut), a JSON Lines article its line, an HTML page nothing.
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

    /// How many of a sentence's first words must follow one another in the body.
    private static let wordsMatched = 6

    /// A locator for `article`'s sentences.
    init(_ article: Article) {
        self.article = article
        // Read as bytes: white space is what the sentence splitter takes for it (ASCII white space
        // and the no-break space); a column counts the scalars before it, one per leading byte.
        var words: [Word] = []
        var line = 0, column = 1
        var start: String.Index?, startColumn = 1
        let body = article.body, bytes = body.utf8
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            var next = bytes.index(after: index)
            let isNoBreakSpace = byte == 0xC2 && next < bytes.endIndex && bytes[next] == 0xA0
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || isNoBreakSpace {
                if let begin = start { words.append(Word(text: body[begin..<index], line: line, column: startColumn)) }
                start = nil
                if isNoBreakSpace { next = bytes.index(after: next) }
                if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
            } else {
                if start == nil { start = index; startColumn = column }
                if byte & 0xC0 != 0x80 { column += 1 }
            }
            index = next
        }
        if let begin = start { words.append(Word(text: body[begin...], line: line, column: startColumn)) }
        self.words = words
    }

    /// Where `sentence` starts in the article's file, when it can be told.
    func location(of sentence: String) -> SourceLocation? {
        if case .line(let line) = article.bodyPlace { return SourceLocation(line: line, column: 1) }
        guard article.noteLines != nil || article.bodyPlace != nil else { return nil }
        let wanted = sentence.split(separator: " ").prefix(Self.wordsMatched)
        guard let first = wanted.first else { return nil }
        let rest = wanted.dropFirst()
        for (position, word) in words.enumerated() where word.text.hasSuffix(first) {
            guard position + rest.count < words.count, zip(words[(position + 1)...], rest).allSatisfy({ $0.text == $1 }) else { continue }
            // A sentence that starts inside a word ("operations.Two") starts where its word does in it.
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
