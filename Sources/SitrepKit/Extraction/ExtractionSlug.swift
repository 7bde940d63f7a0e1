/// Makes crisis ids: lower-case letters, digits and single hyphens.
enum ExtractionSlug {
    /// "Kyrgyzstan-2010-Osh" → "kyrgyzstan-2010-osh".
    static func make(_ text: String) -> String {
        // Only ASCII letters, digits and "-" are kept, so the slug is built as bytes.
        var result: [UInt8] = []
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.append(UInt8(scalar.value))
            } else if !result.isEmpty, result.last != 0x2D {
                result.append(0x2D)
            }
        }
        while result.last == 0x2D { result.removeLast() }
        return String(decoding: result.prefix(80), as: UTF8.self)
    }
}
