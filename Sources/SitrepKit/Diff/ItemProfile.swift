/// How a diff reads one kind of item (figures, borders, flights…): its identity, the fields it
/// compares, the value its sentences lead with, and how a person names it.
struct ItemProfile<Item> {
    /// The category its changes belong to.
    let category: DiffCategory
    /// Wraps an item for ``DiffChange/old`` and ``DiffChange/new``.
    let wrap: (Item) -> DiffItem
    /// The `id:` the file gives, if any.
    let id: (Item) -> String?
    /// The natural key, normalised.
    let key: (Item) -> String
    /// The source the item cites.
    let source: (Item) -> String?
    /// Every compared field in file order, `id` left out.
    let fields: (Item) -> [FieldValue]
    /// The fields whose change a sentence leads with ("status"); their change reads "old → new".
    let primaryFields: Set<String>
    /// The value a sentence shows for the primary fields ("closed by border guards").
    let primary: (Item) -> String?
    /// The count, for figures: its change is reported with delta and percent.
    let count: ((Item) -> Count)?
    /// What an added or removed item's sentence says after its label, when it has no primary value.
    let detail: (Item) -> String?
    /// How a person names the item, given the situation it is in and whether it shares its key.
    let label: (Item, Situation, Bool) -> String

    /// How ``ItemMatcher`` tells these items apart between two editions, for values that hold an
    /// item (`item` reads it out): the diff's own pairing, and `check`'s history rule, which pairs
    /// figures with where they stand in the file, must pair alike.
    func identity<Value>(of item: @escaping (Value) -> Item, oldSituation: Situation, newSituation: Situation) -> ItemMatcher.Identity<Value> {
        ItemMatcher.Identity<Value>(
            id: { id(item($0)) }, key: { key(item($0)) }, source: { source(item($0)) },
            same: { a, b in fields(item(a)).map(\.compared) == fields(item(b)).map(\.compared) },
            oldPublisher: { ItemMatcher.publisher(of: source(item($0)), in: oldSituation) },
            newPublisher: { ItemMatcher.publisher(of: source(item($0)), in: newSituation) },
            reach: count.map { count in { count(item($0)).high ?? count(item($0)).value } })
    }

    /// The changes between the items of two editions.
    func changes(old: [Item], new: [Item], oldSituation: Situation, newSituation: Situation) -> [DiffChange] {
        let identity = identity(of: { $0 }, oldSituation: oldSituation, newSituation: newSituation)
        return ItemMatcher.match(old: old, new: new, identity: identity).compactMap { pair in
            switch (pair.old, pair.new) {
            case let (before?, after?):
                return changed(
                    before, after, key: pair.key, sharesKey: pair.sharesKey, oldSituation: oldSituation, situation: newSituation)
            case let (nil, after?):
                return DiffChange(
                    category: category, kind: .added, key: pair.key, label: label(after, newSituation, pair.sharesKey),
                    old: nil, new: wrap(after), statement: primary(after) ?? detail(after) ?? "")
            case let (before?, nil):
                return DiffChange(
                    category: category, kind: .removed, key: pair.key, label: label(before, oldSituation, pair.sharesKey),
                    old: wrap(before), new: nil, statement: primary(before) ?? detail(before) ?? "")
            case (nil, nil):
                return nil
            }
        }
    }

    private func changed(
        _ before: Item, _ after: Item, key: String, sharesKey: Bool, oldSituation: Situation, situation: Situation
    ) -> DiffChange? {
        let fieldChanges = zip(fields(before), fields(after)).compactMap { old, new in
            old.compared == new.compared ? nil : FieldChange(field: old.name, old: old.shown, new: new.shown)
        }
        guard !fieldChanges.isEmpty else { return nil }
        var parts: [String] = []
        var countChange: CountChange?
        if fieldChanges.contains(where: { primaryFields.contains($0.field) }) {
            if let count {
                let change = CountChange(old: count(before), new: count(after))
                countChange = change
                parts.append(change.summary)
            } else {
                parts.append("\(primary(before) ?? "(none)") → \(primary(after) ?? "(none)")")
            }
        }
        // A new number or status comes with a new source and quote as a matter of course; the
        // sentence names them only when nothing else changed. Outputs list every field below it.
        let others = fieldChanges.filter { !primaryFields.contains($0.field) }.map(\.label)
        let telling = others.filter { !Self.citationFields.contains($0) }
        let named = parts.isEmpty && telling.isEmpty ? others : telling
        if !named.isEmpty { parts.append(Self.list(named) + " changed") }
        return DiffChange(
            category: category, kind: .changed, key: key,
            label: countLabel(before, after, sharesKey: sharesKey, oldSituation: oldSituation, situation: situation),
            old: wrap(before), new: wrap(after), fields: fieldChanges, count: countChange,
            statement: parts.joined(separator: "; "), leadingFields: primaryFields)
    }

    /// How a person names a changed item. A count that passed from one publisher to another names
    /// both ("(BBC → Ministry of Health)"), so no change reads as one source's.
    private func countLabel(_ before: Item, _ after: Item, sharesKey: Bool, oldSituation: Situation, situation: Situation) -> String {
        guard count != nil,
              let oldPublisher = ItemMatcher.publisher(of: source(before), in: oldSituation),
              let newPublisher = ItemMatcher.publisher(of: source(after), in: situation), oldPublisher != newPublisher,
              let oldName = DiffLabels.sourceName(source(before), in: oldSituation),
              let newName = DiffLabels.sourceName(source(after), in: situation)
        else { return label(after, situation, sharesKey) }
        return label(after, situation, false) + " (\(oldName) → \(newName))"
    }

    /// The fields that say where an item comes from rather than what it says.
    static var citationFields: Set<String> { ["source", "quote"] }

    /// "detail", "detail and quote", "detail, note and quote".
    static func list(_ words: [String]) -> String {
        guard words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " and " + words.last!
    }
}
