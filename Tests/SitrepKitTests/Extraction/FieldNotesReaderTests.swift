import Foundation
import XCTest
@testable import SitrepKit

/// Field notes as people type them: wrapped bullets, citations in odd places, headings without a
/// year. Each quote extracted from notes must be text the notes hold.
final class FieldNotesReaderTests: XCTestCase {
    /// Reads `notes` as the field notes file `path`.
    private func read(_ notes: String, path: String = "notes.md") throws -> ArticleReader.Output {
        try ArticleReader.read(data: Data(notes.utf8), path: path, format: .notes)
    }

    /// Extracts a situation in Malawi from `notes`.
    private func situation(_ notes: String, path: String = "notes.md") throws -> Situation {
        let output = try read(notes, path: path)
        return Extractor(options: .init(country: Country(code: "MW"))).extract(output.articles).situation
    }

    /// A bullet whose first line ends with its "(source: …)" and whose indented continuation starts
    /// a new sentence keeps the sentence boundary: taking the citation out must not glue
    /// "Chikwawa" to "Separately", which would make a place of both and a quote the notes lack.
    func testAContinuationAfterTheCitationStartsANewSentence() throws {
        let notes = "# Nsanje, 16 March 2025\n- 12 people are missing in Chikwawa (source: Nyasa Times)\n  Separately, 30 people were injured in Bangula.\n"
        let situation = try situation(notes)
        XCTAssertEqual(situation.casualties.map(\.place), ["Chikwawa", "Bangula"])
        XCTAssertEqual(situation.casualties.map(\.quote), [
            "12 people are missing in Chikwawa.", "Separately, 30 people were injured in Bangula.",
        ])
        XCTAssertEqual(situation.sources.map(\.publisher), ["Nyasa Times"])
        XCTAssertEqual(try read(notes).warnings.map(\.description), [])
    }

    /// The same holds for a URL that ends the line; a continuation that starts in lower case goes
    /// on with the sentence the citation interrupted.
    func testAContinuationAfterALinkStartsANewSentenceUnlessItIsLowerCase() throws {
        let notes = """
        # Nsanje, 16 March 2025
        - 40 people killed in Nsanje https://example.org/dodma/16
          Separately, 30 people were injured in Bangula.
        - 12 people are missing (source: Nyasa Times)
          in Chikwawa after the bridge collapsed
        """
        XCTAssertEqual(try read(notes).articles.map(\.body), [
            "40 people killed in Nsanje. Separately, 30 people were injured in Bangula.",
            "12 people are missing in Chikwawa after the bridge collapsed.",
        ])
    }
}

extension FieldNotesReaderTests {
    /// A note with an empty "(source: )" and one with no source are both cited as the notes file,
    /// as their warnings say: one source that names the file, never a nameless source that a
    /// report lists as if someone had said it.
    func testAnUnsourcedNoteIsCitedAsTheNotesFile() throws {
        let notes = "# Nsanje, 14 March 2025\n- The border crossing at Marka into Mozambique has been closed by police (source: )\n- 8 people killed in Chikwawa\n"
        let output = try read(notes, path: "Reports/malawi/notes-day1.md")
        XCTAssertEqual(output.articles.map(\.publisher), ["field notes (notes-day1.md)"])
        let situation = try situation(notes, path: "Reports/malawi/notes-day1.md")
        XCTAssertEqual(situation.sources.map(\.publisher), ["field notes (notes-day1.md)"])
        XCTAssertEqual(situation.sources.map(\.id), ["notes-day1"])
        XCTAssertEqual(situation.borders.map(\.source), ["notes-day1"])
        XCTAssertEqual(situation.casualties.map(\.source), ["notes-day1"])
    }
}

extension FieldNotesReaderTests {
    /// A Markdown link that names its publisher and a "(source: …)" on one line are two sources:
    /// the first is kept, the other dropped and named in a warning, as for two "(source: …)";
    /// the quote keeps no word that only joined the two.
    func testALinkAndANamedSourceOnOneLineAreTwoSources() throws {
        let notes = """
        # Nsanje, 16 March 2025
        - 7 killed in Nsanje [Zodiak](https://zodiak.mw/a) and (source: Times)
        - 9 killed in Makhanga (source: MBC) and [Zodiak](https://zodiak.mw/b)
        - 40 people killed in Nsanje https://example.org/dodma-16 (source: DoDMA)
        - 12 people killed in Chikwawa, see [this report](https://www.unicef.org/malawi/x) (source: District Council)
        """
        let output = try read(notes)
        // Link words in lower case ("this report") name no publisher: the named source stands, with the link's URL.
        XCTAssertEqual(output.articles.map(\.publisher), ["Zodiak", "MBC", "DoDMA", "District Council"])
        XCTAssertEqual(output.articles.map(\.url), ["https://zodiak.mw/a", nil, "https://example.org/dodma-16", "https://www.unicef.org/malawi/x"])
        XCTAssertEqual(output.articles.map(\.body), [
            "7 killed in Nsanje.", "9 killed in Makhanga.", "40 people killed in Nsanje.", "12 people killed in Chikwawa.",
        ])
        XCTAssertEqual(output.warnings.map(\.message), [
            "this note names more than one source; only the first, 'Zodiak', is kept and 'Times' is dropped, so give each source's figure a line of its own",
            "this note names more than one source; only the first, 'MBC', is kept and 'Zodiak' is dropped, so give each source's figure a line of its own",
        ])
    }
}

