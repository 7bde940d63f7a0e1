/// Characters a rendered report may not hold as they are: the C0 controls but tab, line feed and
/// carriage return, DEL, the C1 controls, and the non-characters U+FFFE and U+FFFF.
///
/// HTML forbids them, XML forbids most, YAML cannot hold them unescaped, and sitrep refuses a file
/// with a NUL in it as binary, so a report that held one could not be checked, diffed or used as
/// `--previous`. Every page sitrep renders shows them as U+FFFD; the data it embeds escapes them.
enum ForbiddenCharacters {
    /// The character that stands for a forbidden one.
    static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Whether a scalar may not appear in a rendered report as it is.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// The text with every forbidden character replaced by U+FFFD; the same string when it has none.
    static func replaced(in text: String) -> String {
        guard hasCandidate(text.utf8) else { return text }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { output.append(isForbidden(scalar) ? replacement : scalar) }
        return String(output)
    }

    /// Whether the UTF-8 holds a forbidden character, read byte by byte (C1 controls are C2 80–9F,
    /// U+FFFE and U+FFFF are EF BF BE/BF), so text without one is not decoded at all.
    private static func hasCandidate(_ utf8: String.UTF8View) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in utf8 {
            if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F { return true }
            if previous == 0xC2, (0x80...0x9F).contains(byte) { return true }
            if beforePrevious == 0xEF, previous == 0xBF, byte == 0xBE || byte == 0xBF { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }
}
