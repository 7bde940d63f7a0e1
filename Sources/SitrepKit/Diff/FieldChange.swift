import Foundation

/// One field of an item that says something different in the new edition.
public struct FieldChange: Sendable, Hashable {
    /// The field's key as a situation file writes it: `status`, `as_of`, `denied_by`.
    public let field: String
    /// The old value as written (lists joined with ", "); nil when the old edition leaves it out.
    public let old: String?
    /// The new value as written; nil when the new edition leaves it out.
    public let new: String?

    /// Creates a field change.
    public init(field: String, old: String?, new: String?) {
        self.field = field
        self.old = old
        self.new = new
    }

    /// The field as a person names it: "as of", "denied by".
    public var label: String { field.replacingOccurrences(of: "_", with: " ") }

    /// "status: restricted → closed", "note: (none) → “three found alive”".
    public var summary: String {
        "\(label): \(Self.shown(old)) → \(Self.shown(new))"
    }

    /// A value for a sentence: "(none)" when absent, quoted when it holds spaces and is long.
    static func shown(_ value: String?) -> String {
        guard let value else { return "(none)" }
        return value.count > 24 && value.contains(" ") ? "“\(value)”" : value
    }
}
