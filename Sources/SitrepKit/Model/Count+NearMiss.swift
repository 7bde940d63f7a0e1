extension Count {
    /// Advice for a count that does not read but is near one a person meant: a range written
    /// backwards ("80-77"), a range with spaces round its dash ("77 - 80"), or a vague word with
    /// its "of" left on ("dozens of"). Nil for any other text, which gets the general advice.
    static func nearMissAdvice(for text: String) -> String? {
        let normal = normalise(text)
        if normal.hasSuffix(" of"), vagueWords.contains(where: { $0.words == normal.dropLast(3) }) {
            return "'\(text)' holds no number; write '\(normal.dropLast(3))', the vague word alone, or 'unknown' when the figure is not known"
        }
        let closed = normal.replacing(/\s*-\s*/, with: "-")
        if closed != normal, let range = Count(parsing: closed), range.qualifier == .range {
            return "'\(text)' is not a count: a range takes no spaces round its dash; write \(closed) or \(range.low.map(NumberText.grouped)!) to \(range.high.map(NumberText.grouped)!)"
        }
        if let swapped = swappedRange(closed) {
            return "'\(text)' is a range written backwards; write the lower number first: \(swapped)"
        }
        return nil
    }

    /// "77-80" for "80-77" (and "77 to 80", "between 77 and 80"): the range with its ends swapped,
    /// when its first number is the higher; nil otherwise.
    private static func swappedRange(_ normal: String) -> String? {
        let between = normal.hasPrefix("between ")
        let body = between ? normal.dropFirst(8) : Substring(normal)
        for joiner in between ? [" and "] : ["-", " to "] {
            guard let split = body.range(of: joiner) else { continue }
            let first = body[..<split.lowerBound], second = body[split.upperBound...]
            guard let high = NumberPhrase.parse(first), let low = NumberPhrase.parse(second), high > low else { return nil }
            return (between ? "between " : "") + NumberPhrase.trimmed(second) + joiner + NumberPhrase.trimmed(first)
        }
        return nil
    }
}
