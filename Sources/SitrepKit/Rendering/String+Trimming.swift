extension String {
    /// The text without white space or line breaks at either end: the characters Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` removes (Unicode's White_Space), found
    /// without copying the text through Foundation, which was a twentieth of publishing.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
