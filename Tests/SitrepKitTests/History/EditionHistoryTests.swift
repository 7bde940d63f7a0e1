import Foundation
import XCTest
@testable import SitrepKit

/// `EditionHistory.previousEdition(of:)`: the edition before this one among its folder's situation files.
final class EditionHistoryTests: XCTestCase {
    private let exercise = TestPaths.repository.appendingPathComponent("Reports/exercise-2031-blue-river").path

    /// A minimal situation file of crisis `id`, edition `edition`.
    private func edition(_ edition: Int, id: String = "test-crisis", asOf: String = "2031-03-14") -> String {
        """
        sitrep: 1
        id: \(id)
        crisis: Test crisis
        country: "NO"
        edition: \(edition)
        as_of: \(asOf)

        """
    }

    func testTheExerciseEditionsFollowEachOther() throws {
        XCTAssertNil(try EditionHistory.previousEdition(of: "\(exercise)/edition-001.yaml"))
        XCTAssertEqual(try EditionHistory.previousEdition(of: "\(exercise)/edition-002.yaml"), "\(exercise)/edition-001.yaml")
        XCTAssertEqual(try EditionHistory.previousEdition(of: "\(exercise)/edition-003.yaml"), "\(exercise)/edition-002.yaml")
        XCTAssertNil(try EditionHistory.previousEdition(of: TestPaths.example), "the Osh example has one edition")
    }

    func testTheEditionNumberDecidesNotTheFileName() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(edition(1), to: "zeta.yaml")
        try folder.write(edition(3), to: "alpha.yml")
        try folder.write(edition(2), to: "middle.json")
        let latest = try folder.write(edition(7), to: "b.yaml")
        XCTAssertEqual(try EditionHistory.previousEdition(of: latest), folder.file("alpha.yml"))
        XCTAssertEqual(try EditionHistory.previousEdition(of: folder.file("alpha.yml")), folder.file("middle.json"))
        XCTAssertEqual(try EditionHistory.previousEdition(of: folder.file("middle.json")), folder.file("zeta.yaml"))
        XCTAssertNil(try EditionHistory.previousEdition(of: folder.file("zeta.yaml")))
    }

    func testOnlySituationFilesOfTheSameCrisisCount() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let current = try folder.write(edition(3), to: "edition-003.yaml")
        try folder.write("---\n" + edition(2) + "---\n# Sitrep\n", to: "edition-002.md")
        try folder.write("<script type=\"application/json\" id=\"sitrep-data\">{}</script>", to: "edition-002.html")
        try folder.write(edition(2, id: "another-crisis"), to: "other-002.yaml")
        try folder.write(edition(2), to: ".edition-002.yaml.123.tmp")
        try folder.write(edition(2), to: ".hidden.yaml")
        try folder.write("name: not a situation\nedition: 2\n", to: "config.yaml")
        try folder.write("[1, 2]", to: "list.json")
        try folder.write("sitrep: 1\nedition: two\n", to: "words.yaml")
        XCTAssertNil(try EditionHistory.previousEdition(of: current))
        try folder.write(edition(1), to: "edition-001.yaml")
        XCTAssertEqual(try EditionHistory.previousEdition(of: current), folder.file("edition-001.yaml"))
    }

    func testAnInvalidEarlierEditionIsStillFound() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(edition(1), to: "edition-001.yaml")
        try folder.write(edition(2) + "casualties: oops\nunknwon: 1\n", to: "edition-002.yaml")
        let current = try folder.write(edition(3), to: "edition-003.yaml")
        XCTAssertEqual(try EditionHistory.previousEdition(of: current), folder.file("edition-002.yaml"))
    }

    func testTiesGoToTheFirstFileByName() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(edition(1), to: "edition-001.yaml")
        try folder.write(edition(1), to: "edition-001.json")
        let current = try folder.write(edition(2), to: "edition-002.yaml")
        XCTAssertEqual(try EditionHistory.previousEdition(of: current), folder.file("edition-001.json"))
    }

    func testARelativePathGivesARelativeAnswer() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(edition(1), to: "edition-001.yaml")
        try folder.write(edition(2), to: "edition-002.yaml")
        let here = FileManager.default.currentDirectoryPath
        defer { _ = FileManager.default.changeCurrentDirectoryPath(here) }
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(folder.path))
        XCTAssertEqual(try EditionHistory.previousEdition(of: "edition-002.yaml"), "edition-001.yaml")
        XCTAssertEqual(try EditionHistory.previousEdition(of: "./edition-002.yaml"), "./edition-001.yaml")
    }

    func testAFileThatIsNoSituationIsAnError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let notes = try folder.write("notes", to: "notes.txt")
        let noEdition = try folder.write("sitrep: 1\nid: x\n", to: "draft.yaml")
        XCTAssertThrowsError(try EditionHistory.previousEdition(of: notes)) { error in
            XCTAssertEqual(error as? SitrepError, SitrepError("\(notes): is not a situation file; expected .yaml, .yml or .json"))
        }
        XCTAssertThrowsError(try EditionHistory.previousEdition(of: noEdition)) { error in
            XCTAssertEqual(
                error as? SitrepError,
                SitrepError("\(noEdition): has no edition number; a situation file gives a positive whole 'edition:'"))
        }
        XCTAssertThrowsError(try EditionHistory.previousEdition(of: folder.file("missing.yaml"))) { error in
            XCTAssertEqual(error as? SitrepError, SitrepError("\(folder.file("missing.yaml")): no such file"))
        }
    }
}
