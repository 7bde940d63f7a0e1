/// Someone to call or write to about the report.
public struct Contact: Sendable, Hashable, Codable {
    /// A person's name or a desk ("Duty officer").
    public var name: String
    /// Their role.
    public var role: String?
    /// Their e-mail address.
    public var email: String?
    /// Their telephone number.
    public var phone: String?

    /// Creates a contact.
    public init(name: String, role: String? = nil, email: String? = nil, phone: String? = nil) {
        self.name = name
        self.role = role
        self.email = email
        self.phone = phone
    }

    /// The address when it is safe to link as `mailto:`: one `@` between a local part of letters,
    /// digits and `.!#$*+-=^_{|}~'` and a domain of dotted labels of letters, digits and `-`. Nil
    /// otherwise: `duty@example.org?bcc=someone@example.net` would send every message to a second
    /// address, and `javascript:…` is no address at all. Reports show such a value as plain text.
    public var linkableEmail: String? {
        guard let email else { return nil }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].unicodeScalars.allSatisfy(Contact.isLocalPartCharacter) else { return nil }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ label in
            !label.isEmpty && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.unicodeScalars.allSatisfy { $0 == "-" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        }) else { return nil }
        return email
    }

    private static func isLocalPartCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            || ".!#$*+-=^_{|}~'".unicodeScalars.contains(scalar)
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, role, email, phone
    }
}
