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
        case .boolean(let flag): self = .boolean(flag)
        case .null: self = .null
        case .list(let elements): self = .list(elements.map(DiffJSONValue.init))
        case .mapping(let entries): self = .object(entries.map { ($0.key, DiffJSONValue($0.value)) })
        }
    }

    /// The JSON text, ending in a line break.
    func printed() -> String {
        var output = ""
        write(indent: 0, into: &output)
        return output + "\n"
    }

    private func write(indent: Int, into output: inout String) {
        let inner = String(repeating: " ", count: indent + 2)
        switch self {
        case .string(let text): output += JSONWriter.quoted(text, htmlSafe: false)
        case .integer(let number): output += String(number)
        case .tenths(let tenths): output += (tenths < 0 ? "-" : "") + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
        case .boolean(let flag): output += flag ? "true" : "false"
        case .null: output += "null"
        case .list(let elements):
            guard !elements.isEmpty else { output += "[]"; return }
            output += "[\n"
            for (index, element) in elements.enumerated() {
                output += inner
                element.write(indent: indent + 2, into: &output)
                output += index == elements.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "]"
        case .object(let entries):
            guard !entries.isEmpty else { output += "{}"; return }
            output += "{\n"
            for (index, entry) in entries.enumerated() {
                output += inner + JSONWriter.quoted(entry.key, htmlSafe: false) + ": "
                entry.value.write(indent: indent + 2, into: &output)
                output += index == entries.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "}"
        }
    }
}
