/// The fewest removals and additions that turn one sequence into another, by Myers' O(ND)
/// algorithm ("An O(ND) Difference Algorithm and Its Variations", 1986).
///
/// The work grows with the length of the sequences times the number of edits, so two editions of a
/// summary that differ in a few sentences compare in microseconds, where a table of every pair of
/// words would cost their product. Elements are small integers (words numbered by the caller).
enum ShortestEditScript {
    /// One step of the script, in order from the start of both sequences.
    enum Step: Equatable {
        /// `old[oldIndex]` equals `new[newIndex]` and is kept.
        case same(oldIndex: Int, newIndex: Int)
        /// `old[index]` is removed.
        case removed(Int)
        /// `new[index]` is added.
        case added(Int)
    }

    /// The steps that turn `old` into `new` with the fewest edits, or nil when that takes more
    /// than `maxEdits` (the trace kept for the way back grows with the square of the edits).
    /// Where two scripts are equally short, removals come first.
    static func steps(from old: [Int32], to new: [Int32], maxEdits: Int) -> [Step]? {
        // trace[d] holds the furthest reach of diagonals -d...d as it stood before edit d was made,
        // as 32-bit numbers: the trace is the square of the edits, and halving it lets more edits fit.
        var trace: [[Int32]] = []
        let found = search(old, new, maxEdits: maxEdits) { d, furthest, offset in
            trace.append(furthest[(offset - d)...(offset + d)].map { Int32(truncatingIfNeeded: $0) })
        }
        return found == nil ? nil : backtrack(trace, n: old.count, m: new.count)
    }

    /// The number of edits (removals plus additions) in the shortest script, or nil when it is more
    /// than `maxEdits`. Nothing is kept for the way back, so memory stays linear; the time grows
    /// with the lengths times the edits, and stops at `maxEdits`.
    static func distance(from old: [Int32], to new: [Int32], maxEdits: Int) -> Int? {
        search(old, new, maxEdits: maxEdits) { _, _, _ in }
    }

    /// The forward search: for d = 0, 1, 2… edits, the furthest point each diagonal k (x − y)
    /// reaches. Returns the fewest edits, or nil past `maxEdits`; `beforeEdit(d, furthest, offset)`
    /// sees the reaches before edit d is made (diagonal k at `furthest[offset + k]`).
    private static func search(
        _ old: [Int32], _ new: [Int32], maxEdits: Int, beforeEdit: (Int, [Int], Int) -> Void
    ) -> Int? {
        let n = old.count, m = new.count
        // Every element the longer has beyond the shorter is one edit at least.
        guard abs(n - m) <= maxEdits else { return nil }
        let limit = min(n + m, maxEdits)
        let offset = limit + 1
        var furthest = [Int](repeating: 0, count: 2 * offset + 1)
        for d in 0...limit {
            beforeEdit(d, furthest, offset)
            for k in stride(from: -d, through: d, by: 2) {
                var x = takesAddition(k: k, d: d, furthest, offset) ? furthest[offset + k + 1] : furthest[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, old[x] == new[y] { x += 1; y += 1 }
                furthest[offset + k] = x
                if x >= n, y >= m { return d }
            }
        }
        return nil
    }

    /// Whether diagonal `k` is best reached from diagonal `k + 1` by an addition (else from `k - 1`
    /// by a removal); a tie goes to the removal.
    private static func takesAddition<Reach: BinaryInteger>(k: Int, d: Int, _ furthest: [Reach], _ offset: Int) -> Bool {
        k == -d || (k != d && furthest[offset + k - 1] < furthest[offset + k + 1])
    }

    /// Walks the trace back from the end of both sequences to their start.
    private static func backtrack(_ trace: [[Int32]], n: Int, m: Int) -> [Step] {
        var steps: [Step] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 1, by: -1) {
            let slice = trace[d]
            let k = x - y
            let previousK = takesAddition(k: k, d: d, slice, d) ? k + 1 : k - 1
            let previousX = Int(slice[d + previousK]), previousY = previousX - previousK
            while x > previousX, y > previousY { x -= 1; y -= 1; steps.append(.same(oldIndex: x, newIndex: y)) }
            if x == previousX { y -= 1; steps.append(.added(y)) } else { x -= 1; steps.append(.removed(x)) }
        }
        while x > 0, y > 0 { x -= 1; y -= 1; steps.append(.same(oldIndex: x, newIndex: y)) }
        return steps.reversed()
    }
}
