/// Writes a diff as JSON, in a structure that stays stable: fields are only ever added, never renamed
/// or removed, and every key below is always present (null or `[]` when it has nothing).
///
/// ```
/// {
///   "sitrep_diff": 1,                       // version of this structure
///   "old": SIDE, "new": SIDE,               // the two editions
///   "categories": ["edition", "figures", …],// the categories compared (all unless --only)
///   "changed": true,                        // whether any change was found (diff exits 1)
///   "tally": {"changed": 6, "added": 4, "removed": 2},
///   "changes": [CHANGE, …]                  // in output order: by category, then as described below
/// }
///
/// SIDE = {"file": "edition-001.yaml", "id": "exercise-2031-blue-river", "crisis": "…",
///         "country": "NO", "edition": 1, "as_of": "2031-03-14", "exercise": true}
///
/// CHANGE = {
///   "category": "edition" | "figures" | "borders" | "flights" | "responses" | "measures"
///             | "allegations" | "sources" | "text",
///   "change": "added" | "removed" | "changed",
///   "key": "killed/people/riverside",       // identity across editions: "id:ID" when matched by
///                                           // id, else the natural key ("border/NO-SE",
///                                           // "flight/SE-NO/2031-03-15", "source/ID"); a header
///                                           // field's name ("as_of"); "summary" or "highlight"
///   "label": "people killed in Riverside",  // what the change is about, for people
///   "statement": "4 → 7 (+3, +75.0%)",      // what became of it ("" when nothing to add)
///   "sentence": "People killed in Riverside: 4 → 7 (+3, +75.0%)",
///   "old": VALUE | null,                    // the item in the old edition; null when added
///   "new": VALUE | null,                    // the item in the new edition; null when removed
///   "fields": [{"field": "note", "old": "…" | null, "new": "…" | null}, …],
///                                           // every changed field, file keys, values as written
///   "count": null | {                       // figures whose count changed
///     "old": COUNT, "new": COUNT,           // {"text", "qualifier", "low", "high"}, as in situation JSON
///     "delta": 3 | null,                    // new − old of the counts' values, when both are known
///     "percent": 75.0 | null,               // delta as a percentage of the old value, one decimal
///     "qualifier_changed": false,           // "about 300" → "at least 340"
///     "became_unknown": false               // a number that is now "unknown"
///   },
///   "words": [{"kind": "same" | "removed" | "added", "text": "…"}, …]
///                                           // word-level diff of a summary or highlight; else []
/// }
///
/// VALUE = the item exactly as a situation's JSON writes it (figures, borders, aid flights,
///         responses, measures, allegations, sources; counts as COUNT objects); for the summary and
///         highlights the Markdown text; for the header the value: a number for "edition", text
///         for the others (dates as written, "places" and "contacts" joined with ", " and "; ").
/// ```
///
/// Within a category, changes follow the new edition's order, removed items after them in the old
/// edition's order; header changes come as: edition, as_of, id, crisis, country, places, exercise,
/// organisation, disaster_type, next_report, contacts.
public enum DiffJSONWriter {
    /// The diff as JSON text, ending in a line break.
    public static func write(_ diff: SituationDiff) -> String {
        let tally = { (kind: DiffChangeKind) in DiffJSONValue.integer(diff.changes.filter { $0.kind == kind }.count) }
        return DiffJSONValue.object([
            ("sitrep_diff", .integer(1)),
            ("old", side(diff.old)),
            ("new", side(diff.new)),
            ("categories", .list(diff.categories.map { .string($0.rawValue) })),
            ("changed", .boolean(diff.hasChanges)),
            ("tally", .object([("changed", tally(.changed)), ("added", tally(.added)), ("removed", tally(.removed))])),
            ("changes", .list(diff.changes.map(change))),
        ]).printed()
    }

    private static func side(_ side: DiffSide) -> DiffJSONValue {
        .object([
            ("file", .string(side.file)), ("id", .string(side.crisisID)), ("crisis", .string(side.crisis)),
            ("country", .string(side.country.code)), ("edition", .integer(side.edition)),
            ("as_of", .string(side.asOf.text)), ("exercise", .boolean(side.exercise)),
        ])
    }

    private static func change(_ change: DiffChange) -> DiffJSONValue {
        .object([
            ("category", .string(change.category.rawValue)),
            ("change", .string(change.kind.rawValue)),
            ("key", .string(change.key)),
            ("label", .string(change.label)),
            ("statement", .string(change.statement)),
            ("sentence", .string(change.sentence)),
            ("old", change.old.map(item) ?? .null),
            ("new", change.new.map(item) ?? .null),
            ("fields", .list(change.fields.map { field in
                .object([("field", .string(field.field)), ("old", .optional(field.old)), ("new", .optional(field.new))])
            })),
            ("count", change.count.map(count) ?? .null),
            ("words", .list(change.words.map { .object([("kind", .string($0.kind.rawValue)), ("text", .string($0.text))]) })),
        ])
    }

    private static func count(_ change: CountChange) -> DiffJSONValue {
        .object([
            ("old", encoded(change.old)),
            ("new", encoded(change.new)),
            ("delta", change.delta.map(DiffJSONValue.integer) ?? .null),
            ("percent", change.percentTenths.map(DiffJSONValue.tenths) ?? .null),
            ("qualifier_changed", .boolean(change.qualifierChanged)),
            ("became_unknown", .boolean(change.becameUnknown)),
        ])
    }

    private static func item(_ item: DiffItem) -> DiffJSONValue {
        switch item {
        case .figure(let figure): encoded(figure)
        case .border(let border): encoded(border)
        case .flight(let flight): encoded(flight)
        case .response(let response): encoded(response)
        case .measure(let measure): encoded(measure)
        case .allegation(let allegation): encoded(allegation)
        case .source(let source): encoded(source)
        case .text(let text), .value(let text): .string(text)
        case .number(let number): .integer(number)
        }
    }

    /// A model value as the situation's JSON writes it.
    private static func encoded<T: Encodable>(_ value: T) -> DiffJSONValue {
        var encoder = TreeEncoder()
        encoder.userInfo[Count.objectFormKey] = true
        do {
            return DiffJSONValue(try encoder.encode(value))
        } catch {
            preconditionFailure("the tree encoder does not throw: \(error)")
        }
    }
}
