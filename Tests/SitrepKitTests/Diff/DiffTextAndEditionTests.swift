@testable import SitrepKit
import XCTest

/// The summary and highlights word by word, the edition number and date, and `--only`.
final class DiffTextAndEditionTests: XCTestCase {
    func testSummaryChangeIsAWordLevelDiff() throws {
        let new = DiffFixtures.next { $0.summary = "Clashes in Osh have now killed 100 people." }
        let change = try XCTUnwrap(DiffFixtures.diff(DiffFixtures.base(), new).changes(in: .text).first)
        XCTAssertEqual(change.sentence, "Summary: revised")
        XCTAssertEqual(change.words, [
            WordSegment(kind: .same, text: "Clashes in Osh have"),
            WordSegment(kind: .added, text: "now"),
            WordSegment(kind: .same, text: "killed"),
            WordSegment(kind: .removed, text: "77"),
            WordSegment(kind: .added, text: "100"),
            WordSegment(kind: .same, text: "people."),
        ])
    }

    func testRewrappedSummaryIsNoChange() {
        let new = DiffFixtures.next { $0.summary = "Clashes in Osh\nhave killed   77 people.\n" }
        XCTAssertEqual(DiffFixtures.diff(DiffFixtures.base(), new).changes(in: .text), [])
    }

    func testSummaryAddedAndRemoved() {
        XCTAssertEqual(DiffFixtures.diff(DiffFixtures.base(), DiffFixtures.next { $0.summary = nil }).changes(in: .text).map(\.sentence),
                       ["Summary (dropped)"])
        XCTAssertEqual(DiffFixtures.diff(DiffFixtures.next { $0.summary = "  " }, DiffFixtures.base()).changes(in: .text).map(\.sentence),
                       ["Summary (new)"])
    }

    func testHighlightsAddedRemovedAndReworded() {
        let new = DiffFixtures.next { $0.highlights = ["Border with Uzbekistan closed", "100 people killed in Osh", "Curfew in Osh"] }
        let changes = DiffFixtures.diff(DiffFixtures.base(), new).changes(in: .text)
        XCTAssertEqual(changes.map(\.kind), [.changed, .changed, .added])
        XCTAssertEqual(changes[0].words, [
            WordSegment(kind: .same, text: "Border with Uzbekistan"),
            WordSegment(kind: .removed, text: "restricted"),
            WordSegment(kind: .added, text: "closed"),
        ])
        XCTAssertEqual(changes[1].sentence, "Highlight: “77 people killed in Osh” → “100 people killed in Osh”")
        XCTAssertEqual(changes[2].sentence, "Highlight: “Curfew in Osh” (new)")
        let dropped = DiffFixtures.diff(DiffFixtures.base(), DiffFixtures.next { $0.highlights.removeLast() }).changes(in: .text)
        XCTAssertEqual(dropped.map(\.sentence), ["Highlight: “Border with Uzbekistan restricted” (dropped)"])
    }

    func testAVeryLongHighlightIsComparedWithoutWorkingThroughEveryPair() {
        let long = (0..<40_000).map { "w\($0)" }.joined(separator: " ")
        let old = DiffFixtures.next { $0.highlights = ["x", "Border with Uzbekistan restricted"] }
        let new = DiffFixtures.next { $0.highlights = [long, "Border with Uzbekistan closed"] }
        let changes = DiffFixtures.diff(old, new).changes(in: .text)
        XCTAssertEqual(changes.map(\.kind), [.added, .changed, .removed])
        XCTAssertNil(WordDiff.similarity("x", long, atLeast: TextComparison.rewordedThreshold))
        XCTAssertEqual(WordDiff.similarity("a b c d", "a b c e", atLeast: 0.5), 0.75)
        XCTAssertNil(WordDiff.similarity("a b c d", "a e f g", atLeast: 0.5))
        // Two hundred highlights on each side, all different: no pair is looked at as reworded.
        let many = DiffFixtures.diff(DiffFixtures.next { $0.highlights = (0..<200).map { "old \($0) " + long.prefix(400) } },
                                     DiffFixtures.next { $0.highlights = (0..<200).map { "new \($0) " + long.prefix(400) } })
        XCTAssertEqual(Set(many.changes(in: .text).map(\.kind)), [.added, .removed])
    }

    func testWordDiffFoldsShortSharedWordsBetweenLongChanges() {
        XCTAssertEqual(WordDiff.segments(from: "one two three four five six seven", to: "eight nine ten four eleven twelve thirteen"), [
            WordSegment(kind: .removed, text: "one two three four five six seven"),
            WordSegment(kind: .added, text: "eight nine ten four eleven twelve thirteen"),
        ])
        XCTAssertEqual(WordDiff.segments(from: "a b", to: "a b"), [WordSegment(kind: .same, text: "a b")])
        XCTAssertEqual(WordDiff.segments(from: "", to: "new words"), [WordSegment(kind: .added, text: "new words")])
    }

