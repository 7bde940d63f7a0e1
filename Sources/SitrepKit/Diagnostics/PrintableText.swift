/// Text from a situation file, an article or a file name made safe to print on a terminal.
public enum PrintableText {
    /// The text with control characters (escape, bell, carriage return, line breaks…), the line and
    /// paragraph separators, the non-characters U+FFFE/U+FFFF and the bidirectional overrides shown
    /// as `�`, so text from a file can never drive or disguise the terminal it is printed on.
    public static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isControl($0) ? "\u{FFFD}" : $0 }))
    }

    /// Each line printable, the line breaks kept: for a message of several lines.
    public static func printableLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { printable(String($0)) }.joined(separator: "\n")
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0xFFFE, 0xFFFF: true
        default: false
        }
    }
}
