/// Writes a diff as plain text for a terminal or a log:
///
/// ```
/// sitrep diff: edition-001.yaml → edition-002.yaml
/// EXERCISE Blue River: floods in the lower valley
/// edition 1 (14 March 2031) → edition 2 (15 March 2031)
///
/// Borders
///   ~ NO–SE: restricted → closed by police; detail changed
/// ```
///
/// Each change is one line, marked `+` (new), `-` (no longer reported) or `~` (changed), followed by
/// indented lines for the other fields that changed and, for text, the words: `[-removed-]{+added+}`.
/// Colour, when asked for, only repeats what the marks say. Control characters in the files' text
/// are shown as `�`, so a situation file can never drive the terminal.
public enum DiffTextWriter {
    private enum Style: String {
        case bold = "\u{1B}[1m", red = "\u{1B}[31m", green = "\u{1B}[32m", yellow = "\u{1B}[33m", reset = "\u{1B}[0m"
    }

    /// The diff as text; with `colour`, ANSI colours mark additions green, removals red and changes yellow.
    public static func write(_ diff: SituationDiff, colour: Bool) -> String {
        func styled(_ text: String, _ style: Style) -> String {
            colour ? style.rawValue + text + Style.reset.rawValue : text
        }
        var lines = [
            "sitrep diff: \(PrintableText.printable(diff.old.file)) → \(PrintableText.printable(diff.new.file))",
            PrintableText.printable(diff.crisisTitle),
            "\(diff.old.title) → \(diff.new.title)",
        ]
        if diff.categories.count < DiffCategory.allCases.count {
            lines.append("compared: " + diff.categories.map(\.rawValue).joined(separator: ", "))
        }
        for section in diff.sections {
            lines.append("")
            lines.append(styled(section.title, .bold))
            for change in section.changes {
                let style: Style = switch change.kind {
                case .added: .green
                case .removed: .red
                case .changed: .yellow
                }
                let head = change.words.isEmpty ? change.sentence : change.label
                lines.append("  " + styled("\(change.kind.mark) \(PrintableText.printable(head))", style))
                for field in change.detailFields {
                    lines.append("      " + PrintableText.printable(field.summary))
                }
                if !change.words.isEmpty {
                    lines.append("      " + change.words.map { segment in
                        switch segment.kind {
                        case .same: PrintableText.printable(segment.text)
                        case .removed: styled("[-\(PrintableText.printable(segment.text))-]", .red)
                        case .added: styled("{+\(PrintableText.printable(segment.text))+}", .green)
                        }
                    }.joined(separator: " "))
                }
            }
        }
        lines.append("")
        lines.append(diff.tally)
        return lines.joined(separator: "\n") + "\n"
    }

}
