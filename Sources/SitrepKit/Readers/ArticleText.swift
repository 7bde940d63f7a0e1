import Foundation

/// The text of a news article in the layout of the shipped sample (`shared/articles/`):
///
/// ```
/// There were also reports that …          ← optional note or headline (one line)
/// news.bbc.co.uk/2/hi/world/…/10300348.stm ← a line that is only a URL; the scheme may be missing
/// Kyrgyzstan's interim government …        ← the body, to the end of the text
/// ```
///
/// The first line counts only when the line after it is a URL line; text with no URL line in its
/// first two lines is all body. That line is a **note** when it ends a sentence (`.`, `!` or `?`,
/// perhaps before a closing quote): a claim about the article, checked against it, never part of
/// it. Otherwise it is a **headline**. Code that verifies facts must read ``body``, never ``note``.
///
/// Reading never fails: any text gives an article, at worst one that is all body. Blank lines
/// before the note or URL are skipped; Windows (`\r\n`) and old Mac (`\r`) line ends are read as `\n`.
public struct ArticleText: Sendable, Hashable {
    /// The line above the URL line when it is a sentence: a claim to check. Nil otherwise.
    public var note: String?
    /// The line above the URL line when it is not a sentence: the article's headline. Nil otherwise.
    public var headline: String?
    /// The article's address, with `http://` added when the URL line had no scheme. Nil when there is no URL line.
    public var url: String?
    /// Everything after the URL line (or the whole text when there is none), trimmed at both ends
    /// and otherwise as written: paragraphs may be separated by blank lines or joined by double spaces.
    public var body: String
    /// Where ``body``'s first character stands in the text read (nil for an article made from its
    /// parts, or with no body), so that what is said of a sentence can name its line and column.
    /// It is part of equality: the same body under one more blank line is another text.
    public var bodyStart: SourceLocation?

    /// Creates an article from its parts.
    public init(note: String? = nil, headline: String? = nil, url: String? = nil, body: String) {
        self.note = note
        self.headline = headline
        self.url = url
        self.body = body
    }

    /// Reads an article's text in the sample layout.
    /// - Parameter text: The whole file, as UTF-8 text.
    public init(parsing text: String) {
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let lines = unified.split(separator: "\n", omittingEmptySubsequences: false)
        let filled = lines.indices.filter { !lines[$0].allSatisfy(\.isWhitespace) }
        self.init(body: unified.trimmingCharacters(in: .whitespacesAndNewlines))
        guard let first = filled.first else { return }
        var bodyLine = first
        if let address = ArticleText.url(inLine: lines[first]) {
            url = address
            body = ArticleText.text(of: lines[(first + 1)...])
            bodyLine = first + 1
        } else if filled.count > 1, let address = ArticleText.url(inLine: lines[filled[1]]) {
            let line = lines[first].trimmingCharacters(in: .whitespaces)
            if ArticleText.endsSentence(line) { note = line } else { headline = line }
            url = address
            body = ArticleText.text(of: lines[(filled[1] + 1)...])
            bodyLine = filled[1] + 1
        }
        // The body is trimmed: it starts at the first character that is not white space.
        if let line = filled.first(where: { $0 >= bodyLine }) {
            let indent = lines[line].unicodeScalars.prefix { $0.properties.isWhitespace }.count
            bodyStart = SourceLocation(line: line + 1, column: indent + 1)
        }
    }

    /// Whether a line ends like a sentence: `.`, `!` or `?`, perhaps followed by closing quotes.
    static func endsSentence(_ line: String) -> Bool {
        let trimmed = line.reversed().drop { "\"'\u{201D}\u{2019})".contains($0) }
        return trimmed.first.map { ".!?".contains($0) } ?? false
    }

