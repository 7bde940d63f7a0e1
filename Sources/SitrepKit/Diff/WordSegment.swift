/// A run of words in a word-level diff: words both texts share, or words only one of them has.
public struct WordSegment: Sendable, Hashable {
    /// Whether the words are shared, only in the old text, or only in the new one.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// In both texts.
        case same
        /// Only in the new text.
        case added
        /// Only in the old text.
        case removed
    }

    /// Shared, added or removed.
    public let kind: Kind
    /// The words, separated by single spaces.
    public let text: String

    /// Creates a segment.
    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }
}
