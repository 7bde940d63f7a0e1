import Dispatch
import Foundation

/// Runs independent pieces of work on every core and gathers their results in order, so the
/// output does not depend on which core finished first.
enum ParallelMap {
    /// `body(0) … body(count - 1)`, computed concurrently, in index order. When any fail, the error
    /// of the lowest index is thrown, so failures are reported the same way every time.
    static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) throws -> T) throws -> [T] {
        let results = ResultSlots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.set(index, Result { try body(index) })
        }
        return try results.values()
    }
}

/// One slot per index, each written once by its own piece of work.
private final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private var slots: [Result<T, any Error>?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ result: Result<T, any Error>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    func values() throws -> [T] {
        try slots.map { try $0!.get() }
    }
}
