/// Cuts a sentence into words, numbers and punctuation, working on UTF-8 bytes for speed.
///
/// A number keeps its grouping and decimals ("1,000", "2,70,000", "36.9"); letters stuck to a
/// number become their own word marked as a suffix ("298km" → 298, km). Hyphens are tokens, so
/// "94-year-old" reads as 94 - year - old with no space before the parts.
enum ExtractionTokenizer {
    /// The tokens of `text`; without `wordClasses`, every token's classes are empty (the tables the
    /// classes come from are built with this, from tokens of names, and cannot look themselves up).
    static func tokens(_ text: String, wordClasses: Bool = true) -> [ExtractionToken] {
        // A sentence is a native String: its bytes are read in place, without copying them out.
        if let tokens = text.utf8.withContiguousStorageIfAvailable({ tokens($0, wordClasses: wordClasses) }) { return tokens }
        return Array(text.utf8).withUnsafeBufferPointer { tokens($0, wordClasses: wordClasses) }
    }

    /// The tokens of UTF-8 `bytes`.
    private static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, wordClasses: Bool) -> [ExtractionToken] {
        // The tables are read once here rather than through their lazy accessors at every token
        // (and the class table not at all without word classes: it is built from such tokens).
        let classTable = wordClasses ? ExtractionWordClasses.table : nil
        let marks = asciiMarks
        var tokens: [ExtractionToken] = []
        tokens.reserveCapacity(bytes.count / 5)
        var index = 0
        var space = true
        var afterNumber = false
        let count = bytes.count
        @inline(__always) func isLetter(_ byte: UInt8) -> Bool {
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0xC3 && byte <= 0xDF)
        }
        @inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 {
                space = true
                afterNumber = false
                index += 1
                continue
            }
            let start = index
            if isDigit(byte) {
                index += 1
                while index < count {
                    let current = bytes[index]
                    if isDigit(current) { index += 1; continue }
                    if (current == 0x2C || current == 0x2E), index + 1 < count, isDigit(bytes[index + 1]) { index += 1; continue }
                    break
                }
                let text = string(bytes[start..<index])
                tokens.append(ExtractionToken(kind: .number, text: text, lower: text, spaceBefore: space, hasSuffix: false))
                space = false
                afterNumber = true
                continue
            }
            if isLetter(byte), byte < 0xC0 || index + 1 < count {
                index += byte >= 0xC0 ? 2 : 1
                while index < count {
                    let current = bytes[index]
                    if current >= 0x41 && current <= 0x5A || current >= 0x61 && current <= 0x7A || isDigit(current) { index += 1; continue }
                    if current >= 0xC3 && current <= 0xDF, index + 1 < count { index += 2; continue }
                    // Apostrophes inside a word: Kyrgyzstan's, don't (straight or typographic).
                    if current == 0x27, index + 1 < count, isLetter(bytes[index + 1]) { index += 1; continue }
                    if current == 0xE2, index + 3 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99, isLetter(bytes[index + 3]) {
                        index += 3
                        continue
                    }
                    // Stops inside abbreviations: U.N., U.S., a.m.
                    if current == 0x2E, index + 1 < count, isLetter(bytes[index + 1]), index + 2 >= count || bytes[index + 2] == 0x2E {
                        index += 1
                        continue
                    }
                    if current == 0x2E, index >= 2, bytes[index - 2] == 0x2E { index += 1; break }
                    break
                }
                let word = bytes[start..<index]
                // One pass over an ASCII word: whether it has a capital, and the hash of its lower case.
                var isASCII = true
                var hasCapital = false
                var hash = WordHash.seed
                for current in word {
                    if current >= 0x80 { isASCII = false; break }
                    let isCapital = current >= 0x41 && current <= 0x5A
                    hasCapital = hasCapital || isCapital
                    hash = WordHash.step(hash, isCapital ? current | 0x20 : current)
                }
                if isASCII {
                    // A word of the class table (every cue word, and the commonest words) takes its
                    // string from there rather than making one.
                    let known = classTable?.entry(asciiLowercasing: word, hash: WordHash.finish(hash))
                    let lower = known?.word ?? (hasCapital ? asciiLowercased(word) : string(word))
                    tokens.append(ExtractionToken(
                        kind: .word, text: hasCapital ? string(word) : lower, lower: lower, spaceBefore: space,
                        hasSuffix: afterNumber && !space, isCapitalised: byte >= 0x41 && byte <= 0x5A,
                        classes: known?.value ?? []))
                } else {
                    let text = string(word)
                    let lower = straightApostrophes(text.lowercased())
                    tokens.append(ExtractionToken(
                        kind: .word, text: text, lower: lower, spaceBefore: space, hasSuffix: afterNumber && !space,
                        isCapitalised: ExtractionToken.startsWithCapital(text), classes: wordClasses ? ExtractionWordClasses.of(lower) : []))
                }
                space = false
                afterNumber = false
                continue
            }
            // Punctuation: one scalar.
            var length = 1
            if byte >= 0xF0 { length = 4 } else if byte >= 0xE0 { length = 3 } else if byte >= 0xC0 { length = 2 }
            index = min(count, index + length)
            if length == 1 {
                let text = marks[Int(byte)]
                tokens.append(ExtractionToken(
                    kind: .punctuation, text: text, lower: text, spaceBefore: space, hasSuffix: false, isCapitalised: false, classes: []))
            } else {
                let text = folded(bytes[start..<index]) ?? string(bytes[start..<index])
                tokens.append(ExtractionToken(kind: .punctuation, text: text, lower: text, spaceBefore: space, hasSuffix: false))
            }
            space = false
            afterNumber = false
        }
        return tokens
    }

    /// The UTF-8 `bytes` as a string.
    @inline(__always)
    private static func string(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self)
    }

    /// Each ASCII byte as a string, made once: marks are a sixth of all tokens.
    private static let asciiMarks: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// Dashes and the minus sign as "-", typographic double quotes as `"` and single quotes as `'`;
    /// nil for any other mark.
    @inline(__always)
    private static func folded(_ mark: Slice<UnsafeBufferPointer<UInt8>>) -> String? {
        guard mark.count == 3, let lead = mark.first, lead == 0xE2 else { return nil }
        let second = mark[mark.startIndex + 1], third = mark[mark.startIndex + 2]
        if second == 0x88 { return third == 0x92 ? "-" : nil }  // U+2212 minus
        guard second == 0x80 else { return nil }
        switch third {
        case 0x90, 0x91, 0x93, 0x94: return "-"  // U+2010 U+2011 U+2013 U+2014
        case 0x9C, 0x9D: return "\""  // U+201C U+201D
        case 0x98, 0x99: return "'"  // U+2018 U+2019
        default: return nil
        }
    }

    /// The text with typographic apostrophes (U+2019, E2 80 99 in UTF-8) made straight.
    private static func straightApostrophes(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(0xE2) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                output.append(0x27)
                index += 3
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// ASCII bytes as a string in lower case, without going through Unicode case mapping.
    @inline(__always)
    static func asciiLowercased(_ bytes: some Collection<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (offset, byte) in bytes.enumerated() {
                buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return bytes.count
        }
    }
}
