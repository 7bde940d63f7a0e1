@testable import SitrepKit
import XCTest

/// Myers' shortest edit script against a table of longest common subsequences, on many small sequences.
final class ShortestEditScriptTests: XCTestCase {
    /// The length of the longest common subsequence, by the textbook table.
    private func commonLength(_ a: [Int32], _ b: [Int32]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in a.indices.reversed() {
            for j in b.indices.reversed() {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        return table[0][0]
    }

    func testScriptsAreShortestAndRebuildBothSequences() throws {
        var generator = SplitMix(seed: 7)
        for _ in 0..<2_000 {
            let a = (0..<Int(generator.next() % 12)).map { _ in Int32(generator.next() % 4) }
            let b = (0..<Int(generator.next() % 12)).map { _ in Int32(generator.next() % 4) }
            let steps = try XCTUnwrap(ShortestEditScript.steps(from: a, to: b, maxEdits: 100))
            var rebuiltOld: [Int32] = [], rebuiltNew: [Int32] = []
            var kept = 0
            for step in steps {
                switch step {
                case .same(let i, let j):
                    XCTAssertEqual(a[i], b[j])
                    rebuiltOld.append(a[i]); rebuiltNew.append(b[j]); kept += 1
                case .removed(let i): rebuiltOld.append(a[i])
                case .added(let j): rebuiltNew.append(b[j])
                }
            }
            XCTAssertEqual(rebuiltOld, a)
            XCTAssertEqual(rebuiltNew, b)
            XCTAssertEqual(kept, commonLength(a, b), "\(a) → \(b)")
            let distance = a.count + b.count - 2 * kept
            XCTAssertEqual(ShortestEditScript.distance(from: a, to: b, maxEdits: distance), distance)
            if distance > 0 { XCTAssertNil(ShortestEditScript.distance(from: a, to: b, maxEdits: distance - 1)) }
        }
    }

    func testRemovalsComeFirstInATie() {
        XCTAssertEqual(ShortestEditScript.steps(from: [1], to: [2], maxEdits: 10), [.removed(0), .added(0)])
        XCTAssertEqual(ShortestEditScript.steps(from: [1, 2], to: [2, 1], maxEdits: 10), [.removed(0), .same(oldIndex: 1, newIndex: 0), .added(1)])
    }

    func testTooManyEditsGiveNoScript() {
        XCTAssertNil(ShortestEditScript.steps(from: [1, 2, 3], to: [4, 5, 6], maxEdits: 5))
        XCTAssertEqual(ShortestEditScript.steps(from: [1, 2, 3], to: [4, 5, 6], maxEdits: 6)?.count, 6)
        XCTAssertEqual(ShortestEditScript.steps(from: [], to: [], maxEdits: 0), [])
    }
}

/// A small deterministic random number generator, so the test sees the same sequences every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
