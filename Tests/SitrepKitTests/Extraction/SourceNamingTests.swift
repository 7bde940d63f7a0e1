import XCTest
@testable import SitrepKit

/// ``SourceNaming`` reads ASCII URLs from their bytes and others by characters: both must name a
/// source the way an information officer would cite it.
final class SourceNamingTests: XCTestCase {
    func testPublishersAreNamedFromTheHost() {
        XCTAssertEqual(SourceNaming.publisher(for: "http://news.bbc.co.uk/2/hi/asia-pacific/10300348.stm")?.name, "BBC")
        XCTAssertEqual(SourceNaming.publisher(for: "news.bbc.co.uk/2/hi/10300348.stm")?.name, "BBC")
        XCTAssertEqual(SourceNaming.publisher(for: "https://WWW.Reuters.com/article/idUS123")?.name, "Reuters")
        XCTAssertEqual(SourceNaming.publisher(for: "https://www.floodlist.com:443/asia/x")?.name, "FloodList")
        XCTAssertEqual(SourceNaming.publisher(for: "https://reliefweb.int/report?id=1")?.type, .un)
        XCTAssertEqual(SourceNaming.publisher(for: "https://www.ndma.gov.pk/news")?.name, "ndma")
        XCTAssertEqual(SourceNaming.publisher(for: "https://www.ndma.gov.pk/news")?.type, .government)
        XCTAssertEqual(SourceNaming.publisher(for: "https://www.example-news.co.uk/a#b")?.name, "Example-news")
        XCTAssertNil(SourceNaming.publisher(for: "https://www.co.uk/"))
        XCTAssertEqual(SourceNaming.publisher(for: "https://www.Zeitung-Straße.de/x")?.name, "Zeitung-straße")
        XCTAssertEqual(SourceNaming.hostLabels("https://News.BBC.co.uk/x"), ["news", "bbc", "co", "uk"])
        XCTAssertEqual(SourceNaming.hostLabels("ftp://a.b?c"), ["a", "b"])
    }

    func testIdsJoinThePublisherAndTheArticleNumber() {
        func id(_ url: String) -> String { SourceNaming.id(url: url, path: "/tmp/article.txt") }
        XCTAssertEqual(id("http://news.bbc.co.uk/2/hi/asia-pacific/10300348.stm"), "bbc-10300348")
        // The longest run of digits, five or more, at most twenty of them; the first of equal runs.
        XCTAssertEqual(id("https://www.reuters.com/2010/06/14/idUS12345678901234567890123"), "reuters-12345678901234567890")
        XCTAssertEqual(id("https://www.reuters.com/a/11111-22222"), "reuters-11111")
        // No number: the last part of the path without its extension.
        XCTAssertEqual(id("https://www.theguardian.com/world/kyrgyzstan-clashes.html"), "the-guardian-kyrgyzstan-clashes")
        XCTAssertEqual(id("https://www.theguardian.com/world/2010/"), "the-guardian-2010")
        XCTAssertEqual(id("https://www.theguardian.com"), "the-guardian")
        XCTAssertEqual(id("https://www.theguardian.com/Straße/Ünïcode-12345"), "the-guardian-12345")
        // A slug keeps only ASCII letters and digits: "ärger" loses its "ä".
        XCTAssertEqual(id("https://www.theguardian.com/straße/ärger.html"), "the-guardian-rger")
        // No publisher: the file's name.
        XCTAssertEqual(SourceNaming.id(url: nil, path: "/data/Osh 2010, BBC.txt"), "osh-2010-bbc")
        XCTAssertEqual(SourceNaming.id(url: nil, path: "/data/§.txt"), "source")
        XCTAssertEqual(SourceNaming.id(url: "not a url", path: "/data/x.txt"), "not-a-url")
    }

    func testTheSchemeIsCutAtItsFirstSeparator() {
        XCTAssertEqual(SourceNaming.afterScheme("https://a.org/x://y"), "a.org/x://y")
        XCTAssertEqual(SourceNaming.afterScheme("a.org/x"), "a.org/x")
        XCTAssertEqual(SourceNaming.afterScheme("h:/:://a"), "a")
        XCTAssertEqual(SourceNaming.afterScheme("https://é.org"), "é.org")
    }
}
