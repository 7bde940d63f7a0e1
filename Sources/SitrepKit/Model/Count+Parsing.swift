import Foundation

extension Count {
    /// Words that say a figure is not known.
    static let unknownWords: Set<String> = ["unknown", "not known", "n/a"]

    /// Vague words for an order of magnitude, with the least number each can mean.
    static let vagueWords: [(words: String, low: Int)] = [
        ("hundreds of thousands", 200_000), ("tens of thousands", 20_000), ("tens of millions", 20_000_000),
        ("several hundred", 200), ("several thousand", 2_000), ("a few hundred", 200), ("a few thousand", 2_000),
        ("dozens", 24), ("scores", 40), ("hundreds", 200), ("thousands", 2_000), ("millions", 2_000_000),
    ]

    /// Whether `text` ends with one of ``vagueWords`` that is a plural noun ("hundreds", "tens of
    /// thousands", "dozens"), which takes "of" before the people it counts; "several hundred" does not.
    static func endsWithPluralVagueWord(_ text: String) -> Bool {
        let normal = normalise(text)
        return vagueWords.contains { $0.words.hasSuffix("s") && (normal == $0.words || normal.hasSuffix(" " + $0.words)) }
    }

    /// Qualifying words before a number, longest first so "more than" wins over "more".
    static let qualifierWords: [(words: String, qualifier: Qualifier)] = [
        ("no fewer than", .atLeast), ("no less than", .atLeast), ("no more than", .upTo), ("not more than", .upTo),
        ("fewer than", .upTo), ("less than", .upTo), ("approximately", .about), ("an estimated", .about), ("as many as", .upTo), ("more than", .moreThan),
        ("at least", .atLeast), ("roughly", .about), ("nearly", .nearly), ("almost", .nearly),
        ("close to", .nearly), ("around", .about), ("about", .about), ("some", .about), ("up to", .upTo),
        ("over", .moreThan), ("estimated", .about),
    ]

    /// Reads a count from the words a person wrote; see the table in DESIGN.md.
    ///
    /// Returns nil when the text holds a number the parser cannot place ("77 to", "12abc");
    /// returns an ``Qualifier/unknown`` count when the text holds no number at all ("nearly people").
    public init?(parsing text: String) {
        // Most counts are bare digits ("77", "1,000"): read them without the general parser.
        if let number = NumberPhrase.plainInteger(text) {
            self.init(text: text, qualifier: .exact, low: number, high: number)
            return
        }
        let normal = Count.normalise(text)
        if normal.isEmpty { return nil }
        // A lone number word ("two", "seventy"): read it without the general parser.
        if let number = NumberPhrase.units[normal] {
            self.init(text: text, qualifier: .exact, low: number, high: number)
            return
        }
        if Count.unknownWords.contains(normal) {
            self.init(text: text, qualifier: .unknown, low: nil, high: nil)
            return
        }
        if let vague = Count.vagueWords.first(where: { $0.words == normal }) {
            self.init(text: text, qualifier: .vague, low: vague.low, high: nil)
            return
        }
        if let parsed = Count.parseQualified(normal) {
            self.init(text: text, qualifier: parsed.qualifier, low: parsed.low, high: parsed.high)
            return
        }
        if !NumberPhrase.mentionsNumber(normal) {
            self.init(text: text, qualifier: .unknown, low: nil, high: nil)
            return
        }
        return nil
    }

    /// Lower case, single spaces, dashes folded to "-".
    static func normalise(_ text: String) -> String {
        var result = text.lowercased()
        // The dashes and the no-break space are not ASCII: plain ASCII text (nearly every count) skips the search.
        if result.utf8.contains(where: { $0 >= 0x80 }) {
            for dash in ["\u{2013}", "\u{2014}", "\u{2212}", "\u{2010}", "\u{2011}"] {
                result = result.replacingOccurrences(of: dash, with: "-")
            }
            result = result.replacingOccurrences(of: "\u{00A0}", with: " ")
        }
        if isSingleSpaced(result) { return result }
        return result.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }

    /// Whether the text has no tab or line end, no space at either end and no two spaces in a row,
    /// so splitting at white space and joining with one space would give it back unchanged.
    private static func isSingleSpaced(_ text: String) -> Bool {
        var previousIsSpace = true
        for byte in text.utf8 {
            if byte == 0x09 || byte == 0x0A { return false }
            let isSpace = byte == 0x20
            if isSpace && previousIsSpace { return false }
            previousIsSpace = isSpace
        }
        return !previousIsSpace
    }

    private static func parseQualified(_ normal: String) -> (qualifier: Qualifier, low: Int?, high: Int?)? {
        var rest = Substring(normal)
        var qualifier = Qualifier.exact
        let isASCII = normal.utf8.allSatisfy { $0 < 0x80 }
        // Every qualifier starts with a lower-case letter: "1,000" or "2.5 million" has none.
        let mayBeQualified = !isASCII || rest.utf8.first.map { $0 >= 0x61 && $0 <= 0x7A } == true
        let firstByte = rest.utf8.first
        if mayBeQualified, let prefix = qualifierPrefixes.first(where: {
            isASCII ? $0.words.utf8.first == firstByte && rest.utf8.starts(with: $0.words.utf8) : rest.hasPrefix($0.words)
        }) {
            qualifier = prefix.qualifier
            rest = rest.dropFirst(prefix.words.count)
        }
        if rest.hasSuffix("+"), qualifier == .exact {
            guard let number = NumberPhrase.parse(rest.dropLast()) else { return nil }
            return (.atLeast, number, nil)
        }
        if let range = parseRange(rest) {
            guard qualifier == .exact || qualifier == .about else { return nil }
            return (.range, range.low, range.high)
        }
        guard let number = NumberPhrase.parse(rest) else { return nil }
        return bounds(qualifier, number)
    }

