import Foundation
import XCTest
@testable import SitrepKit

/// Reading articles in the sample's layout (note line, URL line, body) and normalising text for matching.
final class ArticleTextTests: XCTestCase {
    private var sampleText: String {
        get throws {
            let path = TestPaths.repository.appendingPathComponent("Reports/kyrgyzstan-2010-osh/sources/bbc-10300348.txt").path
            return try String(contentsOfFile: path, encoding: .utf8)
        }
    }

    func testSampleHasNoteURLAndBody() throws {
        let article = ArticleText(parsing: try sampleText)
        XCTAssertEqual(article.note, "There were also reports that the armed forces supported ethnic Kyrgyz gangs entering the world, but the government denied the allegations.")
        XCTAssertEqual(article.url, "http://news.bbc.co.uk/2/hi/world/asia_pacific/10300348.stm")
        XCTAssertTrue(article.body.hasPrefix("Kyrgyzstan's interim government has asked Russia to help end ethnic clashes in the southern city of Osh, in which 77 people have been killed.  \"We need"))
        XCTAssertTrue(article.body.hasSuffix("Mr Bakiyev fled with his family to Belarus after violent clashes between government forces and protesters on 7 April."))
        XCTAssertFalse(article.body.contains("entering the world"), "the note line is not part of the body")
        XCTAssertFalse(article.body.contains("news.bbc.co.uk"), "the URL line is not part of the body")
    }

    func testSampleInSharedFolderReadsTheSame() throws {
        let path = TestPaths.shared.appendingPathComponent("articles/osh-2010-bbc-10300348.txt").path
        guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("shared/articles is not beside this checkout") }
        XCTAssertEqual(ArticleText(parsing: try String(contentsOfFile: path, encoding: .utf8)), ArticleText(parsing: try sampleText))
    }

    func testSampleParagraphsAreJoinedByDoubleSpaces() throws {
        let paragraphs = ArticleText(parsing: try sampleText).paragraphs
        XCTAssertEqual(paragraphs.count, 31)
        XCTAssertEqual(paragraphs[1], "\"We need the entry of outside armed forces to calm the situation down,\" interim leader Roza Otunbayeva said.")
        XCTAssertEqual(paragraphs[19], "\"The situation is very bad. There is no sign of it stopping. Homes have been set ablaze... Entire streets are on fire,\" said Interior Ministry spokesman Rakhmatillo Akhmedov.")
    }

    func testURLFirstMeansNoNote() {
        let article = ArticleText(parsing: "https://www.example.org/news/flood?id=7\nRivers burst their banks.\n\nTwo villages were cut off.\n")
        XCTAssertNil(article.note)
        XCTAssertEqual(article.url, "https://www.example.org/news/flood?id=7")
        XCTAssertEqual(article.body, "Rivers burst their banks.\n\nTwo villages were cut off.")
        XCTAssertEqual(article.paragraphs, ["Rivers burst their banks.", "Two villages were cut off."])
    }

    func testNoURLLineMakesTheWholeTextBody() {
        let text = "Floods in the north\nRivers burst their banks on Friday.\nexample.org/flood\n"
        let article = ArticleText(parsing: text)
        XCTAssertNil(article.note)
        XCTAssertNil(article.url)
        XCTAssertEqual(article.body, "Floods in the north\nRivers burst their banks on Friday.\nexample.org/flood")
    }

    func testBlankLinesAndWindowsLineEndsBeforeTheURLAreSkipped() {
        let article = ArticleText(parsing: "\r\n  Headline: floods in the north  \r\n\r\nexample.org/flood\r\nRivers burst their banks.\r\n")
        XCTAssertNil(article.note, "a line that is no sentence is a headline, not a claim")
        XCTAssertEqual(article.headline, "Headline: floods in the north")
        XCTAssertEqual(article.url, "http://example.org/flood")
        XCTAssertEqual(article.body, "Rivers burst their banks.")
    }

    func testEmptyTextIsAnEmptyBody() {
        XCTAssertEqual(ArticleText(parsing: " \n\n"), ArticleText(body: ""))
    }

    func testURLLines() {
        XCTAssertEqual(ArticleText.url(inLine: "news.bbc.co.uk/2/hi/world/asia_pacific/10300348.stm"), "http://news.bbc.co.uk/2/hi/world/asia_pacific/10300348.stm")
        XCTAssertEqual(ArticleText.url(inLine: " HTTP://Example.org "), "HTTP://Example.org")
        XCTAssertEqual(ArticleText.url(inLine: "reliefweb.int:8080/report?x=1"), "http://reliefweb.int:8080/report?x=1")
        XCTAssertNil(ArticleText.url(inLine: "See news.bbc.co.uk for more"))
        XCTAssertNil(ArticleText.url(inLine: "2010-06-12"))
        XCTAssertNil(ArticleText.url(inLine: "e.g."))
        XCTAssertNil(ArticleText.url(inLine: "77"))
        XCTAssertNil(ArticleText.url(inLine: "ftp://example.org/file"))
        XCTAssertNil(ArticleText.url(inLine: ""))
    }

    func testNormalizedFoldsTypographyAndCollapsesWhitespace() {
        XCTAssertEqual(
            ArticleText.normalized("  \u{201C}It\u{2019}s out of control,\u{201D}\u{00A0}she said \u{2013} in Osh\n\t\u{2026} again\u{00AD}st  \u{2018}all\u{2019}\u{202F}odds "),
            "\"It's out of control,\" she said - in Osh ... against 'all' odds")
        XCTAssertEqual(ArticleText.normalized("\u{00AB}Bonjour\u{00BB}\u{200B} \u{2014}\u{2212}"), "\"Bonjour\" --")
        XCTAssertEqual(ArticleText.normalized("Case Is Kept"), "Case Is Kept")
        XCTAssertEqual(ArticleText.normalized("\n \u{00A0}"), "")
        XCTAssertEqual(ArticleText.normalized("the\u{7}southern \u{1B}city\u{85}of Osh"), "the southern city of Osh", "controls read as spaces, as extraction reads them")
    }

    func testSentences() {
        XCTAssertEqual(
            ArticleText.sentences(in: "Mr. Smith met Dr. J. R. Jones in the U.S. on Friday. \"Help us!\" she said.  Was it 77? 80 were hurt (officially). e.g. this stays."),
            ["Mr. Smith met Dr. J. R. Jones in the U.S. on Friday.", "\"Help us!\" she said.", "Was it 77?", "80 were hurt (officially). e.g. this stays."])
        XCTAssertEqual(ArticleText.sentences(in: "No full stop at the end"), ["No full stop at the end"])
        XCTAssertEqual(ArticleText.sentences(in: "  "), [])
    }

    func testSampleSentences() throws {
        let sentences = ArticleText(parsing: try sampleText).sentences
        XCTAssertEqual(sentences.count, 34, "31 paragraphs, one of them a quotation of four sentences")
        XCTAssertEqual(Array(sentences[19...22]), ["\"The situation is very bad.", "There is no sign of it stopping.", "Homes have been set ablaze...", "Entire streets are on fire,\" said Interior Ministry spokesman Rakhmatillo Akhmedov."])
        XCTAssertEqual(sentences.last, "Mr Bakiyev fled with his family to Belarus after violent clashes between government forces and protesters on 7 April.")
    }
}
