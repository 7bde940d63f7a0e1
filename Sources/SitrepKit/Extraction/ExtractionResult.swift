/// What ``Extractor/extract(_:)`` found: a situation to review and the findings about the input.
public struct ExtractionResult: Sendable {
    /// The situation model, every item with its `source` and `quote`.
    public var situation: Situation
    /// Warnings and errors, each naming the article's file: figures without a number, unsupported notes, unreadable input.
    public var warnings: [Diagnostic]
    /// The verdict on each note line, in article order.
    public var notes: [NoteAssessment]

    /// Creates a result.
    public init(situation: Situation, warnings: [Diagnostic], notes: [NoteAssessment] = []) {
        self.situation = situation
        self.warnings = warnings
        self.notes = notes
    }
}
