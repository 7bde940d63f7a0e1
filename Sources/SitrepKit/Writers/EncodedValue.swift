/// A value as an `Encodable` wrote it, with mapping keys kept in the order they were written.
/// The YAML and JSON writers print this tree, so both are deterministic.
indirect enum EncodedValue: Equatable {
    /// Text; `plain` says a YAML writer may leave it unquoted although it looks like a date or number.
    case string(String, plain: Bool)
    case integer(Int)
    /// A number printed exactly as given ("13.3"), for values that are not whole.
    case number(String)
    case boolean(Bool)
    case null
    case list([EncodedValue])
    case mapping([(key: String, value: EncodedValue)])

    static func == (lhs: EncodedValue, rhs: EncodedValue) -> Bool {
        switch (lhs, rhs) {
        case let (.string(a, pa), .string(b, pb)): a == b && pa == pb
        case let (.integer(a), .integer(b)): a == b
        case let (.number(a), .number(b)): a == b
        case let (.boolean(a), .boolean(b)): a == b
        case (.null, .null): true
        case let (.list(a), .list(b)): a == b
        case let (.mapping(a), .mapping(b)): a.map(\.key) == b.map(\.key) && a.map(\.value) == b.map(\.value)
        default: false
        }
    }
}
