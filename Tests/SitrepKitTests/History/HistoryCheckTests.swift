import Foundation
import XCTest
@testable import SitrepKit

/// `sitrep check` against the previous edition: one fixture folder per problem in `Fixtures/history/`,
/// exact diagnostics in file order.
final class HistoryCheckTests: XCTestCase {
    private let exercise = TestPaths.repository.appendingPathComponent("Reports/exercise-2031-blue-river").path

    /// The lines `sitrep check` prints for `history/NAME`, comparing with the edition found beside it.
    private func check(_ name: String) throws -> (path: String, lines: [String]) {
        let path = TestPaths.fixture("history/\(name)")
        return (path, SituationChecker.checkWithHistory(try SituationReader.load(path: path)).map(\.description))
    }

    func testAnEditionNumberThatDidNotAdvance() throws {
        let path = TestPaths.fixture("history/edition/edition-002-again.yaml")
        let previous = try SituationReader.load(path: TestPaths.fixture("history/edition/edition-002.yaml"))
        let lines = SituationChecker.check(try SituationReader.load(path: path), previous: previous).map(\.description)
        XCTAssertEqual(lines, [
            "\(path):6:10: error: edition '2' is not higher than the previous edition's '2' (edition-002.yaml); number this one 3",
        ])
        XCTAssertNil(try EditionHistory.previousEdition(of: path), "an edition of the same number is never the previous one")
    }

    func testAnAsOfDateThatIsNotLater() throws {
        let (path, lines) = try check("as-of/edition-002.yaml")
        XCTAssertEqual(lines, [
            "\(path):7:8: error: as_of '2031-03-15T08:00Z' is not later than the previous edition's as_of '2031-03-15T18:00Z' (edition-001.yaml); each edition reports on a later date",
        ])
    }

    func testACopiedEditionSentOutAsNew() throws {
        let (path, lines) = try check("copy/edition-002.yaml")
        XCTAssertEqual(lines, [
            "\(path):7:10: error: this edition is edition 1 (edition-001.yaml) again with a new number and date; update its figures, text and sources before sending it out",
        ])
    }

    func testACopyWithARevisedSummaryIsANewEdition() throws {
        let copy = try SituationReader.load(path: TestPaths.fixture("history/copy/edition-002.yaml"))
        let previous = try SituationReader.load(path: TestPaths.fixture("history/copy/edition-001.yaml"))
        var revised = copy.situation
        revised.summary = "Floods in Riverside have killed four people; eleven are missing in Millbrook."
        let document = try SituationReader.read(text: SituationWriter.yaml(revised), path: copy.path)
        XCTAssertEqual(SituationChecker.check(document, previous: previous).map(\.description), [])
    }

    func testAFigureFromTheSamePublishersNextBulletinMustNotFallEither() throws {
        var old = Situation(id: "flood", crisis: "Flood", country: Country(code: "NO")!, edition: 1, asOf: SitrepDate("2031-03-14")!)
        old.sources = [Source(id: "hospital-0314", publisher: "Riverside Hospital")]
        old.casualties = [Figure(metric: .injured, count: Count(parsing: "about 30")!, source: "hospital-0314")]
        var new = old
        new.edition = 2
        new.asOf = SitrepDate("2031-03-15")!
        new.sources = [Source(id: "hospital-0315", publisher: "Riverside Hospital"), Source(id: "cell", publisher: "Relief Cell")]
        new.casualties = [
            Figure(metric: .injured, count: Count(parsing: "50")!, source: "cell"),
            Figure(metric: .injured, count: Count(parsing: "20")!, source: "hospital-0315"),
        ]
        let previous = try SituationReader.read(text: SituationWriter.yaml(old), path: "edition-001.yaml")
        let document = try SituationReader.read(text: SituationWriter.yaml(new), path: "edition-002.yaml")
        XCTAssertEqual(SituationChecker.check(document, previous: previous).map(\.description), [
            "edition-002.yaml:12:12: error: the cumulative injured figure from 'hospital-0315' fell from 'about 30' in edition 1 (edition-001.yaml) to '20' with no note saying why; say why in 'note' (a correction, people found alive), or give 'scope: new' if it counts only what is new since the last edition",
        ])
    }

