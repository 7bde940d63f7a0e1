/// Splits text into runs of characters between white space, quickly: the text is read as UTF-8
/// bytes, ASCII white space is found byte by byte, and Unicode is asked only about the few lead
/// bytes that can start a white-space scalar (a no-break space is one).
///
/// The words come one at a time, so a question that the first words answer (is there any word, do
/// two texts start alike) reads no further than those.
struct WhitespaceWords: Sequence, IteratorProtocol {
    private let text: String
    private var index: String.Index

    /// The words of `text`, in order, one at a time.
    init(_ text: String) {
        self.text = text
        self.index = text.utf8.startIndex
    }

    /// The words of `text`, in order.
    static func split(_ text: String) -> [Substring] {
        Array(WhitespaceWords(text))
    }

    /// Whether `text` holds no word: it is empty or only white space.
    static func isBlank(_ text: String) -> Bool {
        var words = WhitespaceWords(text)
        return words.next() == nil
    }

    /// Whether two texts hold the same words in the same order (``split(_:)`` of each is equal),
    /// read only up to the first word that differs.
    static func haveSameWords(_ a: String, _ b: String) -> Bool {
        var left = WhitespaceWords(a), right = WhitespaceWords(b)
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return true
            case let (leftWord?, rightWord?) where leftWord == rightWord: continue
            default: return false
            }
        }
    }

    /// The next word, or nil after the last.
    mutating func next() -> Substring? {
        let utf8 = text.utf8
        var start: String.Index?
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
                if let begin = start { return text[begin..<index] }
                index = utf8.index(index, offsetBy: spaceWidth)
            } else {
                if start == nil { start = index }
                index = utf8.index(after: index)
            }
        }
        return start.map { text[$0..<text.endIndex] }
    }
}
