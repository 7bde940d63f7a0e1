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

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, role, email, phone
    }
}
