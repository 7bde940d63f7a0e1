/// The verdict on a note line: a claim that cites the article, checked against its body.
public struct NoteAssessment: Sendable, Hashable {
    /// The file the note came from.
    public var path: String
    /// The note as written.
    public var note: String
    /// The body sentences that best bear the note out, best first.
    public var supportingSentences: [String]
    /// Phrases of the note that the body does not bear out ("entering the world"), by the rules of
    /// `sitrep check`'s note check; a phrase of numbers alone is in ``missingNumbers`` instead.
    public var unsupportedPhrases: [String]
    /// Numbers in the note that the body does not hold.
    public var missingNumbers: [String]
    /// Whether the note reports a claim that the body says was denied.
    public var isDeniedAllegation: Bool

    /// Whether every word and number of the note is borne out.
    public var isSupported: Bool { unsupportedPhrases.isEmpty && missingNumbers.isEmpty && !supportingSentences.isEmpty }
}