    private static func text(of lines: ArraySlice<Substring>) -> String {
        lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The URL a line holds when the line is nothing but a URL; `http://` is added when the scheme is missing.
    ///
    /// With a scheme, any `http://` or `https://` address without spaces counts. Without one, the line
    /// must start with a host name that has a dot and a top-level domain of letters (`news.bbc.co.uk/…`),
    /// so a short sentence or a date is never taken for a URL.
    /// - Returns: The URL, or nil when the line is not only a URL.
    public static func url(inLine line: some StringProtocol) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.contains(where: \.isWhitespace) else { return nil }
        if trimmed.wholeMatch(of: /(?i)https?:\/\/[^\/\s]+(?:[\/?#]\S*)?/) != nil {
            return trimmed
        }
        if isSchemelessURL(trimmed) {
            return "http://" + trimmed
        }
        return nil
    }

    /// Whether text is a URL without a scheme: a host name of two or more dot-separated labels
    /// (letters, digits, inner hyphens) ending in a top-level domain of two or more letters, an
    /// optional `:port`, then optionally `/`, `?` or `#` and anything. Checked by hand, in one pass:
    /// the equivalent regular expression backtracks for minutes on a long dotted line without spaces.
    static func isSchemelessURL(_ text: String) -> Bool {
        let hostAndPort = text.prefix { !"/?#".contains($0) }
        let parts = hostAndPort.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        if parts.count == 2, parts[1].isEmpty || !parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) { return false }
        let labels = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let top = labels.last, top.count >= 2, top.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.first != "-" && label.last != "-"
                && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
    }

    /// The body's paragraphs, each with its whitespace collapsed (see ``normalized(_:)``).
    ///
    /// A blank line or a run of two or more spaces or tabs ends a paragraph, as in the sample, where
    /// paragraphs are joined by double spaces. A single line break does not: it is read as text
    /// wrapped by hand, and the lines are joined with a space.
    public var paragraphs: [String] {
        body.split(separator: /\n[ \t\u{00A0}]*\n|[ \t]{2,}/)
            .map { ArticleText.normalized(String($0)) }
            .filter { !$0.isEmpty }
    }

    /// The body's sentences, in order; see ``sentences(in:)``.
    public var sentences: [String] {
        paragraphs.flatMap { ArticleText.sentences(in: $0) }
    }

    /// Words that end with a full stop without ending a sentence ("Mr. Medvedev", "e.g. this").
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "maj", "cpl", "rev", "sen",
        "rep", "gov", "pres", "jr", "sr", "no", "nos", "co", "inc", "ltd", "corp", "vs", "etc", "e.g", "i.e",
        "approx", "est", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Splits text into sentences, normalising it first (see ``normalized(_:)``).
    ///
    /// A sentence ends at `.`, `!` or `?` (repeated or not, followed by any closing quotes or
    /// brackets) when a space and then a capital letter, a digit or an opening quote or bracket follow,
    /// and the full stop does not end an abbreviation ("Mr.", "e.g.") or an initial ("J.", "U.S.").
    /// Paragraph breaks are not seen here: split ``paragraphs`` first when the text has them.
    public static func sentences(in text: String) -> [String] {
        let characters = Array(normalized(text))
        var sentences: [String] = []
        var start = 0
        var index = 0
        while index < characters.count {
            guard ".!?".contains(characters[index]) else { index += 1; continue }
            let mark = index
            var end = index + 1
            while end < characters.count, ".!?\"')]".contains(characters[end]) { end += 1 }
            index = end
            guard end + 1 < characters.count, characters[end] == " " else { continue }
            let next = characters[end + 1]
            guard next.isUppercase || next.isNumber || "\"'([".contains(next) else { continue }
            if characters[mark] == "." && end == mark + 1 {
                var wordStart = mark
                while wordStart > start, !characters[wordStart - 1].isWhitespace { wordStart -= 1 }
                let word = String(characters[wordStart..<mark])
                if abbreviations.contains(word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "(\"'")))
                    || word.wholeMatch(of: /(?:[A-Z]\.)*[A-Z]/) != nil
                {
                    continue
                }
            }
            sentences.append(String(characters[start..<end]))
            start = end + 1
        }
        if start < characters.count {
            sentences.append(String(characters[start...]))
        }
        return sentences.filter { !$0.isEmpty }
    }

    /// Text in the form used to match quotes against articles: typographic variants folded to
    /// their plain forms, and whitespace collapsed.
    ///
    /// - Curly and low single quotes and primes (‘ ’ ‚ ‛ ′) become `'`; curly, low and double-prime
    ///   quotes and guillemets (“ ” „ ‟ ″ « ») become `"`.
    /// - Hyphen and dash variants (‐ ‑ ‒ – — ― −) become `-`; the ellipsis character `…` becomes `...`.
    /// - Soft hyphens, zero-width spaces and joiners and byte-order marks are dropped.
    /// - Every run of whitespace (spaces, tabs, line breaks, no-break and other Unicode spaces) and
    ///   control characters (as extraction reads them: a space) becomes one space, and the ends are trimmed.
    ///
    /// Letter case is kept: callers that want to ignore it lower-case both sides.
    public static func normalized(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                pendingSpace = !output.isEmpty
                continue
            }
            let replacement: String
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}": replacement = "'"
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}", "\u{00AB}", "\u{00BB}": replacement = "\""
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": replacement = "-"
            case "\u{2026}": replacement = "..."
            case "\u{00AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}": continue
            default: replacement = String(scalar)
            }
            if pendingSpace {
                output.append(" ")
                pendingSpace = false
            }
            output.append(contentsOf: replacement.unicodeScalars)
        }
        return String(output)
    }
}
