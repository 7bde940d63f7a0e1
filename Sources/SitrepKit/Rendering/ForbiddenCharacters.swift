/// Characters a rendered report may not hold as they are: the C0 controls but tab, line feed and
/// carriage return, DEL, the C1 controls, the non-characters U+FFFE and U+FFFF, and the
/// bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
///
/// HTML forbids the controls, XML forbids most, YAML cannot hold them unescaped, and sitrep refuses
/// a file with a NUL in it as binary, so a report that held one could not be checked, diffed or used
/// as `--previous`. A bidirectional control reorders the text after it, beyond the string it came
/// in: an unclosed U+202E in a place name shows "120 → 70" as "07 → 021". Every page sitrep renders
/// shows them all as U+FFFD; the data it embeds escapes them, so nothing is lost. The marks U+200E
/// and U+200F are kept: they act as one letter of their direction and close nothing.
enum ForbiddenCharacters {
    /// The character that stands for a forbidden one.
    static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Whether a scalar may not appear in a rendered report as it is.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// The text with every forbidden character replaced by U+FFFD; the same string when it has none.
    static func replaced(in text: String) -> String {
        // A page is tens of kilobytes: its bytes are read in place where the string has them so.
        guard text.utf8.withContiguousStorageIfAvailable({ hasCandidate($0) }) ?? hasCandidate(text.utf8) else { return text }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { output.append(isForbidden(scalar) ? replacement : scalar) }
        return String(output)
    }

    /// Whether the UTF-8 holds a forbidden character, read byte by byte (C1 controls are C2 80–9F,
    /// U+FFFE and U+FFFF are EF BF BE/BF, the bidirectional controls E2 80 AA–AE and E2 81 A6–A9),
    /// so text without one is not decoded at all.
    private static func hasCandidate(_ utf8: some Sequence<UInt8>) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in utf8 {
            if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F { return true }
            if previous == 0xC2, (0x80...0x9F).contains(byte) { return true }
            if beforePrevious == 0xEF, previous == 0xBF, byte == 0xBE || byte == 0xBF { return true }
            if beforePrevious == 0xE2, previous == 0x80, (0xAA...0xAE).contains(byte) { return true }
            if beforePrevious == 0xE2, previous == 0x81, (0xA6...0xA9).contains(byte) { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }
}
