import Foundation
import XCTest
@testable import SitrepKit

/// Article input of every kind, and untrusted input that must never crash.
final class ArticleReaderTests: XCTestCase {
    func testTextLayoutHeadlineOrNote() {
        let headline = ArticleReader.read(text: "Floods kill 10\nhttp://example.com/a\nTen people died.", path: "a.txt", format: .text).articles[0]
        XCTAssertEqual(headline.title, "Floods kill 10")
        XCTAssertNil(headline.note)
        let note = ArticleReader.read(text: "Reports say 10 died.\nexample.com/a\nTen people died.", path: "a.txt", format: .text).articles[0]
        XCTAssertEqual(note.note, "Reports say 10 died.")
        XCTAssertEqual(note.url, "http://example.com/a")
    }

    func testHTML() throws {
        let html = """
        <!DOCTYPE html><html><head><title>Quake kills 5</title><link rel="canonical" href="https://news.example.org/quake-123456">
        <meta property="article:published_time" content="2015-10-18T10:00:00Z"><script>var x = "7 people killed";</script><style>p{}</style></head>
        <body><nav>Home &amp; 9 links</nav><h1>Quake kills 5</h1><p>At least 5 people were killed &amp; 30&nbsp;injured.</p><p>Caf&eacute; owners fled.</p></body></html>
        """
        let output = try ArticleReader.read(data: Data(html.utf8), path: "q.html")
        let article = try XCTUnwrap(output.articles.first)
        XCTAssertEqual(article.title, "Quake kills 5")
        XCTAssertEqual(article.url, "https://news.example.org/quake-123456")
        XCTAssertEqual(article.published, SitrepDate("2015-10-18"))
        XCTAssertFalse(article.body.contains("7 people"))
        XCTAssertFalse(article.body.contains("links"))
        XCTAssertTrue(article.body.contains("At least 5 people were killed & 30 injured."))
        XCTAssertTrue(article.body.contains("Café"))
        let figures = Extractor().extract(output.articles).situation.figures.map { "\($0.metric.rawValue) \($0.count.text)" }
        XCTAssertEqual(figures, ["killed at least 5", "injured 30", "killed 5"], "the headline's figures after the body's")
    }

    func testJSONLines() throws {
        let text = """
        {"url": "https://a.example/1234567", "title": "Floods", "published": "2014-07-21", "text": "At least 5 people were killed."}
        not json
        {"url": "https://b.example/7654321", "text": "Around 2,000 people were displaced."}
        """
        let output = try ArticleReader.read(data: Data(text.utf8), path: "feed.jsonl")
        XCTAssertEqual(output.articles.count, 2)
        XCTAssertEqual(output.warnings.map { $0.location?.line }, [2])
        XCTAssertEqual(output.articles[0].published, SitrepDate("2014-07-21"))
        XCTAssertEqual(output.articles[1].line, 3)
        let results = Extractor().extractEach(output.articles)
        XCTAssertEqual(results.map { $0.situation.figures.map(\.count.text) }, [["at least 5"], ["around 2,000"]])
    }

    /// Windows line ends, blank lines and padding around an object are read as JSON Lines writers
    /// leave them; line numbers still count every line.
    func testJSONLinesWithWindowsLineEndsAndBlankLines() throws {
        let text = "{\"text\": \"At least 5 people were killed.\"}\r\n \t\r\n\u{0C}{\"text\": \"Around 2,000 people were displaced.\"} \r\n\r\n[1]\r\n"
        let output = try ArticleReader.read(data: Data(text.utf8), path: "feed.jsonl")
        XCTAssertEqual(output.articles.map(\.body), ["At least 5 people were killed.", "Around 2,000 people were displaced."])
        XCTAssertEqual(output.articles.map(\.line), [1, 3])
        XCTAssertEqual(output.warnings.map(\.description), ["feed.jsonl:5:1: warning: not a JSON object; expected {\"url\", \"title\", \"published\", \"text\"}; line skipped"])
    }

