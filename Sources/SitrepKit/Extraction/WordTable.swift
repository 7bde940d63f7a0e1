/// A fixed table from words to values, looked up by the words' UTF-8 bytes with a cheap hash
/// (FNV-1a) instead of `String`'s seeded SipHash: the rules look words up millions of times and
/// hashing was a sixth of extraction.
struct WordTable<Value: Sendable>: Sendable {
    /// Each slot holds an entry's index plus one, or 0 when empty.
    private let slots: [Int32]
    private let mask: Int
    private let hashes: [UInt64]
    /// Entry `i`'s bytes are `bytes[starts[i]..<starts[i + 1]]`.
    private let starts: [Int]
    private let bytes: [UInt8]
    private let entryValues: [Value]
    /// The words, in the order they were given.
    let keys: [String]

    /// A table of the dictionary's words (its order does not matter: lookups are exact).
    init(_ dictionary: [String: Value]) {
        self.init(pairs: dictionary.map { ($0.key, $0.value) })
    }

    /// A table of distinct words.
    init(pairs: [(String, Value)]) {
        var capacity = 16
        while capacity < pairs.count * 3 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        var hashes: [UInt64] = []
        var starts: [Int] = [0]
        var bytes: [UInt8] = []
        var values: [Value] = []
        var keys: [String] = []
        for (key, value) in pairs {
            let hash = WordTable.hash(Array(key.utf8))
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(values.count + 1)
            hashes.append(hash)
            bytes += key.utf8
            starts.append(bytes.count)
            values.append(value)
            keys.append(key)
        }
        self.slots = slots
        mask = capacity - 1
        self.hashes = hashes
        self.starts = starts
        self.bytes = bytes
        entryValues = values
        self.keys = keys
    }

    @inline(__always)
    private static func hash<Bytes: Collection<UInt8>>(_ key: Bytes) -> UInt64 {
        var hash = WordHash.seed
        for byte in key { hash = WordHash.step(hash, byte) }
        return WordHash.finish(hash)
    }

    /// The value of `word`, if it is in the table.
    @inline(__always)
    subscript(word: String) -> Value? {
        if let found = word.utf8.withContiguousStorageIfAvailable({ lookup($0) }) { return found }
        return Array(word.utf8).withUnsafeBufferPointer { lookup($0) }
    }

    /// The value of the ASCII word `key` taken in lower case, whose lower case has the hash `hash`
    /// (``WordHash``): a caller that reads the word's bytes anyway hashes them on the way.
    @inline(__always)
    func value(asciiLowercasing key: Slice<UnsafeBufferPointer<UInt8>>, hash: UInt64) -> Value? {
        entry(key, hash: hash, lowercasing: true).map { entryValues[$0] }
    }

    private func lookup(_ key: UnsafeBufferPointer<UInt8>) -> Value? {
        entry(key[...], hash: WordTable.hash(key), lowercasing: false).map { entryValues[$0] }
    }

    /// The entry whose word is `key` (with ASCII capitals taken as small letters when `lowercasing`).
    @inline(__always)
    private func entry(_ key: Slice<UnsafeBufferPointer<UInt8>>, hash: UInt64, lowercasing: Bool) -> Int? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            if hashes[entry - 1] == hash {
                let start = starts[entry - 1], end = starts[entry]
                if end - start == key.count {
                    var same = true
                    var offset = start
                    for byte in key {
                        let compared = lowercasing && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                        if bytes[offset] != compared { same = false; break }
                        offset += 1
                    }
                    if same { return entry - 1 }
                }
            }
            slot = (slot + 1) & mask
        }
    }
}

/// The hash ``WordTable`` files words by (FNV-1a over the UTF-8 bytes, folded), fed a byte at a time.
enum WordHash {
    /// The hash before any byte.
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash with `byte` added.
    @inline(__always)
    static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }

    /// The hash of the bytes added so far.
    @inline(__always)
    static func finish(_ hash: UInt64) -> UInt64 { hash ^ (hash >> 29) }
}

/// A fixed set of words with the lookup of ``WordTable``.
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private let table: WordTable<Bool>

    init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    init<Words: Sequence<String>>(_ words: Words) {
        var seen = Set<String>()
        table = WordTable(pairs: words.filter { seen.insert($0).inserted }.map { ($0, true) })
    }

    /// Whether `word` is in the set.
    @inline(__always)
    func contains(_ word: String) -> Bool { table[word] != nil }

    func makeIterator() -> IndexingIterator<[String]> { table.keys.makeIterator() }
}
