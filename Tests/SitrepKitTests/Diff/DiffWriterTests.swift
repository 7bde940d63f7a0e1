import Foundation
@testable import SitrepKit
import XCTest

/// The writers: colour only when asked, hostile text inert in every format, JSON as documented.
final class DiffWriterTests: XCTestCase {
    private let hostile = "<script>alert(1)</script> **bold** [link](javascript:alert(1)) \u{1B}[2J & \"quoted\""

    private func hostileDiff() -> SituationDiff {
        let new = DiffFixtures.next { situation in
            situation.crisis = hostile
            situation.casualties[0].place = hostile
            situation.allegations.append(Allegation(claim: hostile, status: .unverified, source: "bbc"))
            situation.summary = hostile
            situation.highlights.append(hostile)
        }
        return SituationDiff(old: DiffFixtures.base(), new: new, oldFile: "<old>.yaml", newFile: "new & \u{1B}.yaml")
    }

    private func render(_ diff: SituationDiff, _ format: DiffFormat, colour: Bool = false) throws -> String {
        try DiffRenderer(templates: try TemplateSet.builtIn()).render(diff, as: format, colour: colour)
    }

    func testColourOnlyWhenAsked() throws {
        let diff = try DiffFixtures.exerciseDiff(1, 2)
        let plain = try render(diff, .text)
        let coloured = try render(diff, .text, colour: true)
        XCTAssertFalse(plain.contains("\u{1B}"))
        XCTAssertTrue(coloured.contains("\u{1B}[32m+ People homeless in Riverside: about 150 (new)\u{1B}[0m"))
        XCTAssertTrue(coloured.contains("\u{1B}[31m[-Two-]\u{1B}[0m"))
        let stripped = coloured.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        XCTAssertEqual(stripped, plain, "colour only repeats what the marks say")
    }

    func testTextNeverPassesControlCharactersToTheTerminal() throws {
        let text = try render(hostileDiff(), .text)
        XCTAssertFalse(text.contains("\u{1B}"))
        XCTAssertTrue(text.contains("new & \u{FFFD}.yaml"))
    }

    func testHTMLEscapesEverything() throws {
        let html = try render(hostileDiff(), .html)
        XCTAssertFalse(html.contains("<script>alert"))
        XCTAssertFalse(html.contains("<old>"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertFalse(html.contains("href=\"javascript"))
        XCTAssertEqual(html.components(separatedBy: "<script").count, 1, "the diff page has no script at all")
        XCTAssertFalse(html.contains("\u{1B}"))
    }

    func testMarkdownEscapesEverything() throws {
        let markdown = try render(hostileDiff(), .markdown)
        XCTAssertFalse(markdown.contains("<script>"))
        XCTAssertFalse(markdown.contains("[link](javascript"))
        XCTAssertTrue(markdown.contains("\\<script\\>alert(1)\\</script\\> \\*\\*bold\\*\\* \\[link\\](javascript:alert(1))"))
        XCTAssertFalse(markdown.contains("\u{1B}"))
        let html = CMark.html(fromMarkdown: markdown)
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertFalse(html.contains("<a href"))
    }

    func testMarkdownListItemsCannotStartAnotherList() {
        XCTAssertEqual(DiffMarkdownWriter.lineStart("3. battalion"), "3\\. battalion")
        XCTAssertEqual(DiffMarkdownWriter.lineStart("- x"), "\\- x")
        XCTAssertEqual(DiffMarkdownWriter.lineStart("People killed"), "People killed")
    }

    func testJSONHasTheDocumentedStructure() throws {
        let json = try render(try DiffFixtures.exerciseDiff(2, 3), .json)
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(Set(root.keys), ["sitrep_diff", "old", "new", "categories", "changed", "tally", "changes"])
        XCTAssertEqual(root["sitrep_diff"] as? Int, 1)
        XCTAssertEqual(root["changed"] as? Bool, true)
        XCTAssertEqual(Set((root["old"] as? [String: Any])?.keys.map { $0 } ?? []), ["file", "id", "crisis", "country", "edition", "as_of", "exercise"])
        let changes = try XCTUnwrap(root["changes"] as? [[String: Any]])
        for change in changes {
            XCTAssertEqual(Set(change.keys), ["category", "change", "key", "label", "statement", "sentence", "old", "new", "fields", "count", "words"])
        }
        let missing = try XCTUnwrap(changes.first { ($0["key"] as? String) == "missing/people/millbrook" })
        let count = try XCTUnwrap(missing["count"] as? [String: Any])
        XCTAssertEqual(count["became_unknown"] as? Bool, true)
        XCTAssertTrue(count["delta"] is NSNull)
        XCTAssertEqual((count["new"] as? [String: Any])?["qualifier"] as? String, "unknown")
        let evacuated = try XCTUnwrap(changes.first { ($0["key"] as? String) == "evacuated/people/riverside" })
        let evacuatedCount = try XCTUnwrap(evacuated["count"] as? [String: Any])
        XCTAssertEqual(evacuatedCount["delta"] as? Int, 760)
        XCTAssertEqual(evacuatedCount["percent"] as? Double, 223.5)
        XCTAssertEqual(evacuatedCount["qualifier_changed"] as? Bool, true)
        XCTAssertEqual((evacuated["new"] as? [String: Any])?["metric"] as? String, "evacuated")
        let flight = try XCTUnwrap(changes.first { ($0["key"] as? String) == "id:flight-fi-pumps" })
        XCTAssertEqual(flight["change"] as? String, "changed")
        let summary = try XCTUnwrap(changes.first { ($0["key"] as? String) == "summary" })
        XCTAssertFalse((summary["words"] as? [Any] ?? []).isEmpty)
    }

    func testJSONPrintsPercentWithOneDecimal() {
        XCTAssertEqual(DiffJSONValue.tenths(-91).printed(), "-9.1\n")
        XCTAssertEqual(DiffJSONValue.tenths(7).printed(), "0.7\n")
        XCTAssertEqual(DiffJSONValue.tenths(1000).printed(), "100.0\n")
    }

    func testAMissingDiffTemplateIsAnErrorNamingIt() throws {
        var files = BuiltinTemplates.files
        files["diff.html.mustache"] = nil
        let templates = try TemplateSet(files: files, origin: "custom")
        XCTAssertThrowsError(try DiffRenderer(templates: templates).render(try DiffFixtures.exerciseDiff(1, 2), as: .html)) { error in
            XCTAssertEqual((error as? SitrepError)?.message, "custom: template 'diff.html.mustache' is missing")
        }
        XCTAssertNoThrow(try DiffRenderer(templates: templates).render(try DiffFixtures.exerciseDiff(1, 2), as: .text))
    }

    func testAnUnknownNameInTheDiffTemplateIsAnError() throws {
        var files = BuiltinTemplates.files
        files["diff.html.mustache"] = "{{crisis}} {{casualtyTotal}}"
        let templates = try TemplateSet(files: files, origin: "custom")
        XCTAssertThrowsError(try DiffRenderer(templates: templates).render(try DiffFixtures.exerciseDiff(1, 2), as: .html)) { error in
            XCTAssertEqual((error as? SitrepError)?.message,
                           "custom/diff.html.mustache: unknown variable 'casualtyTotal'; sitrep provides no value by that name here")
        }
    }
}
