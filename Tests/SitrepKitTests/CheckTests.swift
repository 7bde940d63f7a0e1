import Foundation
import XCTest
@testable import SitrepKit

/// `sitrep check`'s rules: one fixture per rule in `Fixtures/check/`, exact diagnostics in file order.
final class CheckTests: XCTestCase {
    /// The diagnostics of checking a fixture, as the lines `sitrep check` prints, and the fixture's path.
    private func check(_ name: String) throws -> (path: String, lines: [String]) {
        let path = TestPaths.fixture("check/\(name).yaml")
        let document = try SituationReader.load(path: path)
        return (path, SituationChecker.check(document).map(\.description))
    }

    func testShippedExampleHasNoErrorsAndOnlyTheNoteLineWarning() throws {
        let path = TestPaths.example
        let diagnostics = SituationChecker.check(try SituationReader.load(path: path))
        XCTAssertEqual(diagnostics.filter { $0.severity == .error }, [])
        XCTAssertEqual(diagnostics.map(\.description), [
            "\(path):172:11: warning: note line of sources/bbc-10300348.txt is not borne out by the article: 'entering the world' does not occur in it; correct the note line or drop those words",
        ])
    }

    func testItemsWithoutSourceAndUncitedSources() throws {
        let (path, lines) = try check("sources-cited")
        XCTAssertEqual(lines, [
            "\(path):12:5: error: the injured figure has no source; every fact needs 'source:' naming an entry in sources",
            "\(path):15:5: error: the border between KG and UZ has no source; every fact needs 'source:' naming an entry in sources",
            "\(path):18:5: error: the aid flight from RU to KG has no source; every fact needs 'source:' naming an entry in sources",
            "\(path):22:5: error: the statement response of 'Shanghai Cooperation Organisation' has no source; every fact needs 'source:' naming an entry in sources",
            "\(path):25:5: error: the curfew measure has no source; every fact needs 'source:' naming an entry in sources",
            "\(path):27:5: error: the allegation 'the dam was opened without warning' has no source; every fact needs 'source:' naming an entry in sources",
            "\(path):32:9: warning: source 'unused-agency' is never cited; cite it in an item's 'source:' or remove it",
        ])
    }

    func testQuotesAreFoundInTheBodyOnly() throws {
        let (path, lines) = try check("quotes")
        XCTAssertEqual(lines, [
            // casualties[0] is word for word; casualties[2] skips text with '…'; displacement[0] has straight
            // quotes and extra spaces where the article has curly quotes: all three are found.
            "\(path):16:12: error: quote not found in sources/flood.txt: '…swept through the town of Osh on Friday, killing 13 people…'; nearest in the article: '…on Friday, killing 12 people, officials said.…'",
            "\(path):24:12: error: quote not found in sources/flood.txt: 'Another 30 people are missing' occurs only before 'the Red Cross said'; the parts of a quote split by '…' must occur in the order written",
            // The note line says it, the body does not: a note is a claim, not a fact.
            "\(path):28:12: error: quote not found in sources/flood.txt: 'Officials say 40 people were killed in the flood.'",
            "\(path):40:11: warning: note line of sources/flood.txt is not borne out by the article: '40' does not occur in it; correct the note line or drop those words",
            "\(path):40:11: warning: note line of sources/flood.txt is not borne out by the article: 'flood' does not occur in it; correct the note line or drop those words",
        ])
    }

    /// `extract` quotes a headline when it holds a figure ("160 killed and hundreds left stranded…"):
    /// a headline is the article's own words, so `check` finds the quote there; a note line is not.
    func testQuotesAreFoundInTheHeadlineButNotTheNote() {
        let body = "Floods swept through the town on Friday, killing 12 people, officials said."
        func article(_ firstLine: String) -> StoredArticle {
            let text = ArticleText(parsing: "\(firstLine)\nhttps://example.org/floods\n\(body)\n")
            return StoredArticle(file: "a.txt", text: text, normalizedBody: ArticleText.normalized(text.body))
        }
        XCTAssertNil(QuoteVerifier.problem(with: "160 killed in floods", in: article("160 killed in floods")))
        XCTAssertNil(QuoteVerifier.problem(with: "killing 12 people", in: article("160 killed in floods")))
        XCTAssertEqual(QuoteVerifier.problem(with: "Officials say 160 were killed.", in: article("Officials say 160 were killed.")),
                       "quote not found in a.txt: 'Officials say 160 were killed.'")
    }

