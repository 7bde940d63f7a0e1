/// A phrase of a note line that the article's body does not bear out, and why; see ``NoteVerifier``.
struct NoteFinding: Sendable, Hashable {
    /// Why the body does not bear a phrase out.
    enum Reason: Sendable, Hashable {
        /// The phrase, as whole words, is nowhere in the body.
        case absent
        /// The phrase is in the body, but in no sentence that also holds these words of the note, its
        /// neighbours in the same clause, as written in the note. Empty when the phrase fills its
        /// clause: its words are in the body, but no one sentence holds them together.
        case apart(from: [String])
    }

    /// The run of the note's words not borne out, as written in the (normalised) note: "entering the world".
    let phrase: String
    /// Why the body does not bear it out.
    let reason: Reason
    /// Whether the run is numbers and the words that qualify them ("Seventy-eight", "least 1,000"):
    /// a claim about a figure rather than about what happened.
    let isNumbers: Bool
}
