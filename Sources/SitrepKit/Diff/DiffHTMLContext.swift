/// Everything the `diff.html` template can read, built from one diff. Every scope provides all its
/// keys (see ``RenderScope``); values are plain text, which the template escapes, with control
/// characters shown as `�`.
struct DiffHTMLContext {
    let diff: SituationDiff
    /// The templates' stylesheet, inlined into the page.
    let css: String

    /// The top scope's values.
    func values() -> [String: Any] {
        let narrowed = diff.categories.count < DiffCategory.allCases.count
        return [
            "lang": "en",
            "css": css,
            "exercise": diff.isExercise,
            "crisis": PrintableText.printable(diff.new.crisis),
            "crisisTitle": PrintableText.printable(diff.crisisTitle),
            "countryName": diff.new.country.name,
            "oldFile": PrintableText.printable(diff.old.file),
            "newFile": PrintableText.printable(diff.new.file),
            "oldEdition": diff.old.edition,
            "newEdition": diff.new.edition,
            "oldAsOf": diff.old.asOf.longText,
            "newAsOf": diff.new.asOf.longText,
            "oldAsOfISO": diff.old.asOf.text,
            "newAsOfISO": diff.new.asOf.text,
            "hasChanges": diff.hasChanges,
            "tally": diff.tally,
            "hasOnly": narrowed,
            "only": diff.categories.map(\.rawValue).joined(separator: ", "),
            "sections": diff.sections.map(sectionScope),
        ]
    }

    private func sectionScope(_ section: DiffSection) -> RenderScope {
        RenderScope(["id": section.category.rawValue, "title": section.title, "changes": section.changes.map(changeScope)])
    }

    private func changeScope(_ change: DiffChange) -> RenderScope {
        let symbol = switch change.kind {
        case .added: "+"
        case .removed: "−"
        case .changed: "~"
        }
        let kindWord = switch change.kind {
        case .added: "New"
        case .removed: "No longer reported"
        case .changed: "Changed"
        }
        let details = change.detailFields
        return RenderScope([
            "kind": change.kind.rawValue,
            "kindWord": kindWord,
            "symbol": symbol,
            "sentence": PrintableText.printable(change.words.isEmpty ? change.sentence : change.label),
            "hasWords": !change.words.isEmpty,
            "words": change.words.map { segment in
                RenderScope([
                    "text": PrintableText.printable(segment.text), "isSame": segment.kind == .same, "isAdded": segment.kind == .added,
                    "isRemoved": segment.kind == .removed,
                ])
            },
            "hasFields": !details.isEmpty,
            "fields": details.map { RenderScope(["summary": PrintableText.printable($0.summary)]) },
        ])
    }
}
