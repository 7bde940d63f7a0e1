@testable import SitrepKit
import Foundation
import XCTest

/// A representative subset of the hostile corpus through the built `sitrep`, as a user runs it:
/// the process exits normally with the documented code, the message names the file (and line and
/// column), no input changes, and no output file is left behind, whole or half written.
final class HostileCommandLineTests: XCTestCase {

    func testHostileSituationFilesFailEveryCommandCleanly() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let cases: [(name: String, text: String, location: String)] = [
            ("bomb", HostileYAMLCorpus.billionLaughsAsKeys, ":3:"),
            ("deep", HostileYAMLCorpus.replacing(line: 5, with: "places: " + String(repeating: "[", count: 10_000)), ":5:"),
            ("aliases", HostileYAMLCorpus.nineAliases, ":12:"),
            ("syntax", HostileYAMLCorpus.replacing(line: 3, with: "crisis: ]"), ":3:"),
            ("tab", HostileYAMLCorpus.replacing(line: 4, with: "\tcountry: KG"), ":4:"),
            ("date", HostileYAMLCorpus.replacing(line: 7, with: "as_of: 2010-02-30"), ":7:"),
            ("count", HostileYAMLCorpus.replacing(line: 13, with: "    count: 9999999999999 million"), ":13:"),
            ("id", HostileYAMLCorpus.replacing(line: 2, with: "id: ../../etc"), ":2:"),
        ]
        for (name, text, _) in cases { try folder.write(text, to: "\(name).yaml") }
        try folder.write(HostileYAMLCorpus.base, to: "good.yaml")
        let before = try snapshot(folder.path)
        for (name, _, location) in cases {
            let file = "\(name).yaml"
            let runs: [(arguments: [String], status: Int32)] = [
                (["check", file], 1),
                (["generate", file], 2),
                (["diff", "good.yaml", file, "--format", "html"], 2),
                (["next", file, "--as-of", "2010-06-13"], 2),
            ]
            for (arguments, status) in runs {
                let result = try runSitrep(arguments, in: folder.path)
                XCTAssertEqual(result.status, status, "\(arguments): \(result.err)")
                XCTAssertTrue(result.err.contains(file + location) || result.out.contains(file + location),
                              "\(arguments) names \(file)\(location): \(result.err)\(result.out)")
            }
        }
        XCTAssertEqual(try snapshot(folder.path), before, "no input changed and no file was written")
    }

    func testHostileArticlesFailExtractAndGenerateCleanly() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for (name, bytes, _) in HostileTextTests.refused {
            XCTAssertTrue(FileManager.default.createFile(atPath: folder.file("\(name).txt"), contents: Data(bytes)))
        }
        let before = try snapshot(folder.path)
        for (name, _, message) in HostileTextTests.refused.prefix(6) {
            for arguments in [["extract", "\(name).txt", "-o", "out.yaml"], ["generate", "\(name).txt"]] {
                let result = try runSitrep(arguments, in: folder.path)
                XCTAssertEqual(result.status, 2, "\(arguments)")
                XCTAssertTrue(result.err.contains("\(name).txt:") && result.err.contains(message), "\(arguments): \(result.err)")
            }
        }
        XCTAssertEqual(try snapshot(folder.path), before, "no input changed and no file was written")
    }

    func testInjectionThroughTheCommandLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let payload = "</script><script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)> {{crisis}}"
        try folder.write(SituationWriter.yaml(try HostilePayloads.situation(payload)), to: "reports/hostile/hostile.yaml")
        try folder.copy(TestPaths.fixture("every-field.yaml"), to: "clean.yaml")
        let generated = try runSitrep(["generate", "reports/hostile/hostile.yaml", "-o", "out"], in: folder.path)
        XCTAssertEqual(generated.status, 0, generated.err)
        let diff = try runSitrep(["diff", "clean.yaml", "out/hostile.html", "--format", "html"], in: folder.path)
        XCTAssertEqual(diff.status, 1, diff.err)
        let published = try runSitrep(["publish", "reports", "-o", "site"], in: folder.path)
        XCTAssertEqual(published.status, 0, published.err)
        var pages = [("generate", try String(contentsOfFile: folder.file("out/hostile.html"), encoding: .utf8)), ("diff", diff.out)]
        for (relative, data) in try snapshot(folder.file("site")) where relative.hasSuffix(".html") {
            pages.append((relative, String(decoding: data, as: UTF8.self)))
        }
        for (name, html) in pages {
            XCTAssertEqual(HTMLSafety.problems(in: html), [], name)
        }
    }
}
