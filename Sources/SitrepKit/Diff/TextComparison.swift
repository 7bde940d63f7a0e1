/// Compares the summary and the highlights word by word.
///
/// Highlights are a list whose order does not count: equal highlights pair first; each remaining
/// new highlight then pairs with the remaining old one it shares most words with, when at least
/// two in five of their words are shared, and is shown as a word-level change; the rest are added or removed.
enum TextComparison {
    /// How alike two highlights must be (``WordDiff/similarity(_:_:atLeast:)``) to count as one reworded.
    static let rewordedThreshold = 0.4

    /// Above this many pairs of highlights (old × new left unpaired), none is looked for as
    /// reworded: they are added and removed, and a file with thousands of highlights stays quick.
    static let rewordedPairLimit = 10_000

    /// The summary's change, then the highlights' changes in the new edition's order, then the
    /// removed highlights in the old edition's order.
    static func changes(old: Situation, new: Situation) -> [DiffChange] {
        summary(old.summary, new.summary) + highlights(old.highlights, new.highlights)
    }

    private static func summary(_ old: String?, _ new: String?) -> [DiffChange] {
        let blankOld = DiffNormal.isBlank(old), blankNew = DiffNormal.isBlank(new)
        switch (blankOld, blankNew) {
        case (true, true):
            return []
        case (true, false):
            return [DiffChange(category: .text, kind: .added, key: "summary", label: "Summary", old: nil, new: .text(new!), statement: "")]
        case (false, true):
            return [DiffChange(category: .text, kind: .removed, key: "summary", label: "Summary", old: .text(old!), new: nil, statement: "")]
        case (false, false):
            let oldWords = WhitespaceWords.split(old!), newWords = WhitespaceWords.split(new!)
            guard oldWords != newWords else { return [] }
            return [DiffChange(
                category: .text, kind: .changed, key: "summary", label: "Summary", old: .text(old!), new: .text(new!),
                words: WordDiff.segments(from: oldWords, to: newWords), statement: "revised")]
        }
    }

    private static func highlights(_ old: [String], _ new: [String]) -> [DiffChange] {
        let old = old.filter { !DiffNormal.isBlank($0) }, new = new.filter { !DiffNormal.isBlank($0) }
        var oldLeft = Array(old.indices)
        var partner = [Int?](repeating: nil, count: new.count)
        var unchanged = [Bool](repeating: false, count: new.count)
        for (index, text) in new.enumerated() {
            if let match = oldLeft.first(where: { DiffNormal.isSameText(old[$0], text) }) {
                oldLeft.removeAll { $0 == match }
                unchanged[index] = true
            }
        }
        let comparesRewording = oldLeft.count * unchanged.filter { !$0 }.count <= rewordedPairLimit
        for (index, text) in new.enumerated() where comparesRewording && !unchanged[index] {
            var best: (index: Int, score: Double)?
            for candidate in oldLeft {
                guard let score = WordDiff.similarity(old[candidate], text, atLeast: rewordedThreshold) else { continue }
                if score > (best?.score ?? -1) { best = (candidate, score) }
            }
            if let best {
                partner[index] = best.index
                oldLeft.removeAll { $0 == best.index }
            }
        }
        var changes: [DiffChange] = []
        for (index, text) in new.enumerated() where !unchanged[index] {
            if let match = partner[index] {
                changes.append(DiffChange(
                    category: .text, kind: .changed, key: "highlight", label: "Highlight", old: .text(old[match]), new: .text(text),
                    words: WordDiff.segments(from: old[match], to: text),
                    statement: "“\(DiffNormal.text(old[match]))” → “\(DiffNormal.text(text))”"))
            } else {
                changes.append(DiffChange(
                    category: .text, kind: .added, key: "highlight", label: "Highlight", old: nil, new: .text(text),
                    statement: "“\(DiffNormal.text(text))”"))
            }
        }
        for index in oldLeft {
            changes.append(DiffChange(
                category: .text, kind: .removed, key: "highlight", label: "Highlight", old: .text(old[index]), new: nil,
                statement: "“\(DiffNormal.text(old[index]))”"))
        }
        return changes
    }
}
