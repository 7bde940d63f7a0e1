@testable import SitrepKit
import XCTest

/// Hostile text in every string field of a situation comes out inert: escaped in HTML, never a
/// script, an event handler or a `javascript:` link, and never able to end the embedded JSON.
final class HostileStringTests: XCTestCase {
    static let payloads = [
        "<script>alert(1)</script>",
        "\" onmouseover=\"alert(1)",
        "' onmouseover='alert(1)",
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "</script><script>alert(1)</script>",
        "<!-- <script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1)) <javascript:alert(1)>",
        "{{crisis}} {{{css}}}",
        "\u{2028}line\u{2029}separators",
    ]

    /// The every-field fixture with `payload` written into every string field that reaches a report.
    private func hostile(_ payload: String) throws -> Situation {
        try HostilePayloads.situation(payload)
    }

    private func occurrences(of needle: String, in text: String) -> Int {
        text.lowercased().components(separatedBy: needle.lowercased()).count - 1
    }

    func testEveryPayloadInEveryFieldIsInertInHTML() throws {
        let renderer = ReportRenderer(templates: try TemplateSet.builtIn())
        for payload in Self.payloads {
            let situation = try hostile(payload)
            let html = try renderer.render(situation, as: .html, fileName: "hostile.yaml")
            XCTAssertEqual(occurrences(of: "<script", in: html), 1, "only the JSON data block is a script element: \(payload)")
            XCTAssertEqual(occurrences(of: "</script", in: html), 1, "nothing ends the JSON block early: \(payload)")
            let start = try XCTUnwrap(html.range(of: "<script type=\"application/json\" id=\"sitrep-data\">\n"))
            let end = try XCTUnwrap(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
            let embedded = String(html[start.upperBound..<end.lowerBound])
            XCTAssertEqual(occurrences(of: "<", in: embedded), 0, "the JSON holds no '<' at all: \(payload)")

            // The page outside the JSON block: cmark's own marker for dropped raw HTML is the only comment.
            let page = (String(html[..<start.lowerBound]) + String(html[end.upperBound...]))
                .replacingOccurrences(of: "<!-- raw HTML omitted -->", with: "")
            XCTAssertEqual(occurrences(of: "<!--", in: page), 0, "no comment opened by data: \(payload)")
            XCTAssertEqual(occurrences(of: "<img", in: page), 0, payload)
            XCTAssertFalse(page.contains("\" onmouseover="), payload)
            XCTAssertFalse(page.contains("' onmouseover="), payload)
            XCTAssertEqual(occurrences(of: "href=\"javascript", in: page), 0, payload)
            XCTAssertEqual(occurrences(of: "href=\"data:", in: page), 0, payload)
            if payload.contains("{{") {
                XCTAssertTrue(page.contains("{{crisis}} {{{css}}}"), "data is printed, never rendered as a template")
            }
            XCTAssertEqual(try SituationReader.read(text: embedded, path: "data.json").situation, situation,
                           "the embedded model survives: \(payload)")
        }
    }

    func testEveryPayloadIsInertInMarkdownOnceRendered() throws {
        let renderer = ReportRenderer(templates: try TemplateSet.builtIn())
        for payload in Self.payloads {
            let markdown = try renderer.render(try hostile(payload), as: .markdown, fileName: "hostile.yaml")
            let body = String(markdown[try XCTUnwrap(markdown.range(of: "\n---\n")).upperBound...])
            let html = CMark.html(fromMarkdown: body)
            XCTAssertEqual(occurrences(of: "<script", in: html), 0, payload)
            XCTAssertEqual(occurrences(of: "<img", in: html), 0, payload)
            XCTAssertEqual(occurrences(of: "href=\"javascript", in: html), 0, payload)
            XCTAssertFalse(html.contains("\" onmouseover="), payload)
        }
    }

    func testOnlyHTTPAndHTTPSSourcesAreLinked() {
        XCTAssertEqual(Source(id: "a", url: "https://example.org/a").linkableURL, "https://example.org/a")
        XCTAssertEqual(Source(id: "a", url: "HTTP://example.org/a").linkableURL, "HTTP://example.org/a")
        for url in ["javascript:alert(1)", " javascript:alert(1)", "data:text/html,<script>", "vbscript:x", "ftp://example.org",
                    "https://example.org/\"onmouseover=x", "//example.org"] {
            XCTAssertNil(Source(id: "a", url: url).linkableURL, url)
        }
    }
}