    func testUnreadableStoredArticles() throws {
        let (path, lines) = try check("unreadable")
        XCTAssertEqual(lines, [
            "\(path):24:11: error: cannot read the stored article 'sources/missing.txt': no such file (paths are relative to the situation file's folder)",
            "\(path):25:9: warning: source 'folder' is never cited; cite it in an item's 'source:' or remove it",
            "\(path):26:11: error: cannot read the stored article 'sources': is a folder, expected a file (paths are relative to the situation file's folder)",
            // Not read, so check cannot tell whether the quote occurs in any file on the machine.
            "\(path):28:11: error: the stored article '/etc/passwd' is an absolute path, which is not read; give it relative to the situation file's folder ('sources/a.txt', '../articles/a.txt')",
            // A path going up is read: its quote is found, and its note line is checked.
            "\(path):30:11: warning: note line of ../check/sources/flood.txt is not borne out by the article: '40' does not occur in it; correct the note line or drop those words",
            "\(path):30:11: warning: note line of ../check/sources/flood.txt is not borne out by the article: 'flood' does not occur in it; correct the note line or drop those words",
        ])
    }

    func testNoteLineIsCheckedAgainstTheBody() throws {
        // Note: "Floods killed twelve people in Osh and destroyed 25 houses; the army closed schools."
        // "twelve" is the body's 12, "houses … destroyed" stand in one sentence; 25 is nowhere, and the
        // body's army evacuated families while schools were closed in another sentence.
        let (path, lines) = try check("note")
        XCTAssertEqual(lines, [
            "\(path):15:11: warning: note line of sources/note.txt is not borne out by the article: '25' does not occur in it; correct the note line or drop those words",
            "\(path):15:11: warning: note line of sources/note.txt is not borne out by the article: 'army' occurs in it, but not together with 'closed'; correct the note line or drop those words",
        ])
    }

    func testKilledAndMissingInOneFigure() throws {
        let (path, lines) = try check("killed-or-missing")
        XCTAssertEqual(lines, [
            "\(path):11:12: warning: this killed figure counts the killed and the missing together ('dead or missing'); report them as separate killed and missing figures",
            "\(path):15:13: warning: this missing figure counts the killed and the missing together ('Missing and presumed dead'); report them as separate killed and missing figures",
            "\(path):20:12: warning: this killed figure counts the killed and the missing together ('killed and missing'); report them as separate killed and missing figures",
        ])
    }

    func testACountItsQuoteDoesNotHoldIsSaid() throws {
        let (path, lines) = try check("counts")
        XCTAssertEqual(lines, [
            "\(path):10:12: warning: the count '770' is not a number its quote gives (it gives '77'); check the number against the quote",
            "\(path):58:12: warning: the count '7' is not a number its quote gives (it gives '7 million'); check the number against the quote",
            "\(path):62:12: warning: the count '1.2 million' is not a number its quote gives (it gives '1.2 billion'); check the number against the quote",
            "\(path):66:12: warning: the count '45,000 to 50,000' is not a number its quote gives (it gives 'between 45,000 and 55,000'); check the number against the quote",
        ])
    }

    func testDatesAfterTheEditionAndNextReportBeforeIt() throws {
        // casualties[1] is at 18:00 on the edition's day and displacement[0] a day earlier: both fine.
        let (path, lines) = try check("dates")
        XCTAssertEqual(lines, [
            "\(path):8:14: error: next_report '2010-06-11' is before the edition's as_of '2010-06-12'; the next report must come after this one",
            "\(path):12:12: error: as_of '2010-06-13' is later than the edition's as_of '2010-06-12'; an edition cannot report what was true after its own date",
            "\(path):26:12: error: as_of '2011-01-01' is later than the edition's as_of '2010-06-12'; an edition cannot report what was true after its own date",
            "\(path):30:12: error: as_of '2010-07-01' is later than the edition's as_of '2010-06-12'; an edition cannot report what was true after its own date",
        ])
    }

