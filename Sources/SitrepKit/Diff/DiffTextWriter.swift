/// Writes a diff as plain text for a terminal or a log:
///
/// ```
/// sitrep diff: edition-001.yaml → edition-002.yaml
/// EXERCISE – Exercise Blue River: floods in the lower valley
/// edition 1 (14 March 2031) → edition 2 (15 March 2031)
///
/// Borders
///   ~ NO–SE border: restricted → closed
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
            "sitrep diff: \(safe(diff.old.file)) → \(safe(diff.new.file))",
            safe(diff.crisisTitle),
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
                lines.append("  " + styled("\(change.kind.mark) \(safe(head))", style))
                for field in change.detailFields {
                    lines.append("      " + safe(field.summary))
                }
                if !change.words.isEmpty {
                    lines.append("      " + change.words.map { segment in
                        switch segment.kind {
                        case .same: safe(segment.text)
                        case .removed: styled("[-\(safe(segment.text))-]", .red)
                        case .added: styled("{+\(safe(segment.text))+}", .green)
                        }
                    }.joined(separator: " "))
                }
            }
        }
        lines.append("")
        lines.append(diff.tally)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The text with control characters (escape, carriage return, line breaks…) shown as `�`.
    static func safe(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? "\u{FFFD}" : scalar
        }))
    }
}
