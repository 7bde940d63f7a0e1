@testable import SitrepKit
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// Every payload in every string field, through `generate` (HTML, and Markdown once rendered),
/// `diff --format html` and `publish`: nothing executable reaches a page, and the data survives.
final class HostileInjectionTests: XCTestCase {
    func testGenerateKeepsEveryPayloadInert() throws {
        let renderer = ReportRenderer(templates: try TemplateSet.builtIn())
        for payload in HostilePayloads.all {
            let situation = try HostilePayloads.situation(payload)
            let html = try renderer.render(situation, as: .html, fileName: "hostile.yaml")
            XCTAssertEqual(HTMLSafety.problems(in: html), [], payload)
            XCTAssertFalse(html.unicodeScalars.contains(where: ForbiddenCharacters.isForbidden), "no page holds a raw control character: \(payload)")
            let embedded = try EditionReader.read(text: html, path: "hostile.html")
            XCTAssertEqual(embedded.situation, situation, "the embedded data survives: \(payload)")
            let markdown = try renderer.render(situation, as: .markdown, fileName: "hostile.yaml")
            XCTAssertEqual(try EditionReader.read(text: markdown, path: "hostile.md").situation, situation, payload)
            let body = String(markdown[try XCTUnwrap(markdown.range(of: "\n---\n")).upperBound...])
            XCTAssertEqual(HTMLSafety.problems(in: CMark.html(fromMarkdown: body)), [], "markdown: \(payload)")
        }
    }

    func testDiffHTMLKeepsEveryPayloadInert() throws {
        let renderer = DiffRenderer(templates: try TemplateSet.builtIn())
        let clean = try SituationReader.load(path: TestPaths.fixture("every-field.yaml")).situation
        for payload in HostilePayloads.all {
            let hostile = try HostilePayloads.situation(payload)
            for (old, new) in [(clean, hostile), (hostile, clean)] {
                let diff = SituationDiff(old: old, new: new, oldFile: payload + ".yaml", newFile: "new.yaml")
                let html = try renderer.render(diff, as: .html)
                XCTAssertEqual(HTMLSafety.problems(in: html), [], payload)
                let markdown = try renderer.render(diff, as: .markdown)
                XCTAssertEqual(HTMLSafety.problems(in: CMark.html(fromMarkdown: markdown)), [], "markdown: \(payload)")
            }
        }
    }

    func testPublishKeepsEveryPayloadInert() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let clean = try SituationReader.load(path: TestPaths.fixture("every-field.yaml")).situation
        for (index, payload) in HostilePayloads.all.enumerated() {
            var first = clean
            first.id = "hostile-\(index)"
            first.edition = 1
            first.sources = first.sources.map { var source = $0; source.file = nil; return source }
            var second = try HostilePayloads.situation(payload, id: "hostile-\(index)")
            second.edition = 2
            second.asOf = SitrepDate("2031-04-03")!
            try folder.write(SituationWriter.yaml(first), to: "reports/hostile-\(index)/edition-001.yaml")
            try folder.write(SituationWriter.yaml(second), to: "reports/hostile-\(index)/edition-002.yaml")
        }
        let publisher = SitePublisher(templates: try TemplateSet.builtIn(), baseURL: "https://example.org/")
        let summary = try publisher.publish(reports: folder.file("reports"), to: folder.file("site"))
        XCTAssertEqual(summary.crises, HostilePayloads.all.count)
        for file in summary.files where file.hasSuffix(".html") || file.hasSuffix(".xml") {
            let text = try String(contentsOfFile: folder.file("site/" + file), encoding: .utf8)
            XCTAssertEqual(HTMLSafety.problems(in: text), [], file)
        }
        let feed = try String(contentsOfFile: folder.file("site/feed.xml"), encoding: .utf8)
        XCTAssertNoThrow(try XMLDocument(data: Data(feed.utf8)), "the feed stays well-formed XML")
    }
}