    func testLaterComparesTimesOnlyWhenBothHaveOne() throws {
        func date(_ text: String) throws -> SitrepDate { try XCTUnwrap(SitrepDate(text)) }
        XCTAssertTrue(DateRules.isLater(try date("2010-06-12T18:00Z"), than: try date("2010-06-12T09:00Z")))
        XCTAssertFalse(DateRules.isLater(try date("2010-06-12T09:00Z"), than: try date("2010-06-12T18:00Z")))
        XCTAssertFalse(DateRules.isLater(try date("2010-06-12T18:00Z"), than: try date("2010-06-12")))
        XCTAssertFalse(DateRules.isLater(try date("2010-06-12"), than: try date("2010-06-12T09:00Z")))
        XCTAssertTrue(DateRules.isLater(try date("2010-06-13T00:01Z"), than: try date("2010-06-12T23:59Z")))
        // Osh is UTC+6: 23:00 there is 17:00Z, so 22:00Z is later and 23:30 there (17:30Z) is not later than 20:00Z.
        XCTAssertTrue(DateRules.isLater(try date("2010-06-14T22:00Z"), than: try date("2010-06-14T23:00+06:00")))
        XCTAssertFalse(DateRules.isLater(try date("2010-06-14T23:30+06:00"), than: try date("2010-06-14T20:00Z")))
        XCTAssertTrue(DateRules.isLater(try date("2010-06-14T01:00+0600"), than: try date("2010-06-13T18:59Z")), "across midnight")
        XCTAssertTrue(DateRules.isLater(try date("2010-06-14T00:30-05:00"), than: try date("2010-06-14T05:00Z")))
        XCTAssertTrue(DateRules.isLater(try date("2010-06-14T10:00"), than: try date("2010-06-14T09:00+06:00")),
                      "a time without an offset is compared as written")
        XCTAssertTrue(try date("2010-06-14T23:00+06:00") < date("2010-06-14T22:00Z"))
        XCTAssertNil(SitrepDate("2010-06-14T10:00+24:00"), "an offset of 24 hours is no offset")
    }

    func testNoteNumbersMatchByValueAndWordsByStem() {
        let article = StoredArticle(
            file: "a.txt", text: ArticleText(body: "Officials said 77 people were killed. About 1000 families fled the floods."),
            normalizedBody: ArticleText.normalized("Officials said 77 people were killed. About 1000 families fled the floods."))
        XCTAssertEqual(NoteVerifier.problems(withNote: "Seventy-seven people killed; 1,000 families fled the flood", in: article), [])
        XCTAssertEqual(NoteVerifier.problems(withNote: "Seventy-eight people killed", in: article), ["'Seventy-eight' does not occur in it"])
        XCTAssertEqual(NoteVerifier.problems(withNote: "Families killed", in: article), ["'Families killed' does not occur in it"])
        XCTAssertEqual(NoteVerifier.problems(withNote: "People fled the floods", in: article), ["'People' occurs in it, but not together with 'fled'"])
    }

    func testWholeWordPhrases() {
        XCTAssertTrue(NoteVerifier.contains("flood", in: "the flood came"))
        XCTAssertFalse(NoteVerifier.contains("flood", in: "floodwaters came"))
        XCTAssertTrue(NoteVerifier.contains("flood", in: "floodwaters and a flood"))
        XCTAssertFalse(NoteVerifier.contains("army", in: "the armyman"))
    }

    func testADiagnosticNeverPrintsAControlCharacter() {
        let diagnostic = Diagnostic(file: "a\nb.yaml", location: SourceLocation(line: 3, column: 5), severity: .warning,
                                    message: "quote 'x \u{1B}[31m red \u{7}\u{85}' is not in the article")
        XCTAssertEqual(diagnostic.description, "a\u{FFFD}b.yaml:3:5: warning: quote 'x \u{FFFD}[31m red \u{FFFD}\u{FFFD}' is not in the article")
    }
}
