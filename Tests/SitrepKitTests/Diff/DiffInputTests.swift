@testable import SitrepKit
import XCTest

/// Reading either side of a diff: situation files, Markdown and HTML sitreps, and files that are neither.
final class DiffInputTests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-diff-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func write(_ text: String, _ name: String) throws -> String {
        let path = (folder as NSString).appendingPathComponent(name)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Renders a situation file into a sitrep in the temporary folder, as `generate` would.
    private func sitrep(of path: String, _ format: ReportFormat, named name: String) throws -> String {
        let situation = try SituationReader.load(path: path).situation
        let text = try ReportRenderer(templates: try TemplateSet.builtIn()).render(situation, as: format, fileName: (path as NSString).lastPathComponent)
        return try write(text, name)
    }

    private func assertError(_ old: String, _ new: String, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try SituationDiff.compare(oldPath: old, newPath: new), file: file, line: line) { error in
            XCTAssertEqual((error as? SitrepError)?.message, message, file: file, line: line)
        }
    }

    func testMarkdownSitrepAgainstItsSourceHasNoChange() throws {
        for number in 1...3 {
            let markdown = try sitrep(of: DiffFixtures.exercisePath(number), .markdown, named: "edition-\(number).md")
            XCTAssertFalse(try SituationDiff.compare(oldPath: DiffFixtures.exercisePath(number), newPath: markdown).hasChanges)
        }
        let example = try sitrep(of: TestPaths.example, .markdown, named: "example.md")
        XCTAssertFalse(try SituationDiff.compare(oldPath: example, newPath: TestPaths.example).hasChanges)
    }

    func testHTMLSitrepAgainstItsSourceHasNoChange() throws {
        let html = try sitrep(of: DiffFixtures.exercisePath(2), .html, named: "edition-2.html")
        XCTAssertFalse(try SituationDiff.compare(oldPath: html, newPath: DiffFixtures.exercisePath(2)).hasChanges)
        let committed = TestPaths.example.replacingOccurrences(of: ".yaml", with: ".html")
        XCTAssertFalse(try SituationDiff.compare(oldPath: committed, newPath: TestPaths.example).hasChanges)
    }

    func testJSONSituationAgainstYAMLHasNoChange() throws {
        let json = try write(SituationWriter.json(try DiffFixtures.exercise(3)), "edition-3.json")
        XCTAssertFalse(try SituationDiff.compare(oldPath: DiffFixtures.exercisePath(3), newPath: json).hasChanges)
    }

    func testSitrepsInAnyMixGiveTheSameChangesAsTheirSources() throws {
        let markdown = try sitrep(of: DiffFixtures.exercisePath(1), .markdown, named: "edition-001.md")
        let html = try sitrep(of: DiffFixtures.exercisePath(2), .html, named: "edition-002.html")
        let fromSitreps = try SituationDiff.compare(oldPath: markdown, newPath: html)
        let fromSources = try SituationDiff.compare(oldPath: DiffFixtures.exercisePath(1), newPath: DiffFixtures.exercisePath(2))
        XCTAssertEqual(fromSitreps.changes, fromSources.changes)
        XCTAssertEqual(fromSitreps.old.file, markdown)
        XCTAssertEqual(fromSitreps.new.file, html)
    }

    func testAFileThatIsNoSituationIsAnErrorNamingIt() throws {
        let notes = try write("Some notes.\n", "notes.txt")
        assertError(notes, DiffFixtures.exercisePath(1),
                    "\(notes): is not a situation file or a sitrep; expected .yaml, .yml, .json, .md or .html")
        assertError(DiffFixtures.exercisePath(1), notes,
                    "\(notes): is not a situation file or a sitrep; expected .yaml, .yml, .json, .md or .html")
    }

    func testMarkdownWithoutFrontMatterIsAnErrorNamingIt() throws {
        let markdown = try write("# Notes\n\n---\n\nnot a sitrep\n\n---\n", "notes.md")
        assertError(markdown, DiffFixtures.exercisePath(1),
                    "\(markdown): is not a sitrep: a Markdown sitrep begins with its situation as YAML front matter, between two '---' lines")
        let unclosed = try write("---\nsitrep: 1\n", "unclosed.md")
        assertError(unclosed, DiffFixtures.exercisePath(1), "\(unclosed): the front matter that begins on line 1 has no closing '---' line")
    }

    func testHTMLWithoutSitrepDataIsAnErrorNamingIt() throws {
        let page = try write("<!DOCTYPE html><title>x</title><script>var a = 1;</script>\n", "page.html")
        assertError(DiffFixtures.exercisePath(1), page,
                    "\(page): is not a sitrep: an HTML sitrep carries its situation in <script type=\"application/json\" id=\"sitrep-data\">, and this file has none")
    }

    func testAnUnreadableSideIsAnErrorNamingIt() throws {
        let missing = (folder as NSString).appendingPathComponent("edition-009.yaml")
        assertError(DiffFixtures.exercisePath(1), missing, "\(missing): no such file")
        let directory = (folder as NSString).appendingPathComponent("folder.yaml")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        assertError(directory, DiffFixtures.exercisePath(1), "\(directory): is a folder, expected a file")
        let binary = (folder as NSString).appendingPathComponent("binary.yaml")
        XCTAssertTrue(FileManager.default.createFile(atPath: binary, contents: Data([0x73, 0x00, 0xFF])))
        assertError(DiffFixtures.exercisePath(1), binary, "\(binary): is a binary file, expected UTF-8 text")
    }

    func testAnInvalidSituationInASitrepIsReportedAtItsLineInTheSitrep() throws {
        var markdown = try String(contentsOfFile: try sitrep(of: DiffFixtures.exercisePath(1), .markdown, named: "good.md"), encoding: .utf8)
        markdown = markdown.replacingOccurrences(of: "\nedition: 1\n", with: "\nedition: first\n")
        let bad = try write(markdown, "bad.md")
        let line = markdown.components(separatedBy: "\n").firstIndex(of: "edition: first")! + 1
        XCTAssertThrowsError(try EditionReader.load(path: bad)) { error in
            let diagnostics = (error as? SituationFileError)?.diagnostics ?? []
            XCTAssertEqual(diagnostics.count, 1)
            XCTAssertEqual(diagnostics.first?.file, bad)
            XCTAssertEqual(diagnostics.first?.location?.line, line)
            XCTAssertEqual(diagnostics.first?.location?.column, 10)
        }
    }

    func testAnInvalidSituationInAnHTMLSitrepIsReportedAtItsLineInThePage() throws {
        var html = try String(contentsOfFile: try sitrep(of: DiffFixtures.exercisePath(1), .html, named: "good.html"), encoding: .utf8)
        html = html.replacingOccurrences(of: "\"edition\": 1,", with: "\"edition\": \"first\",")
        let bad = try write(html, "bad.html")
        let line = html.components(separatedBy: "\n").firstIndex(of: "  \"edition\": \"first\",")! + 1
        XCTAssertThrowsError(try EditionReader.load(path: bad)) { error in
            let diagnostic = (error as? SituationFileError)?.diagnostics.first
            XCTAssertEqual(diagnostic?.file, bad)
            XCTAssertEqual(diagnostic?.location?.line, line)
            XCTAssertEqual(diagnostic?.location?.column, 14)
        }
    }

    func testKindsByExtension() {
        XCTAssertEqual(EditionReader.Kind(path: "a/EDITION.YML"), .situation)
        XCTAssertEqual(EditionReader.Kind(path: "a.json"), .situation)
        XCTAssertEqual(EditionReader.Kind(path: "a.md"), .markdownSitrep)
        XCTAssertEqual(EditionReader.Kind(path: "a.htm"), .htmlSitrep)
        XCTAssertNil(EditionReader.Kind(path: "a.txt"))
        XCTAssertNil(EditionReader.Kind(path: "yaml"))
    }
}
