extension Figure {
    /// The group a key figure sorts this figure under: nil for no group and for "people", which is
    /// what a figure with no group counts, so whether extraction wrote `group: people` never decides
    /// which figures a card stands on.
    var cardGroup: String? { Self.cardGroup(of: group) }

    /// The group a key figure sorts a figure of `group` under: nil for none and for "people".
    static func cardGroup(of group: String?) -> String? {
        guard let group else { return nil }
        let words = group.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words.isEmpty || words.lowercased() == "people" ? nil : group
    }
}
