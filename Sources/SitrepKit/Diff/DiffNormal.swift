/// The forms in which a diff compares text, so that formatting never counts as change.
enum DiffNormal {
    /// Runs of white space (line breaks of a rewrapped YAML block included) as single spaces, trimmed.
    static func text(_ text: String) -> String {
        WhitespaceWords.split(text).joined(separator: " ")
    }

    /// The form of a name in an identity key: normalised text in lower case.
    static func key(_ text: String?) -> String {
        guard let text else { return "" }
        return self.text(text).lowercased()
    }

    /// Whether text is absent or only white space.
    static func isBlank(_ text: String?) -> Bool {
        text.map(WhitespaceWords.isBlank) ?? true
    }

    /// Whether two texts are equal once normalised (`text(a) == text(b)`), told without building
    /// either normal form: the words are compared up to the first that differs.
    static func isSameText(_ a: String, _ b: String) -> Bool {
        WhitespaceWords.haveSameWords(a, b)
    }
}

/// One field of an item as a diff compares it: its value as written and the form compared.
struct FieldValue {
    /// The key as a situation file writes it.
    let name: String
    /// The value as written, lists joined with ", "; nil when absent.
    let shown: String?
    /// The form compared: normalised text, a count's qualifier and bounds, a sorted list.
    let compared: String?

    /// A text field, compared with white space normalised; blank counts as absent.
    static func text(_ name: String, _ value: String?) -> FieldValue {
        let blank = DiffNormal.isBlank(value)
        return FieldValue(name: name, shown: blank ? nil : value, compared: blank ? nil : DiffNormal.text(value!))
    }

    /// A field whose written form is its meaning (a code, a status word, a date).
    static func exact(_ name: String, _ value: String?) -> FieldValue {
        FieldValue(name: name, shown: value, compared: value)
    }

    /// A list whose order does not count, shown joined with `separator`.
    static func set(_ name: String, _ values: [String], separator: String = ", ") -> FieldValue {
        values.isEmpty
            ? FieldValue(name: name, shown: nil, compared: nil)
            : FieldValue(name: name, shown: values.joined(separator: separator), compared: values.sorted().joined(separator: "\u{1F}"))
    }
}
