/// Makes crisis ids: lower-case letters, digits and single hyphens.
enum ExtractionSlug {
    /// "Kyrgyzstan-2010-Osh" → "kyrgyzstan-2010-osh".
    static func make(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, !result.hasSuffix("-") {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return String(result.prefix(80))
    }
}