    /// Markdown editors write links in angle brackets or as [text](url): each is the line's source,
    /// a link's text its publisher, and neither stays in the quote.
    func testFieldNotesWithMarkdownLinks() throws {
        let notes = "- 77 people killed in Osh <http://example.org/bbc/2010/06/14/osh>\n- 30 injured in Osh ([BBC](http://example.org/x))\n- 12 missing in Osh, [UNHCR](https://unhcr.org/y)\n"
        let output = try ArticleReader.read(data: Data(notes.utf8), path: "notes.md")
        XCTAssertEqual(output.warnings, [])
        XCTAssertEqual(output.articles.map(\.url), ["http://example.org/bbc/2010/06/14/osh", "http://example.org/x", "https://unhcr.org/y"])
        XCTAssertEqual(output.articles.map(\.publisher), [nil, "BBC", "UNHCR"])
        XCTAssertEqual(output.articles.map(\.body), ["77 people killed in Osh.", "30 injured in Osh.", "12 missing in Osh."])
        // A link that is the whole statement; two links (the second said and dropped); a link in brackets.
        let more = "- [At least 1,000 people have been injured in Jalalabad](http://example.org/b/1)\n- 77 people have been killed in Osh [BBC](http://example.org/b/2), [Reuters](http://example.org/r/1)\n- 80 people have been killed in Osh, says the health ministry (<http://example.org/h/1>)\n"
        let read = try ArticleReader.read(data: Data(more.utf8), path: "more.md")
        XCTAssertEqual(read.articles.map(\.body), [
            "At least 1,000 people have been injured in Jalalabad.", "77 people have been killed in Osh.",
            "80 people have been killed in Osh, says the health ministry.",
        ])
        XCTAssertEqual(read.articles.map(\.url), ["http://example.org/b/1", "http://example.org/b/2", "http://example.org/h/1"])
        XCTAssertEqual(read.warnings.map(\.description), [
            "more.md:2:1: warning: this note names more than one link; only the first is kept as its source, so give one source per line",
        ])
        // Citations in brackets, a URL holding brackets, a numbered list, a link that is part of the statement.
        let cited = """
            - 77 people have been killed in Osh (see [BBC](http://example.org/a) and [AFP](http://example.org/b)).
            - 78 people killed in Osh, officials said, per [the ministry](https://example.org/moh?id=3&x=(1))
            1. [79 people have been killed in Osh, officials said](http://example.org/c)
            - [80 people have been killed in Osh](http://example.org/d), officials said.
            """
        let tidy = try ArticleReader.read(data: Data(cited.utf8), path: "cited.md")
        XCTAssertEqual(tidy.articles.map(\.body), [
            "77 people have been killed in Osh.", "78 people killed in Osh, officials said.", "79 people have been killed in Osh, officials said.",
            "80 people have been killed in Osh, officials said.",
        ])
        XCTAssertEqual(tidy.articles.map(\.url), ["http://example.org/a", "https://example.org/moh?id=3&x=(1)", "http://example.org/c", "http://example.org/d"])
        XCTAssertEqual(tidy.articles.map(\.publisher), ["BBC", "the ministry", nil, nil])
    }

    func testFieldNotes() throws {
        let notes = """
        # Osh, 12 June
        - 77 killed in Osh, health ministry http://example.org/moh/1234567
        - Thousands of Uzbeks massed at the Kyrgyz-Uzbek border (source: UNHCR)
        * At least 80 killed in Osh (source: UNHCR)
        """
        let output = try ArticleReader.read(data: Data(notes.utf8), path: "notes.md")
        XCTAssertEqual(output.articles.map(\.url), ["http://example.org/moh/1234567", nil])
        XCTAssertEqual(output.articles.map(\.publisher), [nil, "UNHCR"])
        let situation = Extractor(options: .init(asOf: SitrepDate("2010-06-12"))).extract(output.articles).situation
        XCTAssertEqual(situation.sources.count, 2)
        XCTAssertEqual(situation.casualties.map(\.count.text), ["77", "at least 80"])
        XCTAssertEqual(situation.displacement.map(\.metric), [.atBorder])
        XCTAssertEqual(situation.casualties.map(\.quote), ["77 killed in Osh, health ministry.", "At least 80 killed in Osh."])
    }

    /// An empty "(source:  )" names no one: the note is unsourced, as one without a source is, and
    /// said at its line; it never becomes a source with a blank name that the report cites, but is
    /// cited as the notes file.
    func testAnEmptySourceLeavesTheNoteUnsourcedWithAWarning() throws {
        let notes = "# Osh, 14 June 2010\n\n- 15 killed in Osh (source:  )\n"
        let output = try ArticleReader.read(data: Data(notes.utf8), path: "empty.md", format: .notes)
        XCTAssertEqual(output.articles.map(\.publisher), ["field notes (empty.md)"])
        XCTAssertEqual(output.articles.map(\.body), ["15 killed in Osh."])
        XCTAssertEqual(output.warnings.map(\.description), [
            "empty.md:3:20: warning: this note's '(source: )' names no one; it is cited as the notes file itself, so write who the figure comes from",
        ])
        let situation = Extractor(options: .init(country: Country(code: "KG"))).extract(output.articles).situation
        XCTAssertFalse(situation.sources.contains { $0.publisher?.isEmpty ?? false }, "\(situation.sources)")
        XCTAssertEqual(situation.casualties.map(\.count.text), ["15"])
    }

