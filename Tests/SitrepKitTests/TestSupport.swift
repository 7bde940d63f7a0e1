import Foundation
import XCTest

/// Paths the tests read from: the repository, its fixtures and golden files.
enum TestPaths {
    /// The repository's top folder.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `Tests/SitrepKitTests/Fixtures/NAME`.
    static func fixture(_ name: String) -> String {
        repository.appendingPathComponent("Tests/SitrepKitTests/Fixtures/\(name)").path
    }
    /// `Tests/SitrepKitTests/Golden/NAME`.
    static func golden(_ name: String) -> String {
        repository.appendingPathComponent("Tests/SitrepKitTests/Golden/\(name)").path
    }
    /// The shipped example's first edition.
    static let example = repository.appendingPathComponent("Reports/kyrgyzstan-2010-osh/edition-001.yaml").path
    /// `../shared` beside the repository, where the seed article and the corpus live (absent in some checkouts).
    static let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")
}

/// Compares `actual` with the golden file `name` (under `Golden/`, or an absolute path such as a
/// committed report); with `SITREP_RECORD=1` in the environment it writes the golden file instead,
/// so golden files change only on purpose.
func assertGolden(_ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
    let path = name.hasPrefix("/") ? name : TestPaths.golden(name)
    if ProcessInfo.processInfo.environment["SITREP_RECORD"] == "1" {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try actual.write(toFile: path, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = FileManager.default.contents(atPath: path).flatMap({ String(data: $0, encoding: .utf8) }) else {
        XCTFail("golden file \(name) is missing; run the tests with SITREP_RECORD=1 to record it", file: file, line: line)
        return
    }
    if actual != expected {
        func lines(_ text: String) -> [String] {
            text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
        }
        let actualLines = lines(actual), expectedLines = lines(expected)
        let first = Array(zip(actualLines, expectedLines)).firstIndex { $0 != $1 } ?? min(actualLines.count, expectedLines.count)
        let got = first < actualLines.count ? actualLines[first] : "<end>"
        let want = first < expectedLines.count ? expectedLines[first] : "<end>"
        XCTFail("output differs from golden \(name) at line \(first + 1):\n  got:  \(got)\n  want: \(want)", file: file, line: line)
    }
}

/// Runs the built `sitrep` in `directory`, with `input` on standard input; returns its exit code,
/// standard output and standard error, and fails the test if it ended by a signal.
func runSitrep(_ arguments: [String], in directory: String? = nil, input: Data? = nil) throws -> (status: Int32, out: String, err: String) {
    let result = try SitrepProcess.run(arguments, in: directory, input: input)
    return (result.status, result.out, result.err)
}

/// Reads a pipe to its end on a thread of its own.
final class PipeReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    /// Everything the pipe carried, once it has closed.
    func wait() -> Data {
        done.wait()
        return data
    }
}

/// Every file in a folder with its bytes, by relative path: compared before and after a run.
func snapshot(_ folder: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return files }
    for case let relative as String in enumerator {
        let path = (folder as NSString).appendingPathComponent(relative)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            files[relative] = FileManager.default.contents(atPath: path)
        }
    }
    return files
}
