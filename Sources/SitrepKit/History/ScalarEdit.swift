/// Replaces single scalar values in the text of a situation file, where the reader located them,
/// so that a copy keeps the file's comments, quoting and layout. Only for one-line values (numbers
/// and dates); the caller reads the result back to make sure it says what was meant.
struct ScalarEdit {
    /// Where the value starts, as ``SituationDocument/location(of:)`` gives it.
    let location: SourceLocation
    /// The new value, unquoted; it is quoted the way the old value was.
    let value: String

    /// `text` with every edit applied; nil when a location is not in the text.
    static func apply(_ edits: [ScalarEdit], to text: String) -> String? {
        var scalars = Array(text.unicodeScalars)
        // From the end, so that earlier offsets stay valid.
        for edit in edits.sorted(by: { $0.location > $1.location }) {
            guard let start = offset(of: edit.location, in: scalars) else { return nil }
            let end = tokenEnd(from: start, in: scalars)
            let quote = scalars[start] == "\"" || scalars[start] == "'" ? String(scalars[start]) : ""
            scalars.replaceSubrange(start..<end, with: (quote + edit.value + quote).unicodeScalars)
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    /// The offset of a 1-based line and column (in Unicode scalars) in the text.
    private static func offset(of location: SourceLocation, in scalars: [Unicode.Scalar]) -> Int? {
        var line = 1, index = 0
        while line < location.line {
            guard let newline = scalars[index...].firstIndex(of: "\n") else { return nil }
            index = newline + 1
            line += 1
        }
        let offset = index + location.column - 1
        guard offset < scalars.count, !scalars[index..<offset].contains("\n") else { return nil }
        return offset
    }

    /// Where the scalar that starts at `start` ends: after its closing quote, or for a plain value at
    /// the end of the line, a comment (` #`) or, in flow style and JSON, `,`, `}` or `]`; trailing
    /// spaces are not part of it.
    private static func tokenEnd(from start: Int, in scalars: [Unicode.Scalar]) -> Int {
        let first = scalars[start]
        var index = start + 1
        if first == "\"" || first == "'" {
            while index < scalars.count, scalars[index] != "\n" {
                if first == "\"", scalars[index] == "\\" {
                    index += 2
                    continue
                }
                if scalars[index] == first {
                    if first == "'", index + 1 < scalars.count, scalars[index + 1] == "'" {
                        index += 2
                        continue
                    }
                    return index + 1
                }
                index += 1
            }
            return min(index, scalars.count)
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" || scalar == "," || scalar == "}" || scalar == "]" { break }
            if scalar == "#", scalars[index - 1] == " " || scalars[index - 1] == "\t" { break }
            index += 1
        }
        while index > start + 1, scalars[index - 1] == " " || scalars[index - 1] == "\t" { index -= 1 }
        return index
    }
}
