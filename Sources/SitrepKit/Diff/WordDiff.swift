/// A word-level difference of two texts by longest common subsequence of their words.
///
/// Words are runs of characters between white space, so rewrapped lines and extra spaces never
/// count as change. In each changed stretch the removed words come before the added ones.
enum WordDiff {
    /// The most shared words folded into the changes around them, when each change is more than twice as long.
    static let maxFoldedWords = 2

    /// Above this many cells (words × words) the middle of the texts is compared as one replacement.
    static let cellLimit = 4_000_000

    /// The segments that turn `old` into `new`; one `.same` segment when the words are equal.
    static func segments(from old: String, to new: String) -> [WordSegment] {
        let a = words(old), b = words(new)
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        let middleA = Array(a[prefix..<(a.count - suffix)]), middleB = Array(b[prefix..<(b.count - suffix)])
        var operations: [(WordSegment.Kind, String)] = a[..<prefix].map { (.same, $0) }
        operations += middle(middleA, middleB)
        operations += a[(a.count - suffix)...].map { (.same, $0) }
        return merged(operations)
    }

    /// The words of a text.
    static func words(_ text: String) -> [String] {
        WhitespaceWords.split(text).map(String.init)
    }

    /// How alike two texts are, from 0 (no word shared) to 1 (the same words): twice the common
    /// words over all words.
    static func similarity(_ old: String, _ new: String) -> Double {
        let a = words(old), b = words(new)
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        guard a.count * b.count <= cellLimit else { return 0 }
        let common = Int(lcsTable(a, b)[0, 0])
        return Double(2 * common) / Double(a.count + b.count)
    }

    private static func middle(_ a: [String], _ b: [String]) -> [(WordSegment.Kind, String)] {
        guard !a.isEmpty, !b.isEmpty, a.count * b.count <= cellLimit else {
            return a.map { (.removed, $0) } + b.map { (.added, $0) }
        }
        let table = lcsTable(a, b)
        var operations: [(WordSegment.Kind, String)] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                operations.append((.same, a[i]))
                i += 1
                j += 1
            } else if j == b.count || (i < a.count && table[i + 1, j] >= table[i, j + 1]) {
                operations.append((.removed, a[i]))
                i += 1
            } else {
                operations.append((.added, b[j]))
                j += 1
            }
        }
        return operations
    }

    /// `table[i][j]`: the length of the longest common subsequence of `a[i...]` and `b[j...]`.
    /// Words are compared as small integers and the table is one flat buffer, so comparing two
    /// 4 KB summaries takes a few milliseconds.
    private static func lcsTable(_ a: [String], _ b: [String]) -> LCSTable {
        var ids: [String: Int32] = [:]
        func id(_ word: String) -> Int32 {
            if let known = ids[word] { return known }
            let new = Int32(ids.count)
            ids[word] = new
            return new
        }
        let left = a.map(id), right = b.map(id)
        let width = right.count + 1
        var cells = [Int32](repeating: 0, count: (left.count + 1) * width)
        cells.withUnsafeMutableBufferPointer { table in
            for i in stride(from: left.count - 1, through: 0, by: -1) {
                let row = i * width, below = (i + 1) * width
                for j in stride(from: right.count - 1, through: 0, by: -1) {
                    table[row + j] = left[i] == right[j] ? table[below + j + 1] + 1 : max(table[below + j], table[row + j + 1])
                }
            }
        }
        return LCSTable(cells: cells, width: width)
    }

    /// The longest-common-subsequence lengths of all suffix pairs, row by row.
    private struct LCSTable {
        let cells: [Int32]
        let width: Int

        subscript(i: Int, j: Int) -> Int32 { cells[i * width + j] }
    }

    /// A stretch of words: shared, or a change that removes some words and adds others.
    private enum Block {
        case same([String])
        case change(removed: [String], added: [String])

        /// The larger side of a change, in words.
        var changeSize: Int {
            if case .change(let removed, let added) = self { return max(removed.count, added.count) }
            return 0
        }
    }

    /// Joins runs of one kind; within each changed stretch, all removed words, then all added words.
    /// One or two shared words between two changes more than twice as long ("the", "in of") are folded
    /// into them, so a
    /// rewritten sentence reads as one replacement rather than a scatter of small ones.
    private static func merged(_ operations: [(WordSegment.Kind, String)]) -> [WordSegment] {
        var blocks: [Block] = []
        // Runs are collected in plain arrays and closed into blocks when the kind changes, so
        // building them is linear in the number of words.
        var same: [String] = [], removed: [String] = [], added: [String] = []
        func close() {
            if !same.isEmpty { blocks.append(.same(same)); same = [] }
            if !removed.isEmpty || !added.isEmpty { blocks.append(.change(removed: removed, added: added)); removed = []; added = [] }
        }
        for (kind, word) in operations {
            switch kind {
            case .same:
                if !removed.isEmpty || !added.isEmpty { close() }
                same.append(word)
            case .removed, .added:
                if !same.isEmpty { close() }
                if kind == .removed { removed.append(word) } else { added.append(word) }
            }
        }
        close()
        var folded = true
        while folded {
            folded = false
            for index in blocks.indices.dropFirst().dropLast() {
                guard case .same(let shared) = blocks[index],
                      case .change(let removedBefore, let addedBefore) = blocks[index - 1],
                      case .change(let removedAfter, let addedAfter) = blocks[index + 1],
                      shared.count <= maxFoldedWords,
                      shared.count * 2 < min(blocks[index - 1].changeSize, blocks[index + 1].changeSize)
                else { continue }
                blocks.replaceSubrange((index - 1)...(index + 1), with: [
                    .change(removed: removedBefore + shared + removedAfter, added: addedBefore + shared + addedAfter)
                ])
                folded = true
                break
            }
        }
        return blocks.flatMap { block -> [WordSegment] in
            switch block {
            case .same(let words):
                return [WordSegment(kind: .same, text: words.joined(separator: " "))]
            case .change(let removed, let added):
                return (removed.isEmpty ? [] : [WordSegment(kind: .removed, text: removed.joined(separator: " "))])
                    + (added.isEmpty ? [] : [WordSegment(kind: .added, text: added.joined(separator: " "))])
            }
        }
    }
}
