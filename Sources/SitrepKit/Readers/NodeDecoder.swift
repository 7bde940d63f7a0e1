import Yams

/// A `Decoder` over a composed YAML node tree that knows where every value stands in the file.
///
/// It is strict where Yams' own decoder is lenient: an unknown key is an error with a suggestion,
/// text is not taken as a number, and every failure carries the line and column of the value.
/// It also records the location of every value it visits, so later checks can point at them.
struct NodeDecoder: Decoder {
    let node: Node
    let codingPath: [CodingKey]
    let recorder: LocationRecorder
    /// The coding path as written in messages (``LocationRecorder/path(_:)``), built one step at a time.
    private let pathText: String
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(node: Node, codingPath: [CodingKey], recorder: LocationRecorder) {
        self.init(node: node, codingPath: codingPath, pathText: LocationRecorder.path(codingPath), recorder: recorder)
    }

    private init(node: Node, codingPath: [CodingKey], pathText: String, recorder: LocationRecorder) {
        self.node = node
        self.codingPath = codingPath
        self.pathText = pathText
        self.recorder = recorder
        recorder.record(node, at: pathText)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let mapping) = node else {
            throw LocatedDecodingError(node: node, message: "expected a mapping of keys and values, found \(node.kindDescription)")
        }
        let entries = try KeyedNodeContainer<Key>.entries(of: mapping)
        if let allKeys = Key.self as? any (CodingKey & CaseIterable).Type {
            let accepted = Self.names(of: allKeys)
            for (name, entry) in entries where !accepted.contains(name) {
                var message = "unknown key '\(name)'"
                if let suggestion = Suggestion.closest(to: name, among: accepted) {
                    message += "; did you mean '\(suggestion)'?"
                } else {
                    message += "; expected one of: \(accepted.joined(separator: ", "))"
                }
                throw LocatedDecodingError(node: entry.key, message: message)
            }
        }
        return KeyedDecodingContainer(KeyedNodeContainer<Key>(decoder: self, mapping: mapping, entries: entries))
    }

    private static func names<K: CodingKey & CaseIterable>(of type: K.Type) -> [String] {
        type.allCases.map(\.stringValue)
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case .sequence(let sequence) = node else {
            throw LocatedDecodingError(node: node, message: "expected a list, found \(node.kindDescription)")
        }
        return UnkeyedNodeContainer(decoder: self, elements: Array(sequence))
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer {
        SingleValueNodeContainer(decoder: self)
    }

    /// A decoder for a child value, one step further down the coding path.
    func child(_ node: Node, key: CodingKey) -> NodeDecoder {
        NodeDecoder(node: node, codingPath: codingPath + [key], pathText: LocationRecorder.path(pathText, then: key), recorder: recorder)
    }

    /// Decodes a value of `type` from this decoder's node, giving any plain error the node's location.
    func decodeLocated<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            return try decodeValue(type)
        } catch let error as LocatedDecodingError {
            throw error
        } catch let error as ModelValueError {
            throw LocatedDecodingError(node: node, message: error.message)
        } catch let error as DecodingError {
            throw LocatedDecodingError(node: node, message: Self.message(for: error))
        }
    }

    private func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        let scalars = SingleValueNodeContainer(decoder: self)
        switch type {
        case is String.Type: return try scalars.decode(String.self) as! T
        case is Int.Type: return try scalars.decode(Int.self) as! T
        case is Bool.Type: return try scalars.decode(Bool.self) as! T
        default: return try T(from: self)
        }
    }

    private static func message(for error: DecodingError) -> String {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context),
             .dataCorrupted(let context):
            return context.debugDescription
        @unknown default:
            return "\(error)"
        }
    }

    /// Whether a node is YAML's null: `~`, `null` or nothing at all.
    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }
}

/// Where decoding failed, and why.
struct LocatedDecodingError: Error {
    let location: SourceLocation?
    let message: String

    init(node: Node, message: String) {
        self.location = node.mark.map { SourceLocation(line: $0.line, column: $0.column) }
        self.message = message
    }
}

/// The location of every value a decoder visited, by coding path (`casualties[0].source`).
final class LocationRecorder {
    private(set) var locations: [String: SourceLocation] = [:]

    /// Records where the value at `path` (as ``path(_:)`` writes it) stands.
    func record(_ node: Node, at path: String) {
        guard let mark = node.mark else { return }
        locations[path] = SourceLocation(line: mark.line, column: mark.column)
    }

    /// The path as written in messages: `casualties[0].source`.
    static func path(_ codingPath: [CodingKey]) -> String {
        codingPath.reduce("") { path($0, then: $1) }
    }

    /// `path` (as ``path(_:)`` writes it) one key further down.
    static func path(_ path: String, then key: CodingKey) -> String {
        if let index = key.intValue { return path + "[\(index)]" }
        return path.isEmpty ? key.stringValue : path + "." + key.stringValue
    }
}

/// A list index as a coding key.
struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { return nil }
}

extension Node {
    /// "a list", "a mapping", "'word'", for messages.
    var kindDescription: String {
        switch self {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar(let scalar): NodeDecoder.isNull(self) ? "nothing" : "'\(scalar.string)'"
        case .alias: "an alias"
        }
    }
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: NodeDecoder
    let mapping: Node.Mapping
    /// The keys as written, and the value of each, in file order: two arrays, so a look-up compares
    /// names without copying the nodes beside them.
    let names: [String]
    let values: [Node]
    var codingPath: [CodingKey] { decoder.codingPath }
    var allKeys: [Key] { names.compactMap { Key(stringValue: $0) } }

