/// Splits article text into sentences: at paragraph breaks (new lines, or two or more spaces as in
/// the sample), at `.`, `!` and `?` followed by a capital, a digit or a quote, and at a full stop
/// with the space missing ("operations.Two"), but not after abbreviations (Mr., Ms., U.N., U.S., Dec.)
/// or initials. Soft hyphens are dropped and runs of white space become one space.
enum ExtractionSentenceSplitter {
    /// Words that end with a full stop without ending a sentence (lower case, without the stop).
    static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "st", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "rev", "hon",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vs",
        "inc", "ltd", "co", "corp", "jr", "sr", "mt", "ft", "approx", "est", "fig", "vol", "pp", "gov't",
    ]

    /// The sentences of `text`, in order.
    static func split(_ text: String) -> [String] {
        // Read through a buffer pointer: the loop looks at every byte, and an array checks each index.
        normalisedBytes(text).withUnsafeBufferPointer(split)
    }

    /// The sentences of normalised UTF-8 `bytes`.
    private static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var sentences: [String] = []
        var start = 0
        let count = bytes.count
        func emit(_ end: Int) {
            var lower = start, upper = end
            while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x0A { lower += 1 }
            while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x0A { upper -= 1 }
            if upper > lower { sentences.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)) }
        }
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A {
                emit(index)
                start = index + 1
            } else if byte == 0x2E || byte == 0x21 || byte == 0x3F {  // . ! ?
                var end = index + 1
                // Closing quotes and brackets stay with the sentence.
                while end < count {
                    if bytes[end] == 0x22 || bytes[end] == 0x27 || bytes[end] == 0x29 { end += 1; continue }
                    if end + 2 < count, bytes[end] == 0xE2, bytes[end + 1] == 0x80, bytes[end + 2] == 0x9D || bytes[end + 2] == 0x99 {
                        end += 3
                        continue
                    }
                    break
                }
                if end >= count { index = end; continue }
                let spaced = bytes[end] == 0x20 || bytes[end] == 0x0A
                var next = end
                while next < count, bytes[next] == 0x20 { next += 1 }
                if next < count, startsSentence(bytes, next), byte != 0x2E || !isAbbreviation(bytes, before: index, spaced: spaced, next: next) {
                    if spaced || (byte == 0x2E && isMissingSpace(bytes, at: index, next: next)) {
                        emit(end)
                        start = end
                        index = end
                        continue
                    }
                }
                index = end
                continue
            }
            index += 1
        }
        emit(count)
        return sentences
    }

    /// The text as UTF-8 with soft hyphens dropped, no-break spaces as spaces, line ends as `\n`,
    /// and two or more spaces (a paragraph joined by double spaces) as `\n`.
    static func normalisedBytes(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { input in
            // Every input byte gives at most one output byte, so the output fits in the input's size.
            [UInt8](unsafeUninitializedCapacity: input.count) { output, written in
                var count = 0
                var spaces = 0
                var pending = false
                var index = 0
                while index < input.count {
                    let byte = input[index]
                    index += 1
                    switch byte {
                    case 0x20, 0x09:
                        pending = true
                        spaces += 1
                    case 0x0A, 0x0D, 0x0B, 0x0C:
                        pending = true
                        spaces += 2
                    case 0xC2:
                        guard index < input.count else {
                            flushSpace(output, &count, &pending, &spaces)
                            output[count] = byte
                            count += 1
                            continue
                        }
                        let second = input[index]
                        index += 1
                        if second == 0xAD { continue }  // soft hyphen
                        if second == 0xA0 { pending = true; spaces += 1; continue }
                        flushSpace(output, &count, &pending, &spaces)
                        output[count] = byte
                        output[count + 1] = second
                        count += 2
                    default:
                        if byte < 0x20 { pending = true; spaces += 1; continue }
                        flushSpace(output, &count, &pending, &spaces)
                        output[count] = byte
                        count += 1
                        // The rest of the run: bytes above the space other than 0xC2 are copied as
                        // they are, and so is a single space between two of them (the usual case).
                        while index < input.count {
                            let next = input[index]
                            if next > 0x20 && next != 0xC2 {
                                output[count] = next
                                count += 1
                                index += 1
                            } else if next == 0x20, index + 1 < input.count, input[index + 1] > 0x20, input[index + 1] != 0xC2 {
                                output[count] = 0x20
                                output[count + 1] = input[index + 1]
                                count += 2
                                index += 2
                            } else {
                                break
                            }
                        }
                    }
                }
                written = count
            }
        }
    }

    /// Writes the pending run of white space: a line end when it held a line end or two spaces or
    /// more (a paragraph break), else one space.
    @inline(__always)
    private static func flushSpace(_ output: UnsafeMutableBufferPointer<UInt8>, _ count: inout Int, _ pending: inout Bool, _ spaces: inout Int) {
        guard pending else { return }
        output[count] = spaces >= 2 ? 0x0A : 0x20
        count += 1
        pending = false
        spaces = 0
    }

    private static func startsSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte >= 0x41 && byte <= 0x5A { return true }  // A-Z
        if byte >= 0x30 && byte <= 0x39 { return true }  // 0-9
        if byte == 0x22 || byte == 0x27 || byte == 0x28 || byte == 0x5B { return true }
        if byte >= 0xC3 && byte <= 0xC5 { return true }  // accented capitals (and some lower case: harmless)
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
            return bytes[index + 2] == 0x9C || bytes[index + 2] == 0x98  // “ ‘
        }
        return false
    }

    /// "operations.Two": a lower-case word, a full stop, then a capitalised word of two or more letters.
    private static func isMissingSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, next: Int) -> Bool {
        guard index > 0, bytes[index - 1] >= 0x61, bytes[index - 1] <= 0x7A else { return false }
        guard next + 1 < bytes.count else { return false }
        let following = bytes[next + 1]
        return following >= 0x61 && following <= 0x7A
    }

    /// Whether the full stop at `before` ends an abbreviation or an initial rather than a sentence.
    private static func isAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, before: Int, spaced: Bool, next: Int) -> Bool {
        var lower = before
        while lower > 0, before - lower < 12 {
            let byte = bytes[lower - 1]
            let isWordByte = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2E || byte == 0x27
            if !isWordByte { break }
            lower -= 1
        }
        let word = bytes[lower..<before]
        if word.isEmpty { return false }
        // U.N., U.S., e.g.: letters separated by stops.
        if word.contains(0x2E) { return word.count <= 6 }
        // A single capital: an initial ("O. Ibobi").
        if word.count == 1, let only = word.first, only >= 0x41, only <= 0x5A { return true }
        return abbreviations.contains(asciiLowercasing: word)
    }
}
