/// A fixed table from words to values, looked up by the words' UTF-8 bytes with a cheap hash
/// (FNV-1a) instead of `String`'s seeded SipHash: the rules look words up millions of times and
/// hashing was a sixth of extraction.
struct WordTable<Value: Sendable>: Sendable {
    /// The arrays behind one reference, so that a table picked by a condition
    /// (`house ? afterHouses : afterPeople`) is copied with one retain, not one per array.
    private final class Storage: Sendable {
        /// Each slot holds the upper half of its entry's hash and the entry's index plus one (0
        /// when empty), so a probe reads one word and compares bytes only when the hashes agree.
        let slots: [UInt64]
        let mask: Int
        /// One bit per hash value modulo its size, set for every entry: most words of a text are
        /// in no table, and this small array (16 bits an entry, so it stays in the fastest cache)
        /// turns them away before the larger slots are read.
        let filter: [UInt64]
        let filterMask: Int
        /// Entry `i`'s bytes are `bytes[starts[i]..<starts[i + 1]]`.
        let starts: [Int]
        let bytes: [UInt8]
        let values: [Value]
        let keys: [String]

        init(slots: [UInt64], filter: [UInt64], starts: [Int], bytes: [UInt8], values: [Value], keys: [String]) {
            self.slots = slots
            mask = slots.count - 1
            self.filter = filter
            filterMask = filter.count * 64 - 1
            self.starts = starts
            self.bytes = bytes
            self.values = values
            self.keys = keys
        }
    }

    private let storage: Storage

    /// The words, in the order they were given.
    var keys: [String] { storage.keys }

    /// A table of the dictionary's words (its order does not matter: lookups are exact).
    init(_ dictionary: [String: Value]) {
        self.init(pairs: dictionary.map { ($0.key, $0.value) })
    }

    /// A table of distinct words.
    init(pairs: [(String, Value)]) {
        var capacity = 16
        while capacity < pairs.count * 3 { capacity *= 2 }
        var filterBits = 64
        while filterBits < pairs.count * 16 { filterBits *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var filter = [UInt64](repeating: 0, count: filterBits / 64)
        var starts: [Int] = [0]
        var bytes: [UInt8] = []
        var values: [Value] = []
        var keys: [String] = []
        for (key, value) in pairs {
            let hash = WordTable.hash(Array(key.utf8))
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = WordTable.slotWord(hash: hash, entry: values.count)
            let bit = WordTable.filterBit(hash) & (filterBits - 1)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            bytes += key.utf8
            starts.append(bytes.count)
            values.append(value)
            keys.append(key)
        }
        storage = Storage(slots: slots, filter: filter, starts: starts, bytes: bytes, values: values, keys: keys)
    }

    /// A slot's word: the hash's upper half beside entry `entry` plus one.
    @inline(__always)
    private static func slotWord(hash: UInt64, entry: Int) -> UInt64 {
        (hash & 0xFFFF_FFFF_0000_0000) | UInt64(entry + 1)
    }

    /// The filter bit of a hash, from bits the slot index does not use.
    @inline(__always)
    private static func filterBit(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash >> 40)
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
        if let found = word.utf8.withContiguousStorageIfAvailable({ value($0[...]) }) { return found }
        return Array(word.utf8).withUnsafeBufferPointer { value($0[...]) }
    }

    /// The value and the word of the table that the ASCII word `key` is, taken in lower case; `hash`
    /// is the ``WordHash`` of its lower case, which a caller that reads the word's bytes anyway works
    /// out on the way. A caller that needs the word as a string takes the table's instead of making one.
    @inline(__always)
    func entry(asciiLowercasing key: Slice<UnsafeBufferPointer<UInt8>>, hash: UInt64) -> (value: Value, word: String)? {
        entry(key, hash: hash, lowercasing: true).map { (storage.values[$0], storage.keys[$0]) }
    }

    /// The value of the ASCII word `key` taken in lower case.
    @inline(__always)
    func value(asciiLowercasing key: Slice<UnsafeBufferPointer<UInt8>>) -> Value? {
        let hash = WordTable.hash(key.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
        return entry(key, hash: hash, lowercasing: true).map { storage.values[$0] }
    }

    /// The value of the word whose UTF-8 bytes are `key`, if it is in the table.
    @inline(__always)
    func value(_ key: Slice<UnsafeBufferPointer<UInt8>>) -> Value? {
        entry(key, hash: WordTable.hash(key), lowercasing: false).map { storage.values[$0] }
    }

    /// The entry whose word is `key` (with ASCII capitals taken as small letters when `lowercasing`).
    @inline(__always)
    private func entry(_ key: Slice<UnsafeBufferPointer<UInt8>>, hash: UInt64, lowercasing: Bool) -> Int? {
        let storage = storage
        let bit = WordTable.filterBit(hash) & storage.filterMask
        guard storage.filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        let upper = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & storage.mask
        while true {
            let word = storage.slots[slot]
            if word == 0 { return nil }
            if word & 0xFFFF_FFFF_0000_0000 == upper {
                let entry = Int(truncatingIfNeeded: word & 0xFFFF_FFFF) - 1
                let start = storage.starts[entry], end = storage.starts[entry + 1]
                if end - start == key.count {
                    var same = true
                    var offset = start
                    for byte in key {
                        let compared = lowercasing && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                        if storage.bytes[offset] != compared { same = false; break }
                        offset += 1
                    }
                    if same { return entry }
                }
            }
            slot = (slot + 1) & storage.mask
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

    /// Whether the ASCII word `bytes`, taken in lower case, is in the set.
    @inline(__always)
    func contains(asciiLowercasing bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool { table.value(asciiLowercasing: bytes) != nil }

    func makeIterator() -> IndexingIterator<[String]> { table.keys.makeIterator() }
}