    static func entries(of mapping: Node.Mapping) throws -> [(name: String, entry: (key: Node, value: Node))] {
        try mapping.map { key, value in
            guard case .scalar(let scalar) = key else {
                throw LocatedDecodingError(node: key, message: "expected a key, found \(key.kindDescription)")
            }
            return (scalar.string, (key, value))
        }
    }

    init(decoder: NodeDecoder, mapping: Node.Mapping, entries: [(name: String, entry: (key: Node, value: Node))]) {
        self.decoder = decoder
        self.mapping = mapping
        self.names = entries.map(\.name)
        self.values = entries.map(\.entry.value)
    }

    private func value(for key: Key) -> Node? {
        names.firstIndex(of: key.stringValue).map { values[$0] }
    }

    func contains(_ key: Key) -> Bool { value(for: key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let node = value(for: key) else { return true }
        return NodeDecoder.isNull(node)
    }

    /// As the protocol's own `decodeIfPresent` (nil when the key is absent or its value null, else
    /// ``decode(_:forKey:)``), with one look-up of the key rather than three.
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let node = value(for: key), !NodeDecoder.isNull(node) else { return nil }
        return try decoder.child(node, key: key).decodeLocated(type)
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        guard let node = value(for: key) else {
            throw LocatedDecodingError(node: .mapping(mapping), message: "missing required key '\(key.stringValue)'")
        }
        if NodeDecoder.isNull(node) {
            throw LocatedDecodingError(node: node, message: "'\(key.stringValue)' needs a value")
        }
        return try decoder.child(node, key: key).decodeLocated(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        guard let node = value(for: key) else {
            throw LocatedDecodingError(node: .mapping(mapping), message: "missing required key '\(key.stringValue)'")
        }
        return try decoder.child(node, key: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        guard let node = value(for: key) else {
            throw LocatedDecodingError(node: .mapping(mapping), message: "missing required key '\(key.stringValue)'")
        }
        return try decoder.child(node, key: key).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> Decoder {
        decoder.child(value(for: key) ?? .mapping(mapping), key: key)
    }
}

private struct UnkeyedNodeContainer: UnkeyedDecodingContainer {
    let decoder: NodeDecoder
    let elements: [Node]
    private(set) var currentIndex = 0
    var codingPath: [CodingKey] { decoder.codingPath }
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    init(decoder: NodeDecoder, elements: [Node]) {
        self.decoder = decoder
        self.elements = elements
    }

    private mutating func next() throws -> NodeDecoder {
        guard !isAtEnd else {
            throw LocatedDecodingError(node: decoder.node, message: "the list has too few entries")
        }
        defer { currentIndex += 1 }
        return decoder.child(elements[currentIndex], key: IndexKey(intValue: currentIndex))
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, NodeDecoder.isNull(elements[currentIndex]) else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let child = try next()
        if NodeDecoder.isNull(child.node) {
            throw LocatedDecodingError(node: child.node, message: "a list entry needs a value")
        }
        return try child.decodeLocated(type)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        try next().unkeyedContainer()
    }

    mutating func superDecoder() throws -> Decoder { try next() }
}

private struct SingleValueNodeContainer: SingleValueDecodingContainer {
    let decoder: NodeDecoder
    var codingPath: [CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { NodeDecoder.isNull(decoder.node) }

    private func scalar(expecting what: String) throws -> Node.Scalar {
        guard case .scalar(let scalar) = decoder.node, !NodeDecoder.isNull(decoder.node) else {
            throw LocatedDecodingError(node: decoder.node, message: "expected \(what), found \(decoder.node.kindDescription)")
        }
        return scalar
    }

    func decode(_ type: String.Type) throws -> String {
        try scalar(expecting: "text").string
    }

    func decode(_ type: Bool.Type) throws -> Bool {
        let scalar = try scalar(expecting: "true or false")
        switch scalar.style == .plain ? scalar.string : "" {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: throw LocatedDecodingError(node: decoder.node, message: "expected true or false, found '\(scalar.string)'")
        }
    }

    func decode(_ type: Int.Type) throws -> Int {
        let scalar = try scalar(expecting: "a whole number")
        guard scalar.style == .plain, let value = Int(scalar.string) else {
            throw LocatedDecodingError(node: decoder.node, message: "expected a whole number, found '\(scalar.string)'")
        }
        return value
    }

    func decode(_ type: Double.Type) throws -> Double {
        let scalar = try scalar(expecting: "a number")
        guard scalar.style == .plain, let value = Double(scalar.string), value.isFinite else {
            throw LocatedDecodingError(node: decoder.node, message: "expected a number, found '\(scalar.string)'")
        }
        return value
    }

    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }
    func decode(_ type: Int8.Type) throws -> Int8 { try narrow(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try narrow(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try narrow(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try narrow(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try narrow(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try narrow(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try narrow(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try narrow(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try narrow(type) }

    private func narrow<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let value = try decode(Int.self)
        guard let narrowed = T(exactly: value) else {
            throw LocatedDecodingError(node: decoder.node, message: "the number \(value) is out of range")
        }
        return narrowed
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try decoder.decodeLocated(type)
    }
}
