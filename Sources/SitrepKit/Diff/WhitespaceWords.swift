/// Splits text into runs of characters between white space, quickly: ASCII white space is found
/// byte by byte, and only other scalars ask Unicode whether they are white space (a no-break space is).
enum WhitespaceWords {
    /// The words of `text`, in order.
    static func split(_ text: String) -> [Substring] {
        var words: [Substring] = []
        var start: String.Index?
        var index = text.startIndex
        let scalars = text.unicodeScalars
        while index < text.endIndex {
            let scalar = scalars[index]
            let isSpace = scalar.isASCII
                ? scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar.value == 0x0B || scalar.value == 0x0C
                : scalar.properties.isWhitespace
            if isSpace {
                if let begin = start { words.append(text[begin..<index]); start = nil }
            } else if start == nil {
                start = index
            }
            index = scalars.index(after: index)
        }
        if let begin = start { words.append(text[begin..<text.endIndex]) }
        return words
    }
}
