/// Text from a situation file or an article made safe to print on a terminal.
enum PrintableText {
    /// The text with control characters (escape, bell, carriage return, line breaks…) shown as `�`,
    /// so text from a file can never drive the terminal an output or a diagnostic is printed on.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isControl($0) ? "\u{FFFD}" : $0 }))
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
