@testable import SitrepKit
import XCTest

/// Every format of the exercise's two diffs, pinned byte for byte (re-record with SITREP_RECORD=1).
final class DiffGoldenTests: XCTestCase {
    private func render(_ old: Int, _ new: Int, _ format: DiffFormat) throws -> String {
        try DiffRenderer(templates: try TemplateSet.builtIn()).render(try DiffFixtures.exerciseDiff(old, new), as: format)
    }

    func testExerciseEditionOneToTwoInEveryFormat() throws {
        for format in DiffFormat.allCases {
            try assertGolden(try render(1, 2, format), "diff/exercise-1-2.\(format.fileExtension)")
        }
    }

    func testExerciseEditionTwoToThreeInEveryFormat() throws {
        for format in DiffFormat.allCases {
            try assertGolden(try render(2, 3, format), "diff/exercise-2-3.\(format.fileExtension)")
        }
    }

    func testNoChangeInEveryFormat() throws {
        let diff = try DiffFixtures.exerciseDiff(2, 2)
        let renderer = DiffRenderer(templates: try TemplateSet.builtIn())
        try assertGolden(try renderer.render(diff, as: .text), "diff/no-change.txt")
        XCTAssertTrue(try renderer.render(diff, as: .markdown).hasSuffix("\nNo changes.\n"))
        XCTAssertTrue(try renderer.render(diff, as: .html).contains("<h2 id=\"no-changes\">No changes</h2>"))
        XCTAssertTrue(try renderer.render(diff, as: .json).contains("\"changed\": false,"))
    }

    func testSameInputGivesSameBytes() throws {
        for format in DiffFormat.allCases {
            XCTAssertEqual(try render(1, 2, format), try render(1, 2, format))
        }
    }
}