    /// The bounds a qualifier puts on a number ("more than 1,000" → 1,001 and up).
    @inline(__always)
    private static func bounds(_ qualifier: Qualifier, _ number: Int) -> (qualifier: Qualifier, low: Int?, high: Int?)? {
        switch qualifier {
        case .exact, .about, .atLeast: return (qualifier, number, qualifier == .atLeast ? nil : number)
        case .moreThan: return (.moreThan, number + 1, nil)
        case .nearly: return (.nearly, nil, number - 1)
        case .upTo: return (.upTo, nil, number)
        case .range, .vague, .unknown: return nil
        }
    }

    /// The count ``init(parsing:)`` gives for `text`, built from the parts a caller has already read
    /// (``CountFinder``): the qualifying words in lower case ("more than", "between", or none), the
    /// first number and, for a range, the joiner ("to", "-", "and") and the second number. It reads
    /// only the shapes whose reading is certain — a plain integer (``NumberPhrase/plainInteger(_:)``),
    /// digits with a scale (``NumberPhrase/scaledDigits(_:)``), a lone number word ("two") or a short
    /// phrase of them (``NumberPhrase/simpleWords(_:)``), alone or after a qualifier, and two plain integers as an
    /// ascending range — and is nil for every other shape, when the caller parses `text`. `text` must
    /// be the text those parts make (the tests hold the two readings equal over many shapes).
    static func reading(text: String, qualifier: String, first: String, joiner: String?, second: String?) -> Count? {
        if let joiner {
            // Ranges only of digits: "thirty-40" is no range to the parser.
            guard let low = NumberPhrase.plainInteger(first), let second, let high = NumberPhrase.plainInteger(second), low <= high
            else { return nil }
            switch (qualifier, joiner) {
            case ("", "to"), ("", "-"), ("between", "and"): return Count(text: text, qualifier: .range, low: low, high: high)
            default: return nil
            }
        }
        guard let low = NumberPhrase.plainInteger(first) ?? NumberPhrase.units[first] ?? NumberPhrase.scaledDigits(first)
            ?? NumberPhrase.simpleWords(first) else { return nil }
        if qualifier.isEmpty { return Count(text: text, qualifier: .exact, low: low, high: low) }
        guard let prefix = directQualifiers[qualifier], let parsed = bounds(prefix, low) else { return nil }
        return Count(text: text, qualifier: parsed.qualifier, low: parsed.low, high: parsed.high)
    }

    /// The qualifying words that ``parseQualified(_:)`` reads as themselves when a number follows
    /// (no earlier entry of ``qualifierPrefixes`` starts the same text), with their qualifier.
    private static let directQualifiers: [String: Qualifier] = {
        var table: [String: Qualifier] = [:]
        for entry in qualifierWords {
            let sample = entry.words + " 1"
            if let first = qualifierPrefixes.first(where: { sample.hasPrefix($0.words) }), first.words == entry.words + " " {
                table[entry.words] = entry.qualifier
            }
        }
        return table
    }()

    /// The qualifying words each followed by a space, as they start a text.
    private static let qualifierPrefixes: [(words: String, qualifier: Qualifier)] = qualifierWords.map { ($0.words + " ", $0.qualifier) }

    /// The first place `needle` (ASCII) occurs in `text`; ASCII text is searched bytewise, other text by Foundation.
    private static func range(of needle: String, in text: Substring) -> Range<Substring.Index>? {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.range(of: needle) }
        let bytes = text.utf8
        let pattern = Array(needle.utf8)
        var start = bytes.startIndex
        while start != bytes.endIndex {
            var position = start
            var matched = 0
            while matched < pattern.count, position != bytes.endIndex, bytes[position] == pattern[matched] {
                matched += 1
                position = bytes.index(after: position)
            }
            if matched == pattern.count { return start..<position }
            start = bytes.index(after: start)
        }
        return nil
    }

    /// "77-80", "77 to 80", "between 77 and 80", "between two and 2.5 million" (the scale is shared).
    private static func parseRange(_ text: Substring) -> (low: Int, high: Int)? {
        // Every form of a range holds a space or a hyphen.
        guard text.utf8.contains(where: { $0 == 0x20 || $0 == 0x2D }) else { return nil }
        var parts: [Substring] = []
        if text.hasPrefix("between "), let and = range(of: " and ", in: text) {
            parts = [text[text.index(text.startIndex, offsetBy: 8)..<and.lowerBound], text[and.upperBound...]]
        } else if let to = range(of: " to ", in: text) {
            parts = [text[..<to.lowerBound], text[to.upperBound...]]
        } else if let dash = text.firstIndex(of: "-"), text[..<dash].last?.isNumber == true,
                  text[text.index(after: dash)...].first.map({ $0.isNumber || $0 == " " }) == true {
            parts = [text[..<dash], text[text.index(after: dash)...]]
        }
        guard parts.count == 2 else { return nil }
        let lowText = NumberPhrase.trimmed(parts[0])
        let highText = NumberPhrase.trimmed(parts[1])
        guard var low = NumberPhrase.parse(Substring(lowText)), let high = NumberPhrase.parse(Substring(highText)) else {
            return nil
        }
        if let scale = NumberPhrase.trailingScale(of: highText), NumberPhrase.trailingScale(of: lowText) == nil,
           low < 1_000, low * scale <= high {
            low *= scale
        }
        guard low <= high else { return nil }
        return (low, high)
    }
}
