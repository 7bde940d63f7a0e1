import Foundation
import XCTest

/// `sitrep check` with the previous edition, end to end: found in the folder or given with `--previous`.
final class CommandLineHistoryTests: XCTestCase {
    private let exercise = TestPaths.repository.appendingPathComponent("Reports/exercise-2031-blue-river").path
    private let history = TestPaths.fixture("history")

    func testTheExerciseEditionsAreCleanOfErrors() throws {
        let result = try SitrepProcess.run(["check", "edition-001.yaml", "edition-002.yaml", "edition-003.yaml"], in: exercise)
        XCTAssertEqual(result.status, 0, result.out + result.err)
        XCTAssertFalse(result.out.contains(": error:"), result.out)
        XCTAssertEqual(result.err, "")
    }

    func testThePreviousEditionIsFoundInTheFolder() throws {
        let result = try SitrepProcess.run(["check", "copy/edition-002.yaml"], in: history)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.out, """
            copy/edition-002.yaml:7:10: error: this edition is edition 1 (edition-001.yaml) again with a new number and date; update its figures, text and sources before sending it out

            """)
    }

    /// A copied file whose number was not raised: both files of the crisis say so, though neither
    /// has a previous edition to compare with.
    func testTwoFilesOfOneCrisisWithOneEditionNumber() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-twins-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try String(contentsOfFile: "\(exercise)/edition-001.yaml", encoding: .utf8)
        try first.write(toFile: "\(folder)/edition-001.yaml", atomically: true, encoding: .utf8)
        let copy = first.replacingOccurrences(of: "as_of: 2031-03-14", with: "as_of: 2031-03-15")
        XCTAssertNotEqual(copy, first)
        try copy.write(toFile: "\(folder)/edition-002.yaml", atomically: true, encoding: .utf8)
        let result = try SitrepProcess.run(["check", "edition-001.yaml", "edition-002.yaml"], in: folder)
        XCTAssertEqual(result.status, 1)
        let errors = result.out.split(separator: "\n").filter { $0.contains("its own number") }
        XCTAssertEqual(errors, [
            "edition-001.yaml:6:10: error: edition '1' is also the number of edition-002.yaml of this crisis in the same folder; each edition needs its own number",
            "edition-002.yaml:6:10: error: edition '1' is also the number of edition-001.yaml of this crisis in the same folder; each edition needs its own number",
        ])
        // With --previous from elsewhere the twin in the folder is still said.
        let given = try SitrepProcess.run(["check", "edition-002.yaml", "--previous", "\(exercise)/edition-001.yaml"], in: folder)
        XCTAssertTrue(given.out.contains("edition-002.yaml:6:10: error: edition '1' is also the number of edition-001.yaml"), given.out)
    }

    func testThePreviousEditionCanBeGiven() throws {
        let result = try SitrepProcess.run(["check", "edition/edition-002-again.yaml", "--previous", "edition/edition-002.yaml"], in: history)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.out, """
            edition/edition-002-again.yaml:6:10: error: edition '2' is not higher than the previous edition's '2' (edition-002.yaml); number this one 3

            """)
        // Given from elsewhere, the previous edition is named by its path; a sitrep serves too.
        let osh = TestPaths.repository.appendingPathComponent("Reports/kyrgyzstan-2010-osh/edition-001.md").path
        let elsewhere = try SitrepProcess.run(["check", "as-of/edition-002.yaml", "--previous", osh], in: history)
        XCTAssertEqual(elsewhere.status, 0, elsewhere.out)
        XCTAssertEqual(elsewhere.out, """
            as-of/edition-002.yaml:3:5: warning: id 'history-as-of' is not the previous edition's 'kyrgyzstan-2010-osh' (\(osh)); the editions compared should be of one crisis

            """)
    }

    func testAnUnreadablePreviousEditionIsTrouble() throws {
        let missing = try SitrepProcess.run(["check", "copy/edition-002.yaml", "--previous", "copy/edition-000.yaml"], in: history)
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.out, "")
        XCTAssertEqual(missing.err, "sitrep: error: copy/edition-000.yaml: no such file\n")

        let invalid = try SitrepProcess.run(
            ["check", "unreadable-previous/edition-002.yaml", "--previous", "unreadable-previous/edition-001.yaml"], in: history)
        XCTAssertEqual(invalid.status, 2)
        XCTAssertTrue(invalid.err.hasPrefix("unreadable-previous/edition-001.yaml:9:12: error: "), invalid.err)

        let found = try SitrepProcess.run(["check", "unreadable-previous/edition-002.yaml"], in: history)
        XCTAssertEqual(found.status, 0, "a broken earlier edition found on its own is a warning")
        XCTAssertEqual(found.out, """
            unreadable-previous/edition-002.yaml:5:10: warning: cannot compare with the previous edition edition-001.yaml: it has 1 error (run sitrep check on it); the checks against it were skipped

            """)
    }

    func testPreviousTakesOneFile() throws {
        let result = try SitrepProcess.run(
            ["check", "copy/edition-001.yaml", "copy/edition-002.yaml", "--previous", "copy/edition-001.yaml"], in: history)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(
            result.err.hasPrefix("Error: --previous compares one file with its previous edition; give one FILE, not 2\n"), result.err)
    }

    func testAnEditionStartedWithNextIsACopyUntilUpdated() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.removeItem(atPath: folder.path)
        try FileManager.default.copyItem(atPath: exercise, toPath: folder.path)
        let next = try SitrepProcess.run(["next", "edition-003.yaml", "--as-of", "2031-03-17"], in: folder.path)
        XCTAssertEqual(next.status, 0, next.err)
        let check = try SitrepProcess.run(["check", "edition-004.yaml"], in: folder.path)
        XCTAssertEqual(check.status, 1)
        XCTAssertEqual(check.out.split(separator: "\n").filter { $0.contains(": error:") }, [
            "edition-004.yaml:6:10: error: this edition is edition 3 (edition-003.yaml) again with a new number and date; update its figures, text and sources before sending it out",
        ])
    }
}
