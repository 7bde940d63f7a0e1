import Foundation
import XCTest
@testable import SitrepKit

/// `sitrep next` end to end: the new file, its date, and exit 2 whenever it would write over something.
final class CommandLineNextTests: XCTestCase {
    private let exercise = TestPaths.repository.appendingPathComponent("Reports/exercise-2031-blue-river").path

    /// Today's date in UTC, as `sitrep next` takes it by default.
    private func today() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    func testNextWritesTheNextEditionBesideTheLatest() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.copy("\(exercise)/edition-003.yaml", to: "edition-003.yaml")
        let result = try SitrepProcess.run(["next", "edition-003.yaml", "--as-of", "2031-03-17"], in: folder.path)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(result.out, "wrote edition-004.yaml (edition 4, as of 2031-03-17)\n")
        let next = try SituationReader.load(path: folder.file("edition-004.yaml")).situation
        XCTAssertEqual(next.edition, 4)
        XCTAssertEqual(next.asOf.text, "2031-03-17")
        XCTAssertEqual(next.nextReport?.text, "2031-03-18")
    }

    func testTheDateIsTodayInUTCByDefault() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.copy(TestPaths.example, to: "osh.yaml")
        let before = today()
        let result = try SitrepProcess.run(["next", "osh.yaml"], in: folder.path)
        let after = today()
        XCTAssertEqual(result.status, 0, result.err)
        let next = try SituationReader.load(path: folder.file("osh-edition-2.yaml")).situation
        XCTAssertTrue([before, after].contains(next.asOf.text), next.asOf.text)
        XCTAssertEqual(result.out, "wrote osh-edition-2.yaml (edition 2, as of \(next.asOf.text))\n")
    }

    func testAnAbsurdEditionNumberIsAnErrorAtItsLineNotACrash() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let head = "sitrep: 1\nid: ov\ncrisis: C\ncountry: \"NO\"\nedition: "
        try folder.write(head + "9223372036854775807\nas_of: 2031-03-14\n", to: "edition-001.yaml")
        let message = "edition-001.yaml:5:10: error: edition 9223372036854775807 is more than 999999"
        let checked = try SitrepProcess.run(["check", "edition-001.yaml"], in: folder.path)
        XCTAssertEqual(checked.status, 1)
        XCTAssertTrue(checked.out.contains(message) || checked.err.contains(message), checked.out + checked.err)
        let next = try SitrepProcess.run(["next", "edition-001.yaml", "--as-of", "2031-03-15"], in: folder.path)
        XCTAssertEqual(next.status, 2, "no crash: \(next.err)")
        XCTAssertTrue(next.err.contains(message), next.err)

        try folder.write(head + "999999\nas_of: 2031-03-14\n", to: "last.yaml")
        let last = try SitrepProcess.run(["next", "last.yaml", "--as-of", "2031-03-15"], in: folder.path)
        XCTAssertEqual(last.status, 2)
        XCTAssertTrue(last.err.contains("last.yaml:5:10: edition 999999 is the last edition number sitrep allows"), last.err)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["edition-001.yaml", "last.yaml"])
        let extract = try SitrepProcess.run(["extract", "-", "--edition", "1000000"], in: folder.path)
        XCTAssertEqual(extract.status, 2)
        XCTAssertTrue(extract.err.contains("--edition must be from 1 to 999999"), extract.err)
    }

    func testANextReportThatCannotMoveIsKeptWithTheComments() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = """
            # Blue River flood, daily sitrep. Keep the comments!
            sitrep: 1
            id: ov
            crisis: C   # working title
            country: "NO"
            edition: 1
            as_of: 2031-03-14
            next_report: 9999-12-31   # no fixed schedule yet

            """
        try folder.write(text, to: "edition-001.yaml")
        let result = try SitrepProcess.run(["next", "edition-001.yaml", "--as-of", "2031-03-15"], in: folder.path)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(result.err, "", "the layout was kept, so there is nothing to warn about")
        let written = try String(contentsOfFile: folder.file("edition-002.yaml"), encoding: .utf8)
        XCTAssertEqual(written, text.replacingOccurrences(of: "edition: 1", with: "edition: 2")
            .replacingOccurrences(of: "as_of: 2031-03-14", with: "as_of: 2031-03-15"))
    }

    func testTroubleExitsTwoAndWritesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.copy("\(exercise)/edition-001.yaml", to: "edition-001.yaml")
        try folder.write("my notes\n", to: "edition-002.yaml")

        let exists = try SitrepProcess.run(["next", "edition-001.yaml", "--as-of", "2031-03-15"], in: folder.path)
        XCTAssertEqual(exists.status, 2)
        XCTAssertEqual(exists.err, "sitrep: error: edition-002.yaml: already exists; it is left as it is (move it away to write a new one)\n")
        XCTAssertEqual(try String(contentsOfFile: folder.file("edition-002.yaml"), encoding: .utf8), "my notes\n")

        let early = try SitrepProcess.run(["next", "edition-001.yaml", "--as-of", "2031-03-13"], in: folder.path)
        XCTAssertEqual(early.status, 2)
        XCTAssertEqual(
            early.err,
            "sitrep: error: edition-001.yaml:7:8: the next edition's as_of '2031-03-13' is not later than edition 1's as_of '2031-03-14'; give a later date\n")

        let badDate = try SitrepProcess.run(["next", "edition-001.yaml", "--as-of", "15 March 2031"], in: folder.path)
        XCTAssertEqual(badDate.status, 2)
        XCTAssertTrue(
            badDate.err.hasPrefix(
                "Error: --as-of: '15 March 2031' is not a date; write YYYY-MM-DD (2031-03-17) or YYYY-MM-DDTHH:MMZ, and a day that exists\n"),
            badDate.err)

        let invalid = try SitrepProcess.run(["next", TestPaths.fixture("bad/unknown-key.yaml"), "--as-of", "2031-01-01"])
        XCTAssertEqual(invalid.status, 2)
        XCTAssertTrue(invalid.err.hasSuffix("unknown-key.yaml:13:5: error: unknown key 'sourse'; did you mean 'source'?\n"), invalid.err)

        let missing = try SitrepProcess.run(["next", "edition-000.yaml"], in: folder.path)
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.err, "sitrep: error: edition-000.yaml: no such file\n")

        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["edition-001.yaml", "edition-002.yaml"])
    }
}
