import Foundation
import XCTest
@testable import SitrepKit

/// `sitrep extract` and `sitrep generate ARTICLE` end to end.
final class CommandLineExtractTests: XCTestCase {
    private var scratch: String!
    private let article = TestPaths.repository.appendingPathComponent("Reports/kyrgyzstan-2010-osh/sources/bbc-10300348.txt").path

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-extract-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: scratch)
    }

    /// One-letter file names: Foundation's NSString path methods stop the program on them.
    func testOneLetterFileNamesWork() throws {
        try FileManager.default.copyItem(atPath: article, toPath: "\(scratch!)/b")
        let extract = try runSitrep(["extract", "b", "-o", "a", "--as-of", "2010-06-12"], in: scratch)
        XCTAssertEqual(extract.status, 0, extract.err)
        XCTAssertTrue(extract.err.hasSuffix("wrote a\n"), extract.err)
        XCTAssertEqual(try runSitrep(["check", "a"], in: scratch).status, 0)
        let generate = try runSitrep(["generate", "a", "--format", "markdown"], in: scratch)
        XCTAssertEqual(generate.status, 0, generate.err)
        XCTAssertEqual(generate.out, "wrote a.md\n")
    }

    func testFolderOfAPath() {
        XCTAssertEqual(FilePath.folder(of: "a"), "")
        XCTAssertEqual(FilePath.folder(of: "Reports/osh/edition-001.yaml"), "Reports/osh")
        XCTAssertEqual(FilePath.folder(of: "/a"), "/")
        XCTAssertEqual(FilePath.folder(of: "b/a/"), "b")
        XCTAssertEqual(FilePath.folder(of: "b//a"), "b")
        XCTAssertEqual(FilePath.folder(of: ""), "")
    }

    func testExtractsTheSampleIntoAFileThatChecksAndGenerates() throws {
        let output = "\(scratch!)/osh.yaml"
        let extract = try runSitrep(["extract", article, "-o", output, "--as-of", "2010-06-12"])
        XCTAssertEqual(extract.status, 0, extract.err)
        XCTAssertTrue(extract.err.contains(".txt:3:1758: warning: 'Nearly people' has no number; the injured figure is left unknown"), extract.err)
        XCTAssertTrue(extract.err.contains("'entering the world'"), extract.err)
        let yaml = try String(contentsOfFile: output, encoding: .utf8)
        XCTAssertTrue(yaml.contains("as_of: 2010-06-12"))
        XCTAssertTrue(yaml.contains("    count: 77\n"))
        XCTAssertFalse(yaml.contains("150"), "the 150 soldiers are no figure")
        XCTAssertTrue(yaml.contains("    file: \(RelativeTestPath.from(scratch, to: article))\n"), yaml)

        let check = try runSitrep(["check", output])
        XCTAssertEqual(check.status, 0, check.out)
        XCTAssertFalse(check.out.contains(": error:"), check.out)
        let generate = try runSitrep(["generate", output])
        XCTAssertEqual(generate.status, 0, generate.err)
    }

    func testNeverOverwritesWithoutForce() throws {
        let output = "\(scratch!)/existing.yaml"
        try "precious".write(toFile: output, atomically: true, encoding: .utf8)
        let refused = try runSitrep(["extract", article, "-o", output])
        XCTAssertEqual(refused.status, 2)
        XCTAssertEqual(refused.err, "sitrep: error: \(output): already exists; pass --force to replace it\n")
        XCTAssertEqual(try String(contentsOfFile: output, encoding: .utf8), "precious")
        XCTAssertEqual(try runSitrep(["extract", article, "-o", output, "--force", "--as-of", "2010-06-12"]).status, 0)
        XCTAssertTrue(try String(contentsOfFile: output, encoding: .utf8).hasPrefix("sitrep: 1\n"))
    }

    func testJSONLinesGivesOneSituationPerArticleFromStandardInput() throws {
        let lines = [
            #"{"url": "https://example.org/a", "title": "Floods", "published": "2014-07-02", "text": "At least 12 people were killed in floods in Pakistan."}"#,
            #"{"url": "https://example.org/b", "title": "Quake", "published": "2015-10-26", "text": "The earthquake killed 30 people in Afghanistan."}"#,
        ].joined(separator: "\n") + "\n"
        let result = try runSitrep(["extract", "-", "--format", "jsonl"], input: Data(lines.utf8))
        XCTAssertEqual(result.status, 0, result.err)
        let out = result.out.split(separator: "\n")
        XCTAssertEqual(out.count, 2)
        for line in out {
            let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            XCTAssertEqual(object["sitrep"] as? Int, 1)
        }
        XCTAssertTrue(out[0].contains(#""text":"at least 12""#), String(out[0]))
        XCTAssertTrue(out[1].contains(#""country":"AF""#), String(out[1]))
    }

    func testBadInputsNameTheFileAndNeverCrash() throws {
        let binary = "\(scratch!)/binary.txt", invalid = "\(scratch!)/invalid.txt", empty = "\(scratch!)/empty.txt"
        try Data([0x00, 0x01, 0xFF, 0x00]).write(to: URL(fileURLWithPath: binary))
        try Data([0x41, 0xC3, 0x28, 0x42]).write(to: URL(fileURLWithPath: invalid))
        try Data().write(to: URL(fileURLWithPath: empty))
        for path in [binary, invalid] {
            let result = try runSitrep(["extract", path])
            XCTAssertEqual(result.status, 2, path)
            XCTAssertTrue(result.err.hasPrefix("sitrep: error: \(path):"), result.err)
        }
        let result = try runSitrep(["extract", empty])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.err.hasSuffix("sitrep: error: \(empty): no article text found; nothing to extract\n"), result.err)
        XCTAssertEqual(try runSitrep(["extract", "/nonexistent.txt"]).status, 2)
        XCTAssertEqual(try runSitrep(["extract", article, "--as-of", "2010-02-30"]).status, 2)
    }

    func testGenerateAcceptsAnArticle() throws {
        let result = try runSitrep(["generate", article, "-o", scratch])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(result.out, "wrote \(scratch!)/bbc-10300348.md\nwrote \(scratch!)/bbc-10300348.html\n")
        let html = try String(contentsOfFile: "\(scratch!)/bbc-10300348.html", encoding: .utf8)
        XCTAssertTrue(html.contains("<p class=\"count\">77</p>"))
    }

    /// An article with no date of its own is dated as extract dates it: with --as-of and the others.
    func testGenerateTakesExtractsOptionsForAnArticleOnly() throws {
        let result = try runSitrep(["generate", article, "-o", scratch, "--as-of", "2010-06-12", "--edition", "3", "--id", "osh-clashes"])
        XCTAssertEqual(result.status, 0, result.err)
        let markdown = try String(contentsOfFile: "\(scratch!)/bbc-10300348.md", encoding: .utf8)
        XCTAssertTrue(markdown.contains("\nid: osh-clashes\n"), markdown)
        XCTAssertTrue(markdown.contains("\nedition: 3\n"), markdown)
        XCTAssertTrue(markdown.contains("\nas_of: 2010-06-12\n"), markdown)
        XCTAssertFalse(result.err.contains("no date found"), result.err)
        let refused = try runSitrep(["generate", TestPaths.example, "-o", scratch, "--as-of", "2010-06-12"])
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.err.contains("--as-of applies only when FILE is an article; \(TestPaths.example) is a situation file, so edit it there"), refused.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(scratch!)/edition-001.md"), "nothing is written")
    }

    /// A sitrep's own report is no article: read as field notes, its citation marks ("[1]") were figures.
    func testAGeneratedReportIsNoArticle() throws {
        for report in ["edition-001.md", "edition-001.html"] {
            let path = TestPaths.repository.appendingPathComponent("Reports/kyrgyzstan-2010-osh/\(report)").path
            for command in [["extract", path], ["generate", path, "-o", scratch!]] {
                let result = try runSitrep(command)
                XCTAssertEqual(result.status, 2, command.joined(separator: " "))
                XCTAssertEqual(result.err, "sitrep: error: \(path): is a report sitrep generated, not an article; generate or check its situation file, or give the report to diff or --previous, which read the situation inside it\n")
            }
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch), [])
    }
}

/// The relative path the extractor writes into `file:`, computed independently for the test.
enum RelativeTestPath {
    static func from(_ folder: String, to target: String) -> String {
        let base = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
        let path = URL(fileURLWithPath: target).standardizedFileURL.pathComponents
        let common = zip(base, path).prefix { $0 == $1 }.count
        return (Array(repeating: "..", count: base.count - common) + path[common...]).joined(separator: "/")
    }
}
