/// One difference between two editions: an item added, removed or changed, with what changed in it.
public struct DiffChange: Sendable, Hashable {
    /// The part of the situation it belongs to.
    public let category: DiffCategory
    /// Added, removed or changed.
    public let kind: DiffChangeKind
    /// The item's identity across editions: `id:flight-1` when matched by `id`, otherwise its natural
    /// key (`killed/people/riverside`, `border/NO-SE`), or a header field's key (`as_of`).
    public let key: String
    /// What the change is about, as a person names it: "people killed in Riverside", "KG–UZ".
    public let label: String
    /// The item as the old edition states it; nil when added.
    public let old: DiffItem?
    /// The item as the new edition states it; nil when removed.
    public let new: DiffItem?
    /// Every field that differs, in file order; empty unless ``kind`` is `.changed`.
    public let fields: [FieldChange]
    /// How the count changed, for a figure whose count did.
    public let count: CountChange?
    /// The word-level difference, for a summary or highlight whose text changed.
    public let words: [WordSegment]
    /// What became of the item, after the label: "restricted → closed", "at least 40", "detail changed".
    /// Empty when there is nothing to add to the label.
    public let statement: String
    /// The fields whose change ``statement`` spells out ("status" of a border, "count" of a figure).
    public let leadingFields: Set<String>

    /// Creates a change.
    public init(
        category: DiffCategory, kind: DiffChangeKind, key: String, label: String, old: DiffItem?, new: DiffItem?,
        fields: [FieldChange] = [], count: CountChange? = nil, words: [WordSegment] = [], statement: String,
        leadingFields: Set<String> = []
    ) {
        self.category = category
        self.kind = kind
        self.key = key
        self.label = label
        self.old = old
        self.new = new
        self.fields = fields
        self.count = count
        self.words = words
        self.statement = statement
        self.leadingFields = leadingFields
    }

    /// The changed fields ``statement`` only names: outputs list them below the sentence, old → new.
    public var detailFields: [FieldChange] { fields.filter { !leadingFields.contains($0.field) } }

    /// The change as one sentence a report can print: "KG–UZ: restricted → closed",
    /// "People injured in Harbour Town: at least 40 (new)", "Curfew in Riverside (no longer reported)";
    /// a source or highlight no longer there is "(dropped)".
    public var sentence: String {
        let subject = label.prefix(1).uppercased() + label.dropFirst()
        let body = statement.isEmpty ? subject : "\(subject): \(statement)"
        switch kind {
        case .added: return body + " (new)"
        case .removed: return body + (category == .sources || category == .text ? " (dropped)" : " (no longer reported)")
        case .changed: return body
        }
    }
}
