/// What happened to an item between two editions.
public enum DiffChangeKind: String, Sendable, Hashable, CaseIterable {
    /// Only the new edition has it.
    case added
    /// Only the old edition has it.
    case removed
    /// Both have it, and it says something different.
    case changed

    /// The one-character mark text outputs put before a change: `+`, `-`, `~`.
    public var mark: String {
        switch self {
        case .added: "+"
        case .removed: "-"
        case .changed: "~"
        }
    }

    /// The word for the change: "added", "removed", "changed".
    public var word: String { rawValue }
}
