/// A word, number or punctuation mark of a sentence.
///
/// The rules that run for every token or count read fields in place (`tokens[index].lower`)
/// rather than copying a token out (`let token = tokens[index]`): a copy retains and releases both
/// of its strings, which was 2% of extraction.
struct ExtractionToken: Sendable, Hashable {
    /// What a token is.
    enum Kind: Sendable, Hashable { case word, number, punctuation }

    /// Word, number or punctuation.
    let kind: Kind
    /// The text as written.
    let text: String
    /// The text in lower case, typographic apostrophes made straight.
    let lower: String
    /// Whether white space comes before it (false for "94-year-old" after the first part).
    let spaceBefore: Bool
    /// Whether letters follow a number without a space ("298km", "14th").
    let hasSuffix: Bool
    /// Whether it starts with a capital letter.
    let isCapitalised: Bool
    /// What cue the word is for the rules (see ``ExtractionWordClasses``); `.number` for a number.
    let classes: ExtractionWordClasses

    /// A token; its capital and its word classes are worked out from the text.
    init(kind: Kind, text: String, lower: String, spaceBefore: Bool, hasSuffix: Bool) {
        self.kind = kind
        self.text = text
        self.lower = lower
        self.spaceBefore = spaceBefore
        self.hasSuffix = hasSuffix
        isCapitalised = ExtractionToken.startsWithCapital(text)
        switch kind {
        case .number: classes = .number
        case .word: classes = ExtractionWordClasses.of(lower)
        case .punctuation: classes = []
        }
    }

    /// A token whose classes the caller has worked out (the tokenizer, from the bytes).
    init(kind: Kind, text: String, lower: String, spaceBefore: Bool, hasSuffix: Bool, isCapitalised: Bool, classes: ExtractionWordClasses) {
        self.kind = kind
        self.text = text
        self.lower = lower
        self.spaceBefore = spaceBefore
        self.hasSuffix = hasSuffix
        self.isCapitalised = isCapitalised
        self.classes = classes
    }

    /// Whether `text` starts with a capital letter.
    static func startsWithCapital(_ text: String) -> Bool {
        if let first = text.utf8.first, first < 0x80 { return first >= 0x41 && first <= 0x5A }
        return text.first?.isUppercase == true
    }

    /// Whether it is a word.
    var isWord: Bool { kind == .word }
}
