import Foundation
import XCTest
@testable import SitrepKit

/// The sample article's complete expected model: every fact with its quote, and nothing else.
final class ExtractionSampleTests: XCTestCase {
    static let article = TestPaths.repository.appendingPathComponent("Reports/kyrgyzstan-2010-osh/sources/bbc-10300348.txt").path

    private func extractSample() throws -> ExtractionResult {
        let output = try ArticleReader.read(path: Self.article)
        XCTAssertEqual(output.articles.count, 1)
        return Extractor(options: .init(asOf: SitrepDate("2010-06-12"))).extract(output.articles)
    }

    func testSampleMatchesTheExpectedModelExactly() throws {
        let result = try extractSample()
        let path = TestPaths.fixture("extraction/osh-2010-bbc-10300348.expected.yaml")
        let expected = try SituationReader.read(text: String(contentsOfFile: path, encoding: .utf8), path: path).situation
        if result.situation != expected {
            XCTFail("extraction differs from the expected model:\n" + SituationWriter.yaml(result.situation))
        }
    }

    func testExtractedFileReadsBackAndEveryItemIsQuotedFromTheBody() throws {
        let result = try extractSample()
        let yaml = SituationWriter.yaml(result.situation)
        let reread = try SituationReader.read(text: yaml, path: "extracted.yaml").situation
        XCTAssertEqual(reread, result.situation)
        let body = ArticleText.normalized(ArticleText(parsing: try String(contentsOfFile: Self.article, encoding: .utf8)).body)
        for (path, item) in result.situation.sourcedItems {
            XCTAssertEqual(item.source, "bbc-10300348", path)
            let quote = try XCTUnwrap(item.quote, path)
            XCTAssertTrue(body.contains(ArticleText.normalized(quote)), "\(path): quote not in the body: \(quote)")
        }
    }

    func testNoNumberTheTextDoesNotHold() throws {
        let result = try extractSample()
        let values = result.situation.figures.compactMap(\.count.value)
        XCTAssertEqual(values.sorted(), [1, 77, 200, 2_000].sorted())
        for excluded in [150, 300, 190, 27, 7, 2] { XCTAssertFalse(values.contains(excluded), "\(excluded) is not a figure") }
    }

    func testNearlyPeopleGivesAWarningAndNoInjuredNumber() throws {
        let result = try extractSample()
        let injured = result.situation.casualties.filter { $0.metric == .injured }
        XCTAssertEqual(injured.map(\.count), [.unknown])
        let warning = result.warnings.first { $0.message.contains("'Nearly people' has no number") }
        XCTAssertEqual(warning?.file, Self.article)
        XCTAssertEqual(warning?.location, SourceLocation(line: 3, column: 1758), "where the sentence starts in the sample's body line")
    }

    func testNoteIsVerifiedAgainstTheBody() throws {
        let result = try extractSample()
        let note = try XCTUnwrap(result.notes.first)
        XCTAssertEqual(note.unsupportedPhrases, ["entering the world"])
        XCTAssertEqual(note.missingNumbers, [])
        XCTAssertTrue(note.isDeniedAllegation)
        XCTAssertEqual(note.supportingSentences, [
            "They claim that people are being shot at from armoured personnel carriers, which are making way for armed gangs of ethnic Kyrgyz.",
            "The interim government has denied security personnel are shooting at people and says its forces are preventing others from entering Osh to join the fighting.",
        ])
        XCTAssertEqual(result.warnings.filter { $0.message.contains("note") }.map(\.description), [
            "\(Self.article):1:1: warning: the note says 'entering the world', which the article does not bear out; the situation file keeps only what the article says, so correct the note before you repeat it",
        ])
    }

    func testLeadersResolveToTheirCountries() throws {
        let result = try extractSample()
        let consultation = try XCTUnwrap(result.situation.responses.first { $0.kind == .consultation })
        XCTAssertEqual(consultation.actor, .country(Country(code: "RU")!))  // "Mr Medvedev" → Russian President Dmitry Medvedev
        XCTAssertEqual(consultation.target, .organisation("Shanghai Cooperation Organisation"))
    }

    func testNoteWithANumberTheBodyLacks() {
        let article = Article(path: "n.txt", note: "At least 500 people were killed in Osh.", body: "In Osh, 77 people have been killed. Fighting continues.")
        let result = Extractor(options: .init(asOf: SitrepDate("2010-06-12"))).extract([article])
        XCTAssertEqual(result.notes.first?.missingNumbers, ["at least 500"])
        XCTAssertEqual(result.warnings.filter { $0.message.contains("note") }.map(\.description), [
            "n.txt:1:1: warning: the note's number 'at least 500' does not occur in the article; no figure is taken from a note, so check the number against the article",
        ])
    }
}
