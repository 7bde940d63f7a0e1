@testable import SitrepKit
import Foundation
import XCTest

/// Bidirectional controls in a user's string: an unclosed U+202E in a place name once showed the
/// change "120 → 70" as "07 → 021". No rendered page holds one; the data sitreps carry keeps them
/// as escapes, so nothing is lost.
final class HostileBidiTests: XCTestCase {
    /// The embeddings, overrides and isolates; the marks U+200E and U+200F are letters of a kind and stay.
    private let controls: [Unicode.Scalar] = ["\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}",
                                              "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}"]

    private func edition(_ number: Int, killed: Int) -> String {
        """
        sitrep: 1
        id: bidi
        crisis: "Floods\\u2067"
        country: "NO"
        edition: \(number)
        as_of: 2031-03-1\(number)
        casualties:
          - metric: killed
            count: \(killed)
            place: "Riverside\\u202E"
            source: s
            quote: q \(killed)
            note: "correction \(number)\\u2066"
        sources:
          - id: s
            publisher: "Basin \\u202EAuthority"

        """
    }

    private func assertNoBidiControl(_ text: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let found = text.unicodeScalars.filter { controls.contains($0) }
        XCTAssertTrue(found.isEmpty, "\(what) holds \(found.map { "U+" + String($0.value, radix: 16, uppercase: true) })", file: file, line: line)
    }

    func testNoPageHoldsABidiControlAndTheArchiveKeepsThem() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(edition(1, killed: 120), to: "R/bidi/edition-001.yaml")
        try folder.write(edition(2, killed: 70), to: "R/bidi/edition-002.yaml")
        let generated = try runSitrep(["generate", "R/bidi/edition-002.yaml", "--previous", "R/bidi/edition-001.yaml", "-o", "out"], in: folder.path)
        XCTAssertEqual(generated.status, 0, generated.err)
        let html = try String(contentsOfFile: folder.file("out/edition-002.html"), encoding: .utf8)
        let markdown = try String(contentsOfFile: folder.file("out/edition-002.md"), encoding: .utf8)
        assertNoBidiControl(html, "the HTML sitrep")
        assertNoBidiControl(markdown, "the Markdown sitrep")
        XCTAssertTrue(html.contains("Riverside\u{FFFD}"), "the control shows as U+FFFD where it was")
        XCTAssertTrue(html.contains("<title>Floods\u{FFFD}"), "page titles too")

        for report in ["out/edition-002.md", "out/edition-002.html"] {
            let read = try EditionReader.load(path: folder.file(report)).situation
            XCTAssertEqual(read.casualties.first?.place, "Riverside\u{202E}", "\(report) keeps the place as written")
            XCTAssertEqual(read.sources.first?.publisher, "Basin \u{202E}Authority", report)
        }

        let published = try runSitrep(["publish", "R", "-o", "site"], in: folder.path)
        XCTAssertEqual(published.status, 0, published.err)
        let site = folder.file("site")
        for case let relative as String in FileManager.default.enumerator(atPath: site)! {
            guard let text = try? String(contentsOfFile: (site as NSString).appendingPathComponent(relative), encoding: .utf8) else { continue }
            assertNoBidiControl(text, relative)
        }
    }

    func testEscapersLeaveNoBidiControl() throws {
        let text = String(String.UnicodeScalarView(controls)) + "\u{200E}\u{200F}"
        XCTAssertEqual(ForbiddenCharacters.replaced(in: text), String(repeating: "\u{FFFD}", count: controls.count) + "\u{200E}\u{200F}")
        XCTAssertEqual(XML.escape(text), "\u{200E}\u{200F}")
        XCTAssertEqual(HXLExport.cell("Riverside\u{202E}"), "Riverside\u{FFFD}")
        let literal = JSONWriter.quoted(text, htmlSafe: true)
        XCTAssertEqual(literal, #""\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"# + "\u{200E}\u{200F}\"")
        XCTAssertEqual(try JSONSerialization.jsonObject(with: Data("[\(literal)]".utf8)) as? [String], [text])
        XCTAssertEqual(YAMLWriter.quoteIfNeeded("a\u{202E}b"), #""a\u202Eb""#)
    }
}
