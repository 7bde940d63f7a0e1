import Foundation
import XCTest
@testable import SitrepKit

/// `EditionHistory.nextEdition(of:asOf:)`: the copy, its name, its dates, and never over a file.
final class NextEditionTests: XCTestCase {
    private let exercise = TestPaths.repository.appendingPathComponent("Reports/exercise-2031-blue-river").path

    private func date(_ text: String) -> SitrepDate { SitrepDate(text)! }

    func testTheCopyChangesOnlyEditionDateAndNextReportAndKeepsTheText() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let original = try String(contentsOfFile: "\(exercise)/edition-003.yaml", encoding: .utf8)
        let latest = try folder.write("# Exercise Blue River, kept by the exercise cell\n" + original, to: "edition-003.yaml")
        let next = try EditionHistory.nextEdition(of: latest, asOf: date("2031-03-17"))
        XCTAssertEqual(next.path, folder.file("edition-004.yaml"))
        let written = try String(contentsOfFile: next.path, encoding: .utf8)
        XCTAssertEqual(written, next.text)
        let expected = ("# Exercise Blue River, kept by the exercise cell\n" + original)
            .replacingOccurrences(of: "\nedition: 3\n", with: "\nedition: 4\n")
            .replacingOccurrences(of: "\nas_of: 2031-03-16\n", with: "\nas_of: 2031-03-17\n")
            .replacingOccurrences(of: "\nnext_report: 2031-03-17\n", with: "\nnext_report: 2031-03-18\n")
        XCTAssertEqual(written, expected, "comments and layout are kept")

