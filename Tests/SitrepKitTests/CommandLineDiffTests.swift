import Foundation
import XCTest
@testable import SitrepKit

/// `sitrep diff` end to end: exit codes like diff(1), the outputs on the exercise, colour, `--only`.
final class CommandLineDiffTests: XCTestCase {
    private let exercise = TestPaths.repository.appendingPathComponent("Reports/exercise-2031-blue-river").path
    private let example = TestPaths.repository.appendingPathComponent("Reports/kyrgyzstan-2010-osh").path

    private func golden(_ name: String) throws -> String {
        try String(contentsOfFile: TestPaths.golden("diff/\(name)"), encoding: .utf8)
    }

    func testExerciseEditionsDifferAndPrintTheGoldenTextInEveryFormat() throws {
        for (old, new) in [("001", "002"), ("002", "003")] {
            let name = "exercise-\(Int(old)!)-\(Int(new)!)"
            for format in DiffFormat.allCases {
                let result = try SitrepProcess.run(
                    ["diff", "edition-\(old).yaml", "edition-\(new).yaml", "--format", format.rawValue], in: exercise)
                XCTAssertEqual(result.status, 1, "\(name) \(format): \(result.err)")
                XCTAssertEqual(result.out, try golden("\(name).\(format.fileExtension)"), "\(name) \(format)")
                XCTAssertEqual(result.err, "")
            }
        }
    }

    func testTheReadmeShowsTheRealOutput() throws {
        let readme = try String(contentsOf: TestPaths.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let shown = "$ sitrep diff edition-001.yaml edition-002.yaml\n" + (try golden("exercise-1-2.txt")) + "$ echo $?\n1\n"
        XCTAssertTrue(readme.contains(shown), "README.md's example of sitrep diff is not the output of exercise-1-2.txt")
    }

    func testTheSameEditionExitsZero() throws {
        let result = try SitrepProcess.run(["diff", "edition-001.yaml", "edition-001.yaml"], in: exercise)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.hasSuffix("\nno changes\n"), result.out)
    }