extension FieldNotesReaderTests {
    /// A bullet that has no citation yet, followed by an unindented line that goes on with its
    /// sentence (lower case, the bullet ending without a full stop), is one note, as CommonMark's
    /// lazy continuation makes it; a line that may be a note of its own stays one, and the
    /// unsourced bullet's warning says to indent the line if it goes on with it.
    func testALazyContinuationLineIsJoinedOnlyWhenItGoesOnWithTheSentence() throws {
        let notes = """
        # Nsanje, 16 March 2025
        - 12 people are missing in Chikwawa
        after the bridge collapsed (source: Nyasa Times)
        - 40 people killed in Nsanje
        Separately, 30 people were injured in Bangula (source: Zodiak)
        - 5 people killed in Makhanga (source: MBC)
        and 3 in Bangula (source: Times)
        - 12 people killed in Chikwawa
        about 40 people injured in Nsanje (source: Nsanje District Hospital)
        """
        let output = try read(notes)
        // The unsourced notes of lines 4 and 8 are one source, the notes file.
        XCTAssertEqual(output.articles.map(\.body), [
            "12 people are missing in Chikwawa after the bridge collapsed.", "40 people killed in Nsanje.\n12 people killed in Chikwawa.",
            "Separately, 30 people were injured in Bangula.", "5 people killed in Makhanga.", "and 3 in Bangula.",
            "about 40 people injured in Nsanje.",
        ])
        XCTAssertEqual(output.articles.map(\.publisher), [
            "Nyasa Times", "field notes (notes.md)", "Zodiak", "MBC", "Times", "Nsanje District Hospital",
        ])
        XCTAssertEqual(output.articles.map(\.noteLines), [[2], [4, 8], [5], [6], [7], [9]])
        XCTAssertEqual(output.warnings.map(\.description), [
            "notes.md:4:1: warning: this note names no source (a URL or '(source: NAME)'); it is cited as the notes file itself, so add where it comes from (if line 5 goes on with this note, indent it)",
            "notes.md:8:1: warning: this note names no source (a URL or '(source: NAME)'); it is cited as the notes file itself, so add where it comes from (if line 9 goes on with this note, indent it)",
        ], "a lower-case line with a count of its own is a note of its own, never another's source")
    }
}

extension FieldNotesReaderTests {
    /// A heading whose date has no year, with no dated heading above it, is read as far as it
    /// goes: the warning says the year is missing and how to write it, not that the date cannot
    /// be read.
    func testAHeadingWithoutAYearAndNoneBeforeSaysTheYearIsMissing() throws {
        let output = try read("# 16 March\n\n- 40 people killed in Nsanje (source: DoDMA)\n")
        XCTAssertEqual(output.warnings.map(\.description), [
            "notes.md:1:1: warning: this heading's date, 16 March, has no year, and no heading above it gives one; add its year (16 March YYYY), and headings below may then leave it out (the notes below keep the date before it)",
        ])
        XCTAssertEqual(DateInText.dayAndMonthWithoutYear(in: "# 29 February"), "29 February")
        XCTAssertNil(DateInText.dayAndMonthWithoutYear(in: "# 16 March 2025"))
        XCTAssertNil(DateInText.dayAndMonthWithoutYear(in: "# 16/03"))
    }
}

extension FieldNotesReaderTests {
    /// Warnings about a "(source: …)" point at its column, on the line of a wrapped note where it
    /// stands, not at the start of the note.
    func testWarningsAboutASourcePointAtIt() throws {
        let notes = """
        # Nsanje, 14 March 2025
        - The border at Marka has been closed by police (source: )
        - 15 people were killed in Nsanje (source: Nyasa Times) (source: Zodiak)
        - Nsanje District Hospital says 45 people were injured
          and are being treated (source: )
        """
        XCTAssertEqual(try read(notes).warnings.map(\.location), [
            SourceLocation(line: 2, column: 49), SourceLocation(line: 3, column: 57), SourceLocation(line: 5, column: 25),
        ])
    }
}