        var situation = try SituationReader.load(path: latest).situation
        situation.edition = 4
        situation.asOf = date("2031-03-17")
        situation.nextReport = date("2031-03-18")
        XCTAssertEqual(next.situation, situation)
        XCTAssertEqual(try SituationReader.load(path: next.path).situation, situation)
    }

    func testNextReportMovesOnByAsManyDaysAsAsOf() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let latest = try folder.write("""
            sitrep: 1
            id: test-crisis
            crisis: Test crisis
            country: "NO"
            edition: 9   # weekly
            as_of: "2031-02-26T08:00Z"
            next_report: '2031-03-05T08:00Z'

            """, to: "sitrep-9.yaml")
        let next = try EditionHistory.nextEdition(of: latest, asOf: date("2031-03-05T09:30Z"))
        XCTAssertEqual(next.path, folder.file("sitrep-10.yaml"))
        XCTAssertEqual(next.text, """
            sitrep: 1
            id: test-crisis
            crisis: Test crisis
            country: "NO"
            edition: 10   # weekly
            as_of: "2031-03-05T09:30Z"
            next_report: '2031-03-12T08:00Z'

            """)
    }

    /// Across offsets the days are counted between instants: 21:00Z on the 14th is two hours after
    /// 01:00+06:00 on the 15th, so the next report stays where it was, after the new as_of.
    func testNextReportMovesByDaysBetweenInstants() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let latest = try folder.write("""
            sitrep: 1
            id: test-crisis
            crisis: Test crisis
            country: KG
            edition: 1
            as_of: 2010-06-15T01:00+06:00
            next_report: 2010-06-16T01:00+06:00

            """, to: "edition-001.yaml")
        let next = try EditionHistory.nextEdition(of: latest, asOf: date("2010-06-14T21:00Z"))
        XCTAssertEqual(next.situation.nextReport, SitrepDate("2010-06-16T01:00+06:00"))
        let later = try EditionHistory.nextEdition(of: next.path, asOf: date("2010-06-15T21:30Z"))
        XCTAssertEqual(later.situation.nextReport, SitrepDate("2010-06-17T01:00+06:00"))
        // A daily report issued late the next day stays daily: one calendar day, not 36 hours rounded to two.
        let daily = try folder.write("sitrep: 1\nid: daily\ncrisis: T\ncountry: KG\nedition: 1\nas_of: 2010-06-14T09:00+06:00\nnext_report: 2010-06-15T09:00+06:00\n", to: "daily-001.yaml")
        XCTAssertEqual(try EditionHistory.nextEdition(of: daily, asOf: date("2010-06-15T21:00+06:00")).situation.nextReport, SitrepDate("2010-06-16T09:00+06:00"))
    }

    func testAJSONEditionStaysJSON() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let latest = try folder.write("""
            {"sitrep": 1, "id": "test-crisis", "crisis": "Test crisis", "country": "NO",
             "edition": 1, "as_of": "2031-12-31", "next_report": "2032-01-01"}

            """, to: "edition-1.json")
        let next = try EditionHistory.nextEdition(of: latest, asOf: date("2032-01-01"))
        XCTAssertEqual(next.path, folder.file("edition-2.json"))
        XCTAssertEqual(next.text, """
            {"sitrep": 1, "id": "test-crisis", "crisis": "Test crisis", "country": "NO",
             "edition": 2, "as_of": "2032-01-01", "next_report": "2032-01-02"}

            """)
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(next.text.utf8)))
    }

    func testAValueThatCannotBeEditedInPlaceGivesACanonicalFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // A date in a block scalar cannot be replaced on its line, so the file is rewritten canonically.
        let latest = try folder.write("""
            sitrep: 1
            id: test-crisis
            crisis: Test crisis
            country: "NO"
            edition: 1
            as_of: >-
              2031-03-14

            """, to: "osh.yaml")
        let next = try EditionHistory.nextEdition(of: latest, asOf: date("2031-03-15"))
        XCTAssertEqual(next.path, folder.file("osh-edition-2.yaml"))
        XCTAssertEqual(next.situation.edition, 2)
        XCTAssertEqual(next.situation.asOf, date("2031-03-15"))
        XCTAssertEqual(next.text, SituationWriter.yaml(next.situation))
    }

    func testADateThatIsNotLaterIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let latest = try folder.copy("\(exercise)/edition-001.yaml", to: "edition-001.yaml")
        for day in ["2031-03-14", "2031-03-14T23:00Z", "2030-12-31"] {
            XCTAssertThrowsError(try EditionHistory.nextEdition(of: latest, asOf: date(day))) { error in
                XCTAssertEqual(
                    error as? SitrepError,
                    SitrepError("\(latest):7:8: the next edition's as_of '\(day)' is not later than edition 1's as_of '2031-03-14'; give a later date"))
            }
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["edition-001.yaml"])
    }

    func testNeverOverAnExistingFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let latest = try folder.copy("\(exercise)/edition-001.yaml", to: "edition-001.yaml")
        let existing = try folder.write("my notes for tomorrow\n", to: "edition-002.yaml")
        XCTAssertThrowsError(try EditionHistory.nextEdition(of: latest, asOf: date("2031-03-15"))) { error in
            XCTAssertEqual(
                error as? SitrepError,
                SitrepError("\(existing): already exists; it is left as it is (move it away to write a new one)"))
        }
        XCTAssertEqual(try String(contentsOfFile: existing, encoding: .utf8), "my notes for tomorrow\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["edition-001.yaml", "edition-002.yaml"])
    }

    func testStartsOnlyFromTheLatestEdition() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let first = try folder.copy("\(exercise)/edition-001.yaml", to: "edition-001.yaml")
        try folder.copy("\(exercise)/edition-003.yaml", to: "latest.yaml")
        XCTAssertThrowsError(try EditionHistory.nextEdition(of: first, asOf: date("2031-03-20"))) { error in
            XCTAssertEqual(
                error as? SitrepError,
                SitrepError("\(first): \(folder.file("latest.yaml")) is already edition 3 of 'exercise-2031-blue-river'; start the next edition from the latest one"))
        }
    }

    func testAnInvalidFileIsRefusedWithItsDiagnostics() throws {
        XCTAssertThrowsError(try EditionHistory.nextEdition(of: TestPaths.fixture("bad/unknown-key.yaml"), asOf: date("2031-01-01"))) { error in
            XCTAssertEqual(
                (error as? SituationFileError)?.description,
                "\(TestPaths.fixture("bad/unknown-key.yaml")):13:5: error: unknown key 'sourse'; did you mean 'source'?")
        }
    }

    func testTheNextFileName() {
        let cases: [(String, Int, String)] = [
            ("Reports/x/edition-001.yaml", 1, "Reports/x/edition-002.yaml"),
            ("edition-009.yaml", 9, "edition-010.yaml"),
            ("edition-099.json", 99, "edition-100.json"),
            ("sitrep-9.yml", 9, "sitrep-10.yml"),
            ("osh.yaml", 1, "osh-edition-2.yaml"),
            ("report-2031-03-14.yaml", 2, "report-2031-03-14-edition-3.yaml"),
            ("2031-ed3-final3.yaml", 3, "2031-ed3-final4.yaml"),
            ("README", 4, "README-edition-5"),
        ]
        for (path, edition, expected) in cases {
            XCTAssertEqual(EditionHistory.nextEditionPath(after: path, edition: edition), expected, path)
        }
    }

    func testMovingDatesByDays() {
        XCTAssertEqual(date("2031-02-28").moved(byDays: 1)?.text, "2031-03-01")
        XCTAssertEqual(date("2032-02-28").moved(byDays: 1)?.text, "2032-02-29")
        XCTAssertEqual(date("2031-12-31T18:00+02:00").moved(byDays: 1)?.text, "2032-01-01T18:00+02:00")
        XCTAssertEqual(date("2031-03-01").moved(byDays: -1)?.text, "2031-02-28")
        XCTAssertEqual(date("1970-01-01").moved(byDays: -719_528)?.text, "0000-01-01")
        XCTAssertNil(date("9999-12-31").moved(byDays: 1))
        for day in stride(from: -719_528, through: 2_932_896, by: 9_973) {
            let start = date("1970-01-01")
            XCTAssertEqual(start.moved(byDays: day)?.dayNumber, day, "\(day)")
        }
    }

    func testCreateWritesANewFileAndNeverReplacesOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("new.yaml")
        try AtomicFile.create("first\n", at: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "first\n")
        XCTAssertThrowsError(try AtomicFile.create("second\n", at: path))
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "first\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["new.yaml"], "no temporary file is left")
    }
}
