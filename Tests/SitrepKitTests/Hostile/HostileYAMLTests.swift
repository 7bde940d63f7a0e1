@testable import SitrepKit
import XCTest

/// Every hostile situation file, read in process: an error that names the file (and the line where
/// there is one), or a situation that renders to inert HTML; never a crash or a hang.
final class HostileYAMLTests: XCTestCase {
    func testTheCorpusIsLargeEnough() {
        XCTAssertGreaterThanOrEqual(HostileYAMLCorpus.all.count, 100)
        XCTAssertEqual(Set(HostileYAMLCorpus.all.map(\.name)).count, HostileYAMLCorpus.all.count, "case names are unique")
    }

    func testEveryCaseIsAnErrorAtItsLineOrReadsAndRendersInertly() throws {
        XCTAssertNoThrow(try SituationReader.read(text: HostileYAMLCorpus.base, path: "base.yaml"), "the base file is valid")
        let renderer = ReportRenderer(templates: try TemplateSet.builtIn())
        for hostile in HostileYAMLCorpus.all {
            let path = "hostile/\(hostile.name).yaml"
            let started = Date()
            do {
                let document = try SituationReader.read(text: hostile.text, path: path, limits: .standard)
                if case .error = hostile.expected { XCTFail("\(hostile.name): accepted, expected an error") }
                let html = try renderer.render(document.situation, as: .html, fileName: "\(hostile.name).yaml")
                XCTAssertEqual(HTMLSafety.problems(in: html), [], hostile.name)
                _ = SituationChecker.check(document)
            } catch let error as SituationFileError {
                if case .accepted = hostile.expected { XCTFail("\(hostile.name): refused, expected it read: \(error)") }
                XCTAssertFalse(error.diagnostics.isEmpty, hostile.name)
                for diagnostic in error.diagnostics {
                    XCTAssertEqual(diagnostic.file, path, hostile.name)
                    XCTAssertTrue(diagnostic.description.hasPrefix(path + ":"), hostile.name)
                }
                if case .error(let line?) = hostile.expected {
                    XCTAssertTrue(
                        error.diagnostics.contains { $0.location?.line == line },
                        "\(hostile.name): expected an error on line \(line), got:\n\(error)")
                }
                if case .either = hostile.expected, hostile.text.count < 100_000 {
                    // A syntax error in a short file always has a place.
                    XCTAssertNotNil(error.diagnostics.first?.location, "\(hostile.name): \(error)")
                }
            }
            XCTAssertLessThan(Date().timeIntervalSince(started), 2, "\(hostile.name) takes too long")
        }
    }

    func testLimitsNameThemselvesAndHowToRaiseThem() throws {
        func message(_ text: String, _ limits: InputLimits = .standard) -> String {
            do {
                _ = try SituationReader.read(text: text, path: "f.yaml", limits: limits)
                return "accepted"
            } catch {
                return "\(error)"
            }
        }
        XCTAssertTrue(message(HostileYAMLCorpus.nineAliases).hasPrefix("f.yaml:12:"), message(HostileYAMLCorpus.nineAliases))
        XCTAssertTrue(message(HostileYAMLCorpus.nineAliases).contains("--max-yaml-aliases"))
        XCTAssertFalse(message(HostileYAMLCorpus.nineAliases, InputLimits(maxInputBytes: 1 << 20, maxYAMLDepth: 32, maxYAMLAliases: 9))
            .contains("alias"), "raising the limit lets the file through")
        let deep = "a: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        XCTAssertTrue(message(deep).contains("--max-yaml-depth"), message(deep))
        XCTAssertTrue(message(deep, InputLimits(maxInputBytes: 1 << 20, maxYAMLDepth: 1000, maxYAMLAliases: 8)).contains("1000 levels"))
        // An alias bomb with the alias limit raised still fails fast, on the values it stands for.
        let bomb = message(HostileYAMLCorpus.billionLaughsAsKeys, InputLimits(maxInputBytes: 1 << 20, maxYAMLDepth: 32, maxYAMLAliases: 10_000))
        XCTAssertTrue(bomb.contains("alias bomb"), bomb)
    }

    func testA50MegabyteScalarIsRefusedBySizeBeforeItIsRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("big.yaml")
        var data = Data("sitrep: 1\nsummary: ".utf8)
        data.append(Data(repeating: UInt8(ascii: "a"), count: 50 * 1_048_576))
        try data.write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try SituationReader.load(path: path, limits: .standard)) { error in
            XCTAssertEqual("\(error)", "\(path): is 50 MB, larger than the input size limit of 32 MB; refused unread (raise the limit with --max-input-mb)")
        }
        XCTAssertThrowsError(try EditionReader.load(path: path, limits: .standard))
    }

    func testSitrepsCarryingHostileSituationsAreErrorsInTheSitrep() throws {
        let bomb = HostileYAMLCorpus.billionLaughs
        XCTAssertThrowsError(try EditionReader.read(text: "---\n" + bomb + "---\n# Report\n", path: "bomb.md")) { error in
            XCTAssertTrue("\(error)".hasPrefix("bomb.md:4:"), "\(error)")
        }
        let deep = "<script type=\"application/json\" id=\"sitrep-data\">" + String(repeating: "[", count: 10_000) + "</script>"
        XCTAssertThrowsError(try EditionReader.read(text: deep, path: "deep.html")) { error in
            XCTAssertTrue("\(error)".hasPrefix("deep.html:1:"), "\(error)")
        }
    }
}
