/// Splits text into runs of characters between white space, quickly: the text is read as UTF-8
/// bytes, ASCII white space is found byte by byte, and Unicode is asked only about the few lead
/// bytes that can start a white-space scalar (a no-break space is one).
enum WhitespaceWords {
    /// The words of `text`, in order.
    static func split(_ text: String) -> [Substring] {
        var words: [Substring] = []
        let utf8 = text.utf8
        var start: String.Index?
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            var spaceWidth = 0
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                spaceWidth = 1
            } else if byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3 {
                let scalar = text.unicodeScalars[index]
                if scalar.properties.isWhitespace { spaceWidth = UTF8.width(scalar) }
            }
            if spaceWidth > 0 {
                if let begin = start { words.append(text[begin..<index]); start = nil }
                index = utf8.index(index, offsetBy: spaceWidth)
            } else {
                if start == nil { start = index }
                index = utf8.index(after: index)
            }
        }
        if let begin = start { words.append(text[begin..<text.endIndex]) }
        return words
    }
}