    /// A source's total and a part of it, then one lower number: the total fell, whatever the part.
    func testASourcesTotalThatFellBesideItsPartIsSeen() throws {
        var old = Situation(id: "flood", crisis: "Flood", country: Country(code: "MW")!, edition: 1, asOf: SitrepDate("2031-03-14")!)
        old.sources = [Source(id: "nyasa", publisher: "Nyasa Times")]
        old.casualties = [
            Figure(metric: .killed, count: Count(parsing: "15")!, place: "Chikwawa", source: "nyasa"),
            Figure(metric: .killed, count: Count(parsing: "3")!, place: "Chikwawa", source: "nyasa"),
        ]
        var new = old
        new.edition = 2
        new.asOf = SitrepDate("2031-03-15")!
        new.casualties = [Figure(metric: .killed, count: Count(parsing: "10")!, place: "Chikwawa", source: "nyasa")]
        let previous = try SituationReader.read(text: SituationWriter.yaml(old), path: "edition-001.yaml")
        let document = try SituationReader.read(text: SituationWriter.yaml(new), path: "edition-002.yaml")
        XCTAssertEqual(SituationChecker.check(document, previous: previous).map(\.description), [
            "edition-002.yaml:9:12: error: the cumulative killed figure in Chikwawa from 'nyasa' fell from '15' in edition 1 (edition-001.yaml) to '10' with no note saying why; say why in 'note' (a correction, people found alive), or give 'scope: new' if it counts only what is new since the last edition",
        ])
    }

    func testCumulativeFiguresThatFellOrBecameUnknownWithoutANote() throws {
        let (path, lines) = try check("fallen-figure/edition-002.yaml")
        XCTAssertEqual(lines, [
            "\(path):10:12: error: the cumulative killed figure in Riverside from 'agency' fell from '7' in edition 1 (edition-001.yaml) to '6' with no note saying why; say why in 'note' (a correction, people found alive), or give 'scope: new' if it counts only what is new since the last edition",
            "\(path):20:12: error: the cumulative injured figure was 'about 30' in edition 1 (edition-001.yaml) and is now 'unknown' with no note saying why; say why in 'note' (the number is being checked, the source stopped counting)",
            "\(path):35:12: error: the cumulative evacuated figure in Riverside fell from 'about 300' in edition 1 (edition-001.yaml) to 'at least 280' with no note saying why; say why in 'note' (a correction, people found alive), or give 'scope: new' if it counts only what is new since the last edition",
            "\(path):40:12: error: the cumulative displaced figure fell from 'about 500' in edition 1 (edition-001.yaml) to 'about 450', and its note is edition 1's, unchanged; say in 'note' why it changed this time",
            "\(path):51:12: error: the cumulative houses_damaged figure fell from 'about 120' in edition 1 (edition-001.yaml) to 'more than 100' with no note saying why; say why in 'note' (a correction, people found alive), or give 'scope: new' if it counts only what is new since the last edition",
        ])
    }

    func testItemsThatStillQuoteADroppedSource() throws {
        let (path, lines) = try check("dropped-source/edition-002.yaml")
        XCTAssertEqual(lines, [
            "\(path):14:12: warning: this quote comes from 'agency' (its stored article sources/agency.txt has it), a source edition 1 (edition-001.yaml) cited and this edition dropped, yet the item cites 'ministry'; keep 'agency' in sources and cite it, or quote what 'ministry' says",
            "\(path):20:12: warning: this quote comes from 'radio' (edition 1 quoted it from there), a source edition 1 (edition-001.yaml) cited and this edition dropped, yet the item cites 'ministry'; keep 'radio' in sources and cite it, or quote what 'ministry' says",
            "\(path):32:12: error: quote not found in sources/gazette.txt: 'The valley road crossing into Sweden is closed.'",
            "\(path):32:12: warning: this quote comes from 'agency' (its stored article sources/agency.txt has it), a source edition 1 (edition-001.yaml) cited and this edition dropped, yet the item cites 'gazette'; keep 'agency' in sources and cite it, or quote what 'gazette' says",
        ])
    }

