extension Count {
    /// Checks the fields of the object form (`{"text", "qualifier", "low", "high"}`) against the
    /// count its text reads as. The text decides, so a `qualifier`, `low` or `high` that says
    /// otherwise would be replaced without a word: `{"text": "at least 77", "qualifier": "exact",
    /// "low": 7}` is a script whose numbers and words disagree, and only a person can tell which is
    /// right. A field left out, or null, is derived from the text and not compared.
    /// - Throws: an error at the first field that disagrees, naming it, its value and the text's.
    func checkAgreement(with object: KeyedDecodingContainer<ObjectKeys>) throws {
        if let given = try object.decodeIfPresent(Qualifier.self, forKey: .qualifier), given != qualifier {
            try disagreement(in: object, at: .qualifier, given: "'\(given.rawValue)'", read: "'\(qualifier.rawValue)'")
        }
        if let given = try object.decodeIfPresent(Int.self, forKey: .low), given != low {
            try disagreement(in: object, at: .low, given: String(given), read: low.map(String.init) ?? "no lower bound")
        }
        if let given = try object.decodeIfPresent(Int.self, forKey: .high), given != high {
            try disagreement(in: object, at: .high, given: String(given), read: high.map(String.init) ?? "no upper bound")
        }
    }

    /// Throws the error for one field that disagrees with the text, at that field's value.
    private func disagreement(in object: KeyedDecodingContainer<ObjectKeys>, at key: ObjectKeys, given: String, read: String) throws {
        let message = "the count's '\(key.stringValue)' is \(given), but its text '\(text)' gives \(read); "
            + "the text decides, so correct the one that is wrong, or leave '\(key.stringValue)' out and let it follow the text"
        if let field = try object.superDecoder(forKey: key) as? NodeDecoder {
            throw LocatedDecodingError(node: field.node, message: message)
        }
        throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: object.codingPath + [key], debugDescription: message))
    }
}
