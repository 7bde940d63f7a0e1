/// Ids that end up in paths and links: a crisis id (`kyrgyzstan-2010-osh`) or a source id.
public enum Slug {
    /// Whether `text` is a safe id: lower-case letters, digits and '-' (or, with `allowingCase`,
    /// any ASCII letter, digit, '-', '_' and '.'), starting with a letter or digit, at most 100 long.
    /// Whether ".." occurs in the text, looked for bytewise (Foundation's search is slow).
    private static func hasTwoDots(_ text: String) -> Bool {
        var previousIsDot = false
        for byte in text.utf8 {
            let isDot = byte == 0x2E
            if isDot && previousIsDot { return true }
            previousIsDot = isDot
        }
        return false
    }

    public static func isValid(_ text: String, allowingCase: Bool = false) -> Bool {
        func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || (allowingCase && ("A"..."Z").contains(scalar))
        }
        guard let first = text.unicodeScalars.first, isAlphanumeric(first), text.unicodeScalars.count <= 100 else {
            return false
        }
        return text.unicodeScalars.allSatisfy { scalar in
            isAlphanumeric(scalar) || scalar == "-" || (allowingCase && (scalar == "_" || scalar == "."))
        } && !hasTwoDots(text)
    }
}
