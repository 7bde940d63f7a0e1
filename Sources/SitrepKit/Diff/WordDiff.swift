/// A word-level difference of two texts: the fewest words removed and added (a shortest edit script).
///
/// Words are runs of characters between white space, so rewrapped lines and extra spaces never
/// count as change. In each changed stretch the removed words come before the added ones.
enum WordDiff {
    /// The most shared words folded into the changes around them, when each change is more than twice as long.
    static let maxFoldedWords = 2

    /// Beyond this many words removed and added, the middle of the texts is shown as one replacement:
    /// the text was rewritten, and the search would keep a trace growing with the square of the edits.
    static let maxEdits = 2_000

    /// Above this many pairs of words (words × words), two texts count as unlike without comparing
    /// them: highlights are lines (100 words each at most here), and each pair of an edition's
    /// highlights may be compared.
    static let similarityPairLimit = 10_000

    /// The segments that turn `old` into `new`; one `.same` segment when the words are equal.
    static func segments(from old: String, to new: String) -> [WordSegment] {
        segments(from: WhitespaceWords.split(old), to: WhitespaceWords.split(new))
    }

    /// The segments that turn the words `a` into the words `b` (as ``WhitespaceWords`` splits them).
    static func segments(from a: [Substring], to b: [Substring]) -> [WordSegment] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        let middleA = Array(a[prefix..<(a.count - suffix)]), middleB = Array(b[prefix..<(b.count - suffix)])
        var operations: [(WordSegment.Kind, Substring)] = a[..<prefix].map { (.same, $0) }
        operations += middle(middleA, middleB)
        operations += a[(a.count - suffix)...].map { (.same, $0) }
        return merged(operations)
    }

    /// How alike two texts are, from 0 (no word shared) to 1 (the same words): twice the common
    /// words over all words; nil when it is below `minimum`. The comparison stops as soon as the
    /// texts are too far apart for `minimum`, so a long text against a short one costs little.
    static func similarity(_ old: String, _ new: String, atLeast minimum: Double) -> Double? {
        let a = WhitespaceWords.split(old), b = WhitespaceWords.split(new)
        let total = a.count + b.count
        guard total > 0 else { return 1 }
        guard a.count * b.count <= similarityPairLimit else { return nil }
        let (left, right) = numbered(a, b)
        let allowed = Int((1 - minimum) * Double(total))
        guard let edits = ShortestEditScript.distance(from: left, to: right, maxEdits: allowed) else { return nil }
        let score = Double(total - edits) / Double(total)
        return score >= minimum ? score : nil
    }

    private static func middle(_ a: [Substring], _ b: [Substring]) -> [(WordSegment.Kind, Substring)] {
        let (left, right) = numbered(a, b)
        guard !a.isEmpty, !b.isEmpty, let steps = ShortestEditScript.steps(from: left, to: right, maxEdits: maxEdits) else {
            return a.map { (.removed, $0) } + b.map { (.added, $0) }
        }
        return steps.map { step in
            switch step {
            case .same(let index, _): (.same, a[index])
            case .removed(let index): (.removed, a[index])
            case .added(let index): (.added, b[index])
            }
        }
    }

    /// The words of both texts as small integers, equal words getting equal numbers.
    private static func numbered(_ a: [Substring], _ b: [Substring]) -> ([Int32], [Int32]) {
        var ids: [Substring: Int32] = [:]
        func id(_ word: Substring) -> Int32 {
            if let known = ids[word] { return known }
            let new = Int32(ids.count)
            ids[word] = new
            return new
        }
        return (a.map(id), b.map(id))
    }

    /// A stretch of words: shared, or a change that removes some words and adds others.
    private enum Block {
        case same([Substring])
        case change(removed: [Substring], added: [Substring])

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
    private static func merged(_ operations: [(WordSegment.Kind, Substring)]) -> [WordSegment] {
        var blocks: [Block] = []
        // Runs are collected in plain arrays and closed into blocks when the kind changes, so
        // building them is linear in the number of words.
        var same: [Substring] = [], removed: [Substring] = [], added: [Substring] = []
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