    func testReorderedListsAndAnotherFileFormatExitZero() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var situation = try SituationReader.load(path: "\(exercise)/edition-002.yaml").situation
        situation.places.reverse()
        situation.casualties.reverse()
        situation.displacement.reverse()
        situation.damage.reverse()
        situation.borders.reverse()
        situation.aidFlights.reverse()
        situation.responses.reverse()
        situation.measures.reverse()
        situation.allegations.reverse()
        situation.sources.reverse()
        situation.contacts.reverse()
        for index in situation.borders.indices { situation.borders[index].between.reverse() }
        let reordered = try folder.write(SituationWriter.json(situation), to: "reordered.json")
        let result = try SitrepProcess.run(["diff", "\(exercise)/edition-002.yaml", reordered])
        XCTAssertEqual(result.status, 0, result.out + result.err)
        XCTAssertTrue(result.out.hasSuffix("\nno changes\n"), result.out)
    }

    func testAGeneratedSitrepEqualsItsSource() throws {
        for sitrep in ["edition-001.md", "edition-001.html"] {
            let result = try SitrepProcess.run(["diff", sitrep, "edition-001.yaml"], in: example)
            XCTAssertEqual(result.status, 0, "\(sitrep): \(result.out)\(result.err)")
        }
    }

    func testBadFilesExitTwoNamingTheFile() throws {
        let missing = try SitrepProcess.run(["diff", "edition-001.yaml", "edition-009.yaml"], in: exercise)
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.out, "")
        XCTAssertEqual(missing.err, "sitrep: error: edition-009.yaml: no such file\n")

        let text = try SitrepProcess.run(["diff", "sources/basin-bulletin-1.txt", "edition-001.yaml"], in: exercise)
        XCTAssertEqual(text.status, 2)
        XCTAssertEqual(
            text.err,
            "sitrep: error: sources/basin-bulletin-1.txt: is not a situation file or a sitrep; expected .yaml, .yml, .json, .md or .html\n")

        let invalid = try SitrepProcess.run(["diff", "\(exercise)/edition-001.yaml", TestPaths.fixture("bad/unknown-key.yaml")])
        XCTAssertEqual(invalid.status, 2)
        XCTAssertTrue(
            invalid.err.hasSuffix("unknown-key.yaml:13:5: error: unknown key 'sourse'; did you mean 'source'?\n"), invalid.err)
    }

    func testOnlyBordersNarrowsTheDiff() throws {
        let result = try SitrepProcess.run(["diff", "edition-001.yaml", "edition-002.yaml", "--only", "borders"], in: exercise)
        XCTAssertEqual(result.status, 1, result.err)
        XCTAssertEqual(result.out, """
            sitrep diff: edition-001.yaml → edition-002.yaml
            EXERCISE Blue River: floods in the lower valley
            edition 1 (14 March 2031) → edition 2 (15 March 2031)
            compared: borders

            Borders
              ~ NO–SE: restricted → closed by police; detail changed
                  detail: “the valley road crossing is open to one lane of traffic only” → “the valley road bridge is under water”
                  source: basin-bulletin-1 → basin-bulletin-2
                  quote: “The valley road crossing into Sweden is open to one lane of traffic only.” → “Police have closed the valley road crossing into Sweden because the bridge is under water.”
              + FI–NO: open (new)

            2 changes: 1 changed, 1 added

            """)
    }

    func testOnlyLeavesOutChangesElsewhereAndExitsZero() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var situation = try SituationReader.load(path: "\(exercise)/edition-001.yaml").situation
        situation.summary = "Rewritten."
        let changed = try folder.write(SituationWriter.yaml(situation), to: "changed.yaml")
        let original = "\(exercise)/edition-001.yaml"
        XCTAssertEqual(try SitrepProcess.run(["diff", original, changed]).status, 1)
        let narrowed = try SitrepProcess.run(["diff", original, changed, "--only", "figures,borders"])
        XCTAssertEqual(narrowed.status, 0, narrowed.out)
        XCTAssertTrue(narrowed.out.contains("compared: figures, borders\n"), narrowed.out)
    }

    func testAWrongOnlyValueIsAUsageError() throws {
        let result = try SitrepProcess.run(["diff", "edition-001.yaml", "edition-002.yaml", "--only", "figures,bordres"], in: exercise)
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.out, "")
        XCTAssertTrue(
            result.err.hasPrefix(
                "Error: --only: 'bordres' is not a diff category; expected one of: edition, figures, borders, flights, responses, measures, allegations, sources, text (did you mean 'borders'?)\n"),
            result.err)
        XCTAssertEqual(try SitrepProcess.run(["diff", "edition-001.yaml", "edition-002.yaml", "--only", ","], in: exercise).status, 2)
        XCTAssertEqual(try SitrepProcess.run(["diff", "edition-001.yaml", "--format", "pdf"], in: exercise).status, 2)
        XCTAssertEqual(try SitrepProcess.run(["diff", "edition-001.yaml"], in: exercise).status, 2)
    }

    func testColourOnlyOnATerminalAndNeverWithNoColor() throws {
        let arguments = ["diff", "edition-001.yaml", "edition-002.yaml"]
        let escape = "\u{1B}["
        let piped = try SitrepProcess.run(arguments, in: exercise, environment: ["NO_COLOR": nil, "TERM": "xterm"])
        XCTAssertFalse(piped.out.contains(escape), "no colour into a pipe")

        let terminal = try SitrepProcess.runOnTerminal(arguments, in: exercise, environment: ["NO_COLOR": nil, "TERM": "xterm"])
        XCTAssertEqual(terminal.status, 1)
        XCTAssertTrue(terminal.out.contains("  \(escape)33m~ NO–SE: restricted → closed by police; detail changed\(escape)0m\r\n"), terminal.out)
        XCTAssertEqual(
            terminal.out.replacingOccurrences(of: "\r\n", with: "\n").replacing(/\x{1B}\[[0-9;]*m/, with: ""),
            try golden("exercise-1-2.txt"), "colour only repeats what the marks say")

        let emptyNoColor = try SitrepProcess.runOnTerminal(arguments, in: exercise, environment: ["NO_COLOR": "", "TERM": "xterm"])
        XCTAssertTrue(emptyNoColor.out.contains(escape), "an empty NO_COLOR does not turn colour off")

        for environment: [String: String?] in [["NO_COLOR": "1", "TERM": "xterm"], ["NO_COLOR": nil, "TERM": "dumb"]] {
            let plain = try SitrepProcess.runOnTerminal(arguments, in: exercise, environment: environment)
            XCTAssertEqual(plain.status, 1)
            XCTAssertFalse(plain.out.contains(escape), "\(environment)")
        }

        let json = try SitrepProcess.runOnTerminal(arguments + ["--format", "json"], in: exercise, environment: ["NO_COLOR": nil])
        XCTAssertFalse(json.out.contains(escape), "only text is coloured")
    }
}
