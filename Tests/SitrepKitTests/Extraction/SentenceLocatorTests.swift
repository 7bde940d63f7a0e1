import XCTest
@testable import SitrepKit

/// A warning about a sentence names where the sentence stands in the file the user gave.
final class SentenceLocatorTests: XCTestCase {
    private func location(_ sentence: String, in text: String, format: ArticleReader.Format, path: String = "a.txt") -> SourceLocation? {
        let article = ArticleReader.read(text: text, path: path, format: format).articles[0]
        var locator = SentenceLocator(article)
        return locator.location(of: sentence)
    }

    func testATextArticleGivesTheSentencesLineAndColumn() {
        let text = "Floods in the north\nexample.org/news/1234567\n\n   Rivers burst their banks.  Two villages\nwere cut off.\nÉlan said 5 died.\n"
        XCTAssertEqual(location("Rivers burst their banks.", in: text, format: .text), SourceLocation(line: 4, column: 4),
                       "the body's indent is counted")
        XCTAssertEqual(location("Two villages were cut off.", in: text, format: .text), SourceLocation(line: 4, column: 31),
                       "a sentence found by its words across a line break")
        XCTAssertEqual(location("Élan said 5 died.", in: text, format: .text), SourceLocation(line: 6, column: 1))
        XCTAssertNil(location("Nothing like this was written.", in: text, format: .text))
        XCTAssertNil(location("Floods in the north", in: text, format: .text), "the headline is not body text")
    }

    func testColumnsCountUnicodeScalarsAndASentenceCanStartInsideAWord() {
        let text = "https://example.org/a/1234567\nÜber Öl: the operations.Two people died.\n"
        XCTAssertEqual(location("Two people died.", in: text, format: .text), SourceLocation(line: 2, column: 25))
    }

    func testAFieldNoteGivesItsLineAndAJSONLinesArticleItsLine() {
        let notes = "# Osh, 12 June 2010\n\n- 77 killed in Osh, health ministry http://example.org/a\n- Nearly people hurt, health ministry http://example.org/a\n"
        XCTAssertEqual(location("Nearly people hurt, health ministry.", in: notes, format: .notes, path: "n.md")?.line, 4)
        let jsonl = "{\"url\": \"https://example.org/1\", \"text\": \"One.\"}\n{\"url\": \"https://example.org/2\", \"text\": \"Nearly people were hurt.\"}\n"
        let second = ArticleReader.read(text: jsonl, path: "a.jsonl", format: .jsonl).articles[1]
        var locator = SentenceLocator(second)
        XCTAssertEqual(locator.location(of: "Nearly people were hurt."), SourceLocation(line: 2, column: 1))
        XCTAssertEqual(locator.location(of: "A headline", isTitle: true), SourceLocation(line: 2, column: 1), "its headline is on its line too")
    }

    /// Sentences are asked for in order: a sentence written twice, or one that starts as an earlier
    /// one does, is found where it is, not at the first.
    func testEachSentenceIsLookedForAfterTheOneBefore() {
        let text = "https://example.org/a/1234567\nNearly people were hurt in the south, officials said.\nNearly people were hurt in the north.\nNearly people were hurt in the south, officials said.\n"
        let article = ArticleReader.read(text: text, path: "a.txt", format: .text).articles[0]
        var locator = SentenceLocator(article)
        XCTAssertEqual(locator.location(of: "Nearly people were hurt in the south, officials said.")?.line, 2)
        XCTAssertEqual(locator.location(of: "Nearly people were hurt in the north.")?.line, 3)
        XCTAssertEqual(locator.location(of: "Nearly people were hurt in the south, officials said.")?.line, 4)
        XCTAssertNil(locator.location(of: "Nearly people were hurt in the north."), "nothing after the last")
    }

    /// The splitter drops soft hyphens and reads control characters as spaces; a short sentence can
    /// end inside a word of the text ("hurt.Two").
    func testWordsAreReadAsTheSplitterReadsThem() {
        let text = "https://example.org/a/1234567\nThe evac\u{AD}uation went on.\u{0007}Nearly people were hurt.Two died.\n"
        XCTAssertEqual(location("The evacuation went on.", in: text, format: .text), SourceLocation(line: 2, column: 1))
        XCTAssertEqual(location("Nearly people were hurt.", in: text, format: .text), SourceLocation(line: 2, column: 26), "the soft hyphen and the control character are columns of the file")
    }

    /// A sentence of exactly as many words as are matched can end inside a word too, and the
    /// sentence that starts inside that word is still found there, not at a later copy.
    func testASentenceOfSixWordsEndsInsideAWordAndTheNextStartsThere() {
        let text = "https://example.org/a/1234567\nNearly all people were hurt there.Two died.\nTwo died.\n"
        let article = ArticleReader.read(text: text, path: "a.txt", format: .text).articles[0]
        var locator = SentenceLocator(article)
        XCTAssertEqual(locator.location(of: "Nearly all people were hurt there."), SourceLocation(line: 2, column: 1))
        XCTAssertEqual(locator.location(of: "Two died."), SourceLocation(line: 2, column: 35), "in the word the sentence before ended in")
        XCTAssertEqual(locator.location(of: "Two died."), SourceLocation(line: 3, column: 1))
    }

    func testAnHTMLPageGivesNoPlace() {
        let html = "<html><body><p>Nearly people were hurt.</p></body></html>"
        XCTAssertNil(location("Nearly people were hurt.", in: html, format: .html, path: "a.html"))
    }
}
