/// A JSON value as the diff's JSON writer builds it, printed like every JSON sitrep writes:
/// two-space indents, keys in the order given.
indirect enum DiffJSONValue {
    case string(String)
    case integer(Int)
    /// A number with one decimal, given in tenths (133 prints as 13.3).
    case tenths(Int)
    case boolean(Bool)
    case null
    case list([DiffJSONValue])
    case object([(key: String, value: DiffJSONValue)])

    /// Text, or null when absent.
    static func optional(_ text: String?) -> DiffJSONValue { text.map(DiffJSONValue.string) ?? .null }

    /// The value the situation writers produce for a model value (counts as objects).
    init(_ value: EncodedValue) {
        switch value {
        case .string(let text, _): self = .string(text)
        case .integer(let number): self = .integer(number)
        case .number(let text): self = .string(text)
        case .boolean(let flag): self = .boolean(flag)
        case .null: self = .null
        case .list(let elements): self = .list(elements.map(DiffJSONValue.init))
        case .mapping(let entries): self = .object(entries.map { ($0.key, DiffJSONValue($0.value)) })
        }
    }

    /// The JSON text, ending in a line break, printed by the same writer as every JSON sitrep writes.
    func printed() -> String {
        JSONWriter.write(encoded)
    }

    private var encoded: EncodedValue {
        switch self {
        case .string(let text): .string(text, plain: false)
        case .integer(let number): .integer(number)
        case .tenths(let tenths): .number((tenths < 0 ? "-" : "") + "\(abs(tenths) / 10).\(abs(tenths) % 10)")
        case .boolean(let flag): .boolean(flag)
        case .null: .null
        case .list(let elements): .list(elements.map(\.encoded))
        case .object(let entries): .mapping(entries.map { ($0.key, $0.value.encoded) })
        }
    }
}
