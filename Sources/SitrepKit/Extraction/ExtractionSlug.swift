/// Makes crisis and source ids: lower-case letters, digits and single hyphens.
enum ExtractionSlug {
    /// "Kyrgyzstan-2010-Osh" → "kyrgyzstan-2010-osh": every run of other characters than ASCII
    /// letters and digits becomes one "-", and the slug is cut after `maxLength` bytes.
    static func make(_ text: String, maxLength: Int = 80) -> String {
        // Only ASCII letters, digits and "-" are kept, so the slug is built as bytes; an ASCII text
        // is put in lower case bytewise, and any other byte of a non-ASCII one makes a hyphen.
        let lower = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.lowercased()
        var result: [UInt8] = []
        for byte in lower.utf8 {
            let small = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if (small >= 0x61 && small <= 0x7A) || (small >= 0x30 && small <= 0x39) {
                result.append(small)
            } else if !result.isEmpty, result.last != 0x2D {
                result.append(0x2D)
            }
        }
        while result.last == 0x2D { result.removeLast() }
        return String(decoding: result.prefix(maxLength), as: UTF8.self)
    }
}