    func testAnUnreadablePreviousEditionIsAWarningAndSkipsTheComparison() throws {
        let (path, lines) = try check("unreadable-previous/edition-002.yaml")
        XCTAssertEqual(lines, [
            "\(path):5:10: warning: cannot compare with the previous edition edition-001.yaml: it has 1 error (run sitrep check on it); the checks against it were skipped",
        ])
    }

    func testTheFirstEditionsOfTheFixturesAreCleanAlone() throws {
        for name in ["as-of", "copy", "fallen-figure", "dropped-source"] {
            let (_, lines) = try check("\(name)/edition-001.yaml")
            XCTAssertEqual(lines, [], name)
        }
    }

    func testTheExerciseEditionsHaveNoHistoryFindings() throws {
        for number in 1...3 {
            let document = try SituationReader.load(path: "\(exercise)/edition-00\(number).yaml")
            let alone = SituationChecker.check(document)
            let withHistory = SituationChecker.checkWithHistory(document)
            XCTAssertEqual(withHistory.filter { $0.severity == .error }, [], "edition \(number)")
            XCTAssertEqual(withHistory, alone, "edition \(number): the history adds nothing")
        }
    }

    func testTheExerciseInReverseBreaksEveryRule() throws {
        // Edition 3 given as the previous edition of edition 2: number, date and fallen figures.
        let document = try SituationReader.load(path: "\(exercise)/edition-002.yaml")
        let previous = try SituationReader.load(path: "\(exercise)/edition-003.yaml")
        let history = SituationChecker.check(document, previous: previous).filter { $0.severity == .error }
        XCTAssertEqual(history.map { document.text.split(separator: "\n", omittingEmptySubsequences: false)[$0.location!.line - 1] }, [
            "edition: 2", "as_of: 2031-03-15", "    count: 7", "    count: 5", "    count: about 40", "    count: about 2,000",
            "    count: at least 340",
        ])
    }

    func testASameDayEditionWithALaterTimeIsLater() throws {
        var old = try SituationReader.load(path: TestPaths.fixture("history/as-of/edition-001.yaml")).situation
        old.asOf = SitrepDate("2031-03-15T08:00Z")!
        let previous = try SituationReader.read(text: SituationWriter.yaml(old), path: "old.yaml")
        let document = try SituationReader.load(path: TestPaths.fixture("history/as-of/edition-002.yaml"))
        XCTAssertEqual(SituationChecker.check(document, previous: previous).map(\.description), [
            "\(document.path):7:8: error: as_of '2031-03-15T08:00Z' is not later than the previous edition's as_of '2031-03-15T08:00Z' (old.yaml); each edition reports on a later date",
        ])
        old.asOf = SitrepDate("2031-03-15T07:59Z")!
        let earlier = try SituationReader.read(text: SituationWriter.yaml(old), path: "old.yaml")
        XCTAssertEqual(SituationChecker.check(document, previous: earlier), [])
    }

    func testAGeneratedSitrepServesAsThePreviousEdition() throws {
        let osh = TestPaths.repository.appendingPathComponent("Reports/kyrgyzstan-2010-osh").path
        var next = try SituationReader.load(path: TestPaths.example).situation
        next.edition = 2
        next.asOf = SitrepDate("2010-06-13")!
        let document = try SituationReader.read(text: SituationWriter.yaml(next), path: "\(osh)/edition-002.yaml")
        for sitrep in ["edition-001.md", "edition-001.html"] {
            let previous = try EditionReader.load(path: "\(osh)/\(sitrep)")
            let errors = SituationChecker.check(document, previous: previous).filter { $0.severity == .error }
            XCTAssertEqual(errors.map(\.description), [
                "\(osh)/edition-002.yaml:6:10: error: this edition is edition 1 (\(sitrep)) again with a new number and date; update its figures, text and sources before sending it out",
            ], sitrep)
        }
    }
}
