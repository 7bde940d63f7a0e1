import Foundation

/// How the lines of a field notes file become notes: a list item and its continuation lines are
/// one note, as in CommonMark.
extension FieldNotesReader {
    /// The file's lines, numbered from 0, with each list item's indented continuation lines joined
    /// to it, as in CommonMark: a bullet wrapped onto a second line is one note, which keeps the
    /// source its last line names, and is numbered by its first line. When a line ends with its
    /// citation and the next starts a sentence, the note keeps the sentence end the citation
    /// stood for ("…in Chikwawa (source: X)" + "Separately, …" is "…in Chikwawa. (source: X)
    /// Separately, …"), so that taking the citation out glues no two sentences into one.
    static func notes(in text: String) -> [(number: Int, line: String)] {
        var notes: [(number: Int, line: String)] = []
        var inListItem = false
        for (number, raw) in lines(of: text).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let isIndented = raw.first == " " || raw.first == "\t"
            let startsListItem = ["- ", "* ", "+ ", "• "].contains(where: line.hasPrefix) || line.prefixMatch(of: /\d{1,3}[.)]\s+/) != nil
            if inListItem, isIndented, !line.isEmpty, !startsListItem, !line.hasPrefix("#") {
                let startsSentence = !(line.first?.isLowercase ?? false)
                let previous = notes[notes.count - 1].line
                notes[notes.count - 1].line = (startsSentence ? endingItsSentence(previous) : previous) + " " + line
                continue
            }
            if inListItem, let previous = notes.last?.line, goesOn(previous, with: raw) {
                notes[notes.count - 1].line += " " + line
                continue
            }
            notes.append((number, String(raw)))
            inListItem = startsListItem
        }
        return notes
    }

    /// The file's physical lines; they end at "\n", "\r\n" (one Character in Swift, so not split by
    /// "\n") or "\r".
    static func lines(of text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    }

    /// Where the `occurrence`th "(source:" (from 0) of the note that spans `lines[range]` stands,
    /// with its column counted in Unicode scalars; the note's first line, column 1, if it has none.
    static func location(ofSource occurrence: Int, in lines: [Substring], spanning range: Range<Int>) -> SourceLocation {
        var seen = 0
        for number in range where number < lines.count {
            var rest = lines[number][...]
            while let found = rest.range(of: "(source:", options: .caseInsensitive) {
                if seen == occurrence {
                    let column = lines[number].unicodeScalars[..<found.lowerBound].count + 1
                    return SourceLocation(line: number + 1, column: column)
                }
                seen += 1
                rest = rest[found.upperBound...]
            }
        }
        return SourceLocation(line: range.lowerBound + 1, column: 1)
    }

    /// Whether the unindented line `next` may go on with the list item `note` (CommonMark's lazy
    /// continuation): `note` has no citation yet, and `next` is not blank, a heading or a list item
    /// of its own. Only when it surely does (``goesOn(_:with:)``) is it joined; otherwise it may
    /// be a note of its own, which plain lines are.
    static func mayGoOn(_ note: String, with next: Substring) -> Bool {
        let line = next.trimmingCharacters(in: .whitespaces)
        let note = note.trimmingCharacters(in: .whitespaces)
        let isListItem = { (text: String) in ["- ", "* ", "+ ", "• "].contains(where: text.hasPrefix) || text.prefixMatch(of: /\d{1,3}[.)]\s+/) != nil }
        guard isListItem(note), next.first != " ", next.first != "\t", !line.isEmpty, !line.hasPrefix("#"), !isListItem(line) else { return false }
        return note.range(of: "(source:", options: .caseInsensitive) == nil && !note.contains("http://") && !note.contains("https://")
    }

    /// Whether the unindented line `next` surely goes on with the list item `note`: it may
    /// (``mayGoOn(_:with:)``), `note` ends without a sentence end and `next` starts in lower case,
    /// in the middle of the sentence ("- 12 people are missing in Chikwawa" + "after the bridge…"),
    /// and does not start with a count of its own ("about 40 people injured in Nsanje" is another note).
    static func goesOn(_ note: String, with next: Substring) -> Bool {
        guard mayGoOn(note, with: next), let end = note.trimmingCharacters(in: .whitespaces).last, !".!?".contains(end) else { return false }
        // "about 40 people injured in Nsanje" starts with a count of its own; "after the bridge
        // collapsed on 3 March" only holds one.
        let startsWithCount = CountFinder.mentions(in: ExtractionTokenizer.tokens(String(next))).first?.start == 0
        return (next.first?.isLowercase ?? false) && !startsWithCount
    }

    /// `line` with a full stop before the citation that ends it (a `(source: …)`, a URL, a
    /// Markdown link naming its publisher) or after a link that is part of the statement, when
    /// the sentence there has no end mark of its own; `line` itself when it ends with no citation.
    static func endingItsSentence(_ line: String) -> String {
        let text = line.trimmingCharacters(in: .whitespaces)
        var citationStart: String.Index?
        if let sources = text.firstMatch(of: /(?:\s*\((?i:source):[^()]*\))+$/) {
            citationStart = sources.range.lowerBound
        } else if let link = text.firstMatch(of: /\[([^\]]*)\]\([^\s]*\)$/) {
            if isStatement(linkText: String(link.output.1)) {
                return text.last.map { ".!?".contains($0) } == true ? text : text + "."
            }
            citationStart = link.range.lowerBound
        } else if let last = text.split(separator: " ").last, last.contains("http://") || last.contains("https://") {
            citationStart = last.startIndex
        }
        guard let citationStart else { return text }
        let statement = text[..<citationStart].trimmingCharacters(in: .whitespaces)
        guard let end = statement.last, !".!?,;:".contains(end) else { return text }
        return statement + ". " + text[citationStart...].trimmingCharacters(in: .whitespaces)
    }
}
