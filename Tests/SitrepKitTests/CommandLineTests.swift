import Foundation
import XCTest
@testable import SitrepKit

/// The `sitrep` command end to end: exit codes, and the exact output for each bad fixture.
final class CommandLineTests: XCTestCase {
    func testCheckPrintsTheExpectedLocationForEachBadFixture() throws {
        let folder = TestPaths.fixture("bad")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
        XCTAssertEqual(names.count, 7)
        for name in names {
            let expected = try String(contentsOfFile: "\(folder)/\(name.dropLast(5)).expected", encoding: .utf8)
            let result = try runSitrep(["check", name], in: folder)
            XCTAssertEqual(result.out, expected, name)
            XCTAssertEqual(result.status, 1, name)
        }
    }

    func testCheckOnTheExampleIsCleanOfErrors() throws {
        let result = try runSitrep(["check", "Reports/kyrgyzstan-2010-osh/edition-001.yaml"], in: TestPaths.repository.path)
        XCTAssertEqual(result.status, 0)
        XCTAssertFalse(result.out.contains(": error:"), result.out)
    }

    /// A generated sitrep is checked through the situation it carries, at the report's own lines.
    func testCheckReadsTheSituationInsideAGeneratedSitrep() throws {
        for report in ["edition-002.md", "edition-002.html"] {
            let result = try runSitrep(["check", "Reports/exercise-2031-blue-river/\(report)"], in: TestPaths.repository.path)
            XCTAssertEqual(result.status, 0, result.out + result.err)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let markdown = try String(contentsOfFile: TestPaths.example.replacingOccurrences(of: ".yaml", with: ".md"), encoding: .utf8)
        let broken = markdown.replacingOccurrences(of: "  - metric: killed\n", with: "  - metric: kiled\n")
        XCTAssertNotEqual(broken, markdown)
        try broken.write(toFile: "\(folder)/edition-001.md", atomically: true, encoding: .utf8)
        let result = try runSitrep(["check", "edition-001.md"], in: folder)
        XCTAssertEqual(result.status, 1, result.out + result.err)
        let line = broken.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("metric: kiled") }! + 1
        XCTAssertTrue(result.out.hasPrefix("edition-001.md:\(line):"), result.out)
    }

    func testGenerateWritesBothReportsIntoTheOutputFolder() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-cli-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let result = try runSitrep(["generate", TestPaths.example, "-o", output])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(result.out, "wrote \(output)/edition-001.md\nwrote \(output)/edition-001.html\n")
        let html = try String(contentsOfFile: "\(output)/edition-001.html", encoding: .utf8)
        XCTAssertEqual(html, try String(contentsOfFile: TestPaths.example.replacingOccurrences(of: ".yaml", with: ".html"), encoding: .utf8))
    }

    func testGenerateFindsThePreviousEditionInTheCrisisFolder() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-cli-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let exercise = TestPaths.repository.appendingPathComponent("Reports/exercise-2031-blue-river").path
        let result = try runSitrep(["generate", "\(exercise)/edition-002.yaml", "-o", output])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(try String(contentsOfFile: "\(output)/edition-002.md", encoding: .utf8),
                       try String(contentsOfFile: "\(exercise)/edition-002.md", encoding: .utf8),
                       "the same report as with --previous edition-001.yaml")
    }

    /// Field notes in `notes.md` and a page in `page.html` would be their own reports: sitrep
    /// refuses, even with --force, and says how to write the reports elsewhere.
    func testGenerateNeverWritesOverItsInput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let notes = "- 12 people were killed in Uzgen, Kyrgyzstan (source: field team)\n"
        let page = "<!DOCTYPE html><html><body><p>12 people were killed in Uzgen, Kyrgyzstan.</p></body></html>\n"
        try notes.write(toFile: "\(folder)/notes.md", atomically: true, encoding: .utf8)
        try page.write(toFile: "\(folder)/page.html", atomically: true, encoding: .utf8)
        for (name, format, text) in [("notes.md", "markdown", notes), ("page.html", "html", page)] {
            for force in [[], ["--force"]] {
                let result = try runSitrep(["generate", name, "--format", format] + force, in: folder)
                XCTAssertEqual(result.status, 2, name)
                XCTAssertEqual(result.err, "sitrep: error: \(name): the report would be written over this input file (\(name)); pass -o DIR to write the reports into another folder\n")
                XCTAssertEqual(try String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8), text, "the input is left as it was")
            }
        }
        let elsewhere = try runSitrep(["generate", "notes.md", "--format", "markdown", "-o", "out"], in: folder)
        XCTAssertEqual(elsewhere.status, 0, elsewhere.err)
        XCTAssertTrue(FileManager.default.fileExists(atPath: "\(folder)/out/notes.md"))
    }

    func testBadInputAndUsageExitTwoAndWriteNothing() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-cli-\(UUID().uuidString)").path
        let bad = try runSitrep(["generate", TestPaths.fixture("bad/unknown-key.yaml"), "-o", output])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.err.hasSuffix("unknown-key.yaml:13:5: error: unknown key 'sourse'; did you mean 'source'?\n"), bad.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output), "nothing is written for a bad file")
        XCTAssertEqual(try runSitrep(["generate"]).status, 2)
        XCTAssertEqual(try runSitrep(["generate", "x.yaml", "--format", "pdf"]).status, 2)
        XCTAssertEqual(try runSitrep(["check", "/nonexistent.yaml"]).status, 2)
        XCTAssertEqual(try runSitrep(["--help"]).status, 0)
    }

    func testAFileNameCannotDriveTheTerminal() throws {
        let missing = try runSitrep(["check", "/nonexistent/nope\u{1B}[31m\u{7}.yaml"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.err.contains("nope\u{FFFD}[31m\u{FFFD}.yaml"), missing.err)
        XCTAssertFalse(missing.err.unicodeScalars.contains("\u{1B}"), missing.err)
        XCTAssertEqual(PrintableText.printableLines("one\u{202E}\ntwo\u{FFFE}"), "one\u{FFFD}\ntwo\u{FFFD}")
    }

    func testSchemaIsValidJSON() throws {
        let result = try runSitrep(["schema"])
        XCTAssertEqual(result.status, 0)
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(result.out.utf8)))
    }
}
