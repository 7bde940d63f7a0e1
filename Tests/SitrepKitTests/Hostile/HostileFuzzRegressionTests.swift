@testable import SitrepKit
import XCTest

/// Every input the fuzz targets (Fuzz/, run by scripts/fuzz) or the hostile corpus found to crash
/// or hang sitrep, replayed through the same code. The files are in Fixtures/hostile/fuzz/.
final class HostileFuzzRegressionTests: XCTestCase {
    private func fixture(_ name: String) throws -> String {
        let data = try XCTUnwrap(FileManager.default.contents(atPath: TestPaths.fixture("hostile/fuzz/\(name)")))
        return String(decoding: data, as: UTF8.self)
    }

    /// fuzz-count, run 1: "a hundred hundred … to hundred" multiplied past Int.max and trapped.
    func testCountOfHundredsUponHundredsIsNoNumber() throws {
        let text = try fixture("count-hundred-hundred.txt")
        let count = Count(parsing: text)
        if let count, let low = count.low { XCTAssertLessThanOrEqual(low, NumberPhrase.largest) }
        XCTAssertNil(NumberPhrase.parse(Substring(String(repeating: "hundred ", count: 20) + "hundred")))
        XCTAssertNil(NumberPhrase.parse(Substring("one " + String(repeating: "dozen ", count: 20))))
    }

    /// The corpus: a count of "9999999999999 million" in a situation file crashed the reader.
    func testCountOfMillionsPastIntMaxIsNoNumber() {
        XCTAssertNil(NumberPhrase.parse("9999999999999 million"))
        XCTAssertNil(NumberPhrase.parse("9999999999999.5 million"))
        XCTAssertEqual(NumberPhrase.parse("1.2 million"), 1_200_000)
        let text = HostileYAMLCorpus.replacing(line: 13, with: "    count: 9999999999999 million")
        XCTAssertThrowsError(try SituationReader.read(text: text, path: "f.yaml")) { error in
            XCTAssertTrue("\(error)".hasPrefix("f.yaml:13:"), "\(error)")
        }
    }

    /// The corpus: a long dotted line without spaces made the URL-line regular expression
    /// backtrack for minutes.
    func testALongDottedLineIsReadQuickly() {
        let started = Date()
        let line = String(repeating: "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z", count: 2_000)
        XCTAssertNil(ArticleText.url(inLine: line))
        XCTAssertEqual(ArticleText.url(inLine: "news.bbc.co.uk/2/hi/world/asia_pacific/10300348.stm"), "http://news.bbc.co.uk/2/hi/world/asia_pacific/10300348.stm")
        XCTAssertEqual(ArticleText.url(inLine: "example.org:8080?q=1"), "http://example.org:8080?q=1")
        for notURL in ["2010-06-12", "e.g.", "-a.org", "a-.org", "a..org", "a.o", "a.org:", "a.org:x", "a.b1"] {
            XCTAssertNil(ArticleText.url(inLine: notURL), notURL)
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 2)
    }

    /// The corpus: many unclosed `<script` tags made finding the sitrep data quadratic.
    func testManyUnclosedScriptTagsAreReadQuickly() {
        let started = Date()
        let text = String(repeating: "<script ", count: 200_000)
        XCTAssertThrowsError(try EditionReader.read(text: text, path: "many.html"))
        XCTAssertLessThan(Date().timeIntervalSince(started), 2)
        let page = "<p>\n<SCRIPT type=\"application/json\"  ID='sitrep-data'>{}</script>"
        let tag = "<SCRIPT type=\"application/json\"  ID='sitrep-data'>"
        XCTAssertEqual(try EditionReader.embeddedData(of: page, path: "p.html"), "\n" + String(repeating: " ", count: tag.count) + "{}")
    }
}