    func testEditionNumberAndAsOfDate() {
        let changes = DiffFixtures.diff(DiffFixtures.base(), DiffFixtures.next { _ in }).changes
        XCTAssertEqual(changes.map(\.sentence), ["Edition: 1 → 2", "As of: 12 June 2010 → 13 June 2010"])
        XCTAssertEqual(changes.first?.new, .number(2))
    }

    func testDatesDifferingOnlyInTimeShowTheTime() {
        let old = DiffFixtures.next { $0.asOf = DiffFixtures.date("2010-06-13T06:00Z") }
        let new = DiffFixtures.next { $0.asOf = DiffFixtures.date("2010-06-13T18:00Z") }
        XCTAssertEqual(DiffFixtures.diff(old, new).changes.map(\.sentence), ["As of: 13 June 2010, 06:00 UTC → 13 June 2010, 18:00 UTC"])
        let written = DiffFixtures.next { $0.asOf = DiffFixtures.date("2010-06-13T06:00+00:00") }
        XCTAssertEqual(DiffFixtures.diff(old, written).changes.map(\.sentence), ["As of: 2010-06-13T06:00Z → 2010-06-13T06:00+00:00"],
                       "one time written two ways: as written")
    }

    /// A next report added or dropped is written out, as every other date is.
    func testANextReportAddedOrDroppedIsWrittenOut() {
        let new = DiffFixtures.next { $0.nextReport = DiffFixtures.date("2010-06-14") }
        XCTAssertEqual(DiffFixtures.diff(DiffFixtures.base(), new, only: [.edition]).changes.map(\.sentence).last,
                       "Next report: 14 June 2010 (new)")
        XCTAssertEqual(DiffFixtures.diff(new, DiffFixtures.base(), only: [.edition]).changes.map(\.sentence).last,
                       "Next report: 14 June 2010 (no longer reported)")
    }

    func testHeaderFieldsCount() {
        let new = DiffFixtures.next { $0.places = ["Osh"]; $0.organisation = "Example Relief Network" }
        let sentences = DiffFixtures.diff(DiffFixtures.base(), new, only: [.edition]).changes.map(\.sentence)
        XCTAssertEqual(sentences, ["Edition: 1 → 2", "As of: 12 June 2010 → 13 June 2010", "Places: Osh (new)", "Organisation: Example Relief Network (new)"])
    }

    func testIdenticalEditionsHaveNoChanges() throws {
        let diff = DiffFixtures.diff(DiffFixtures.base(), DiffFixtures.base())
        XCTAssertFalse(diff.hasChanges)
        XCTAssertEqual(diff.tally, "no changes")
        XCTAssertEqual(diff.sections, [])
    }

    func testOnlyNarrowsTheCategories() throws {
        let new = DiffFixtures.next { $0.borders[0].status = .closed; $0.casualties[0].count = DiffFixtures.count("80") }
        let diff = DiffFixtures.diff(DiffFixtures.base(), new, only: [.borders])
        XCTAssertEqual(diff.categories, [.borders])
        XCTAssertEqual(diff.changes.map(\.sentence), ["KG–UZ: restricted → closed"])
        XCTAssertFalse(DiffFixtures.diff(DiffFixtures.base(), new, only: [.measures, .sources]).hasChanges)
    }

    func testOnlyListIsParsedAndCheckedWithASuggestion() throws {
        XCTAssertEqual(try DiffCategory.parseList("figures, borders,text"), [.figures, .borders, .text])
        XCTAssertThrowsError(try DiffCategory.parseList("figures,bordres")) { error in
            XCTAssertEqual((error as? SitrepError)?.message,
                           "'bordres' is not a diff category; expected one of: edition, figures, borders, flights, responses, measures, allegations, sources, text (did you mean 'borders'?)")
        }
        XCTAssertThrowsError(try DiffCategory.parseList(" , "))
    }

    func testChangesSectionForASitrep() throws {
        let diff = try DiffFixtures.exerciseDiff(1, 2, only: Set(DiffCategory.allCases).subtracting([.edition, .sources]))
        XCTAssertEqual(diff.changesHeading, "Changes since edition 1 (14 March 2031)")
        XCTAssertEqual(diff.sections.map(\.title), ["Figures", "Borders", "Aid flights", "International responses", "Measures", "Allegations", "Summary and highlights"])
        XCTAssertEqual(diff.sections[1].sentences, ["NO–SE: restricted → closed by police; detail changed", "FI–NO: open (new)"])
    }
}