    /// One figure has one source: a second "(source: …)" on a line is dropped, and said, by name.
    func testASecondSourceOnANoteLineIsNamedInAWarning() throws {
        let notes = "# Osh, 14 June 2010\n\n- 3 million people affected (source: IFRC) (source: OCHA)\n"
        let output = try ArticleReader.read(data: Data(notes.utf8), path: "two.md", format: .notes)
        XCTAssertEqual(output.articles.map(\.publisher), ["IFRC"])
        XCTAssertEqual(output.articles.map(\.body), ["3 million people affected."])
        XCTAssertEqual(output.warnings.map(\.description), [
            "two.md:3:44: warning: this note names more than one source; only the first, 'IFRC', is kept and 'OCHA' is dropped, so give each source's figure a line of its own",
        ])
    }

    /// A bullet wrapped onto an indented line is one note, as in CommonMark, and keeps the source
    /// its second line names; it is numbered by its first line. A line that is not indented, or a
    /// new bullet, is a note of its own.
    func testAWrappedBulletIsOneNoteWithItsSource() throws {
        let notes = """
        # Osh, 14 June 2010

        - About 100 people still trapped at the market,
          according to the fire service (source: Fire Service)
        2. At least 40 people injured in Osh,
           hospital staff said (source: Osh City Hospital)
        - 12 killed in Jalalabad (source: MoH)
          - 3 killed in Osh (source: Police)
        """
        let output = try ArticleReader.read(data: Data(notes.utf8), path: "wrap.md", format: .notes)
        XCTAssertEqual(output.warnings.map(\.description), [])
        XCTAssertEqual(output.articles.map(\.publisher), ["Fire Service", "Osh City Hospital", "MoH", "Police"])
        XCTAssertEqual(output.articles.map(\.body), [
            "About 100 people still trapped at the market, according to the fire service.",
            "At least 40 people injured in Osh, hospital staff said.", "12 killed in Jalalabad.", "3 killed in Osh.",
        ])
        XCTAssertEqual(output.articles.map(\.noteLines), [[3], [5], [7], [8]])
    }

    func testUntrustedInputNeverCrashes() throws {
        XCTAssertThrowsError(try ArticleReader.read(data: Data([0xFF, 0xFE, 0x41]), path: "bad.txt")) { error in
            XCTAssertEqual("\(error)", "bad.txt:1:1: byte 0xFF is not valid UTF-8 text; convert it first (iconv -f latin1 -t utf-8)")
        }
        XCTAssertThrowsError(try ArticleReader.read(data: Data([0x41, 0x00, 0x42]), path: "bin.dat")) { error in
            XCTAssertTrue("\(error)".hasPrefix("bin.dat: is a binary file"))
        }
        XCTAssertThrowsError(try ArticleReader.read(path: "/nonexistent/article.txt")) { error in
            XCTAssertTrue("\(error)".contains("/nonexistent/article.txt: no such file"))
        }
        let empty = try ArticleReader.read(data: Data(), path: "empty.txt")
        XCTAssertTrue(empty.warnings.contains { $0.file == "empty.txt" && $0.message.contains("no article text") })
        let result = Extractor().extract(empty.articles)
        XCTAssertTrue(result.situation.figures.isEmpty)
        // One huge sentence without a full stop, and odd bytes in valid UTF-8.
        let huge = String(repeating: "killed 5 people and 1,000 more were displaced ", count: 20_000) + "\u{202E}\u{FEFF}😀"
        let big = Extractor().extract([Article(path: "huge.txt", body: huge)])
        XCTAssertTrue(big.warnings.contains { $0.file == "huge.txt" && $0.message.contains("skipped") })
        let odd = Extractor().extract([Article(path: "odd.txt", body: "\u{0301}\u{0301}. 5 \u{00AD}-\u{2013} , . ( ) \" ' killed . ... U.S.A. 12345678901234567890 people died. 9999999999999999999999 killed.")])
        XCTAssertNotNil(odd.situation)
    }
}
