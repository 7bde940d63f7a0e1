/// The changes of one category, as a report shows them under one heading.
public struct DiffSection: Sendable, Hashable {
    /// The category.
    public let category: DiffCategory
    /// Its changes, in output order.
    public let changes: [DiffChange]

    /// Creates a section.
    public init(category: DiffCategory, changes: [DiffChange]) {
        self.category = category
        self.changes = changes
    }

    /// The heading: "Figures", "Aid flights".
    public var title: String { category.title }

    /// Each change as a sentence a report can print as it is.
    public var sentences: [String] { changes.map(\.sentence) }
}

extension SituationDiff {
    /// The changes grouped by category, in output order; categories without changes are left out.
    /// A sitrep's "changes since the last edition" section is these sections, read top to bottom.
    public var sections: [DiffSection] {
        categories.compactMap { category in
            let changes = changes(in: category)
            return changes.isEmpty ? nil : DiffSection(category: category, changes: changes)
        }
    }

    /// The heading of a sitrep's changes section: "Changes since edition 1 (14 March 2031)".
    public var changesHeading: String { "Changes since \(old.title)" }

    /// The change that made a figure of the new edition what it is: its count or another field
    /// changed, or it is new; nil when the figure is as it was (or figures were not compared).
    /// A key figure card can show "▲ +23 since 11 June" from ``DiffChange/count``.
    public func change(to figure: Figure) -> DiffChange? {
        changes.first { $0.category == .figures && $0.new == .figure(figure) }
    }
}
