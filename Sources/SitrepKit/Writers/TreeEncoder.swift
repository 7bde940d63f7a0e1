/// Turns any `Encodable` into an ``EncodedValue`` tree, keeping the order in which keys were encoded.
struct TreeEncoder {
    /// Passed to every `encode(to:)` as the encoder's `userInfo`.
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func encode<T: Encodable>(_ value: T) throws -> EncodedValue {
        let box = TreeBox()
        try TreeEncoderImplementation(box: box, codingPath: [], userInfo: userInfo).encodeValue(value)
        return box.finished()
    }
}

/// The value one encoder writes, filled in place as its containers are used.
private final class TreeBox {
    enum Content {
        case empty
        case value(EncodedValue)
        case mapping([(key: String, box: TreeBox)])
        case list([TreeBox])
    }

    var content = Content.empty

    func finished() -> EncodedValue {
        switch content {
        case .empty: .null
        case .value(let value): value
        case .mapping(let entries): .mapping(entries.map { ($0.key, $0.box.finished()) })
        case .list(let boxes): .list(boxes.map { $0.finished() })
        }
    }

    func append(key: String, _ box: TreeBox) {
        if case .mapping(var entries) = content {
            entries.append((key, box))
            content = .mapping(entries)
        } else {
            content = .mapping([(key, box)])
        }
    }

    func append(_ box: TreeBox) {
        if case .list(var boxes) = content {
            boxes.append(box)
            content = .list(boxes)
        } else {
            content = .list([box])
        }
    }
}

private struct TreeEncoderImplementation: Encoder {
    let box: TreeBox
    let codingPath: [CodingKey]
    let userInfo: [CodingUserInfoKey: Any]

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .mapping = box.content {} else { box.content = .mapping([]) }
        return KeyedEncodingContainer(KeyedTreeContainer<Key>(encoder: self))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        if case .list = box.content {} else { box.content = .list([]) }
        return UnkeyedTreeContainer(encoder: self)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        SingleTreeContainer(encoder: self)
    }

    func child(_ key: CodingKey) -> TreeEncoderImplementation {
        TreeEncoderImplementation(box: TreeBox(), codingPath: codingPath + [key], userInfo: userInfo)
    }

    func encodeValue<T: Encodable>(_ value: T) throws {
        switch value {
        case let text as String: box.content = .value(.string(text, plain: false))
        case let plain as PlainScalar: box.content = .value(.string(plain.text, plain: true))
        case let number as Int: box.content = .value(.integer(number))
        case let flag as Bool: box.content = .value(.boolean(flag))
        default: try value.encode(to: self)
        }
    }
}

private struct KeyedTreeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: TreeEncoderImplementation
    var codingPath: [CodingKey] { encoder.codingPath }

    private func child(_ key: Key) -> TreeEncoderImplementation {
        let child = encoder.child(key)
        encoder.box.append(key: key.stringValue, child.box)
        return child
    }

    mutating func encodeNil(forKey key: Key) throws {
        child(key).box.content = .value(.null)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try child(key).encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        child(key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        child(key).unkeyedContainer()
    }

    mutating func superEncoder() -> Encoder { encoder }
    mutating func superEncoder(forKey key: Key) -> Encoder { child(key) }
}

private struct UnkeyedTreeContainer: UnkeyedEncodingContainer {
    let encoder: TreeEncoderImplementation
    var codingPath: [CodingKey] { encoder.codingPath }
    var count: Int {
        if case .list(let boxes) = encoder.box.content { return boxes.count }
        return 0
    }

    private func next() -> TreeEncoderImplementation {
        let child = encoder.child(IndexKey(intValue: count))
        encoder.box.append(child.box)
        return child
    }

    mutating func encodeNil() throws {
        next().box.content = .value(.null)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try next().encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        next().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        next().unkeyedContainer()
    }

    mutating func superEncoder() -> Encoder { next() }
}

private struct SingleTreeContainer: SingleValueEncodingContainer {
    let encoder: TreeEncoderImplementation
    var codingPath: [CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.box.content = .value(.null) }
    mutating func encode(_ value: Bool) throws { try encoder.encodeValue(value) }
    mutating func encode(_ value: String) throws { try encoder.encodeValue(value) }
    mutating func encode(_ value: Double) throws { encoder.box.content = .value(.string(String(value), plain: true)) }
    mutating func encode(_ value: Float) throws { try encode(Double(value)) }
    mutating func encode(_ value: Int) throws { try encoder.encodeValue(value) }
    mutating func encode(_ value: Int8) throws { try encode(Int(clamping: value)) }
    mutating func encode(_ value: Int16) throws { try encode(Int(clamping: value)) }
    mutating func encode(_ value: Int32) throws { try encode(Int(clamping: value)) }
    mutating func encode(_ value: Int64) throws { try encode(Int(clamping: value)) }
    mutating func encode(_ value: UInt) throws { try encode(Int(clamping: value)) }
    mutating func encode(_ value: UInt8) throws { try encode(Int(clamping: value)) }
    mutating func encode(_ value: UInt16) throws { try encode(Int(clamping: value)) }
    mutating func encode(_ value: UInt32) throws { try encode(Int(clamping: value)) }
    mutating func encode(_ value: UInt64) throws { try encode(Int(clamping: value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.encodeValue(value) }
}
