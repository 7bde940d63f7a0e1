/// Writes a diff as CommonMark: a heading, one section per category with a bullet per change, the
/// other changed fields as sub-bullets, and word changes as `~~removed~~ **added**`.
///
/// Every piece of the files' text is escaped, so it reads as itself and never becomes Markdown
/// structure, links or HTML; control characters are shown as `�`.
public enum DiffMarkdownWriter {
    /// The diff as Markdown.
    public static func write(_ diff: SituationDiff) -> String {
        let escape = { (text: String) in PrintableText.printable(MarkdownContentType.escape(text)) }
        var lines = ["# \(escape(diff.crisisTitle))"]
        lines.append("")
        lines.append("**Changes from edition \(diff.old.edition) to edition \(diff.new.edition)** · "
            + "\(diff.old.asOf.longText) → \(diff.new.asOf.longText)  ")
        lines.append("From \(escape(diff.old.file)) to \(escape(diff.new.file))")
        if diff.isExercise {
            lines.append("")
            lines.append("> **EXERCISE.** This crisis is fictional. Nothing in this report describes real events.")
        }
        if diff.categories.count < DiffCategory.allCases.count {
            lines.append("")
            lines.append("Compared: " + diff.categories.map(\.rawValue).joined(separator: ", ") + ".")
        }
        for section in diff.sections {
            lines.append("")
            lines.append("## \(section.title)")
            lines.append("")
            for change in section.changes {
                if change.words.isEmpty {
                    lines.append("- " + lineStart(escape(change.sentence)))
                } else {
                    lines.append("- " + lineStart(escape(change.label)) + " (\(change.kind.word)):  ")
                    lines.append("  " + change.words.map { segment in
                        switch segment.kind {
                        case .same: escape(segment.text)
                        case .removed: "~~\(escape(segment.text))~~"
                        case .added: "**\(escape(segment.text))**"
                        }
                    }.joined(separator: " "))
                }
                for field in change.detailFields {
                    lines.append("  - " + lineStart(escape(field.summary)))
                }
            }
        }
        lines.append("")
        lines.append(diff.hasChanges ? "\(diff.tally.prefix(1).uppercased())\(diff.tally.dropFirst())." : "No changes.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text that begins a list item, with a backslash before anything that would start a nested list
    /// or heading there ("3. battalion", "- x", "+ y", "# z").
    static func lineStart(_ text: String) -> String {
        if let first = text.first, "-+=#".contains(first) { return "\\" + text }
        if let match = text.prefixMatch(of: /\d{1,9}([.)])/) {
            return text[..<match.1.startIndex] + "\\" + text[match.1.startIndex...]
        }
        return text
    }
}
