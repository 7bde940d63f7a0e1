@testable import SitrepKit
import XCTest

/// A count new since the last edition (`scope: new`) and a running total are different figures:
/// the diff never pairs them, and a key figure's change never does arithmetic between them.
final class DiffScopeTests: XCTestCase {
    private static func edition(_ number: Int, _ figures: [(String, FigureScope?, String)]) -> Situation {
        var situation = Situation(
            id: "malawi", crisis: "Floods", country: Country(code: "MW")!, edition: number, asOf: SitrepDate("2025-03-1\(3 + number)")!)
        situation.sources = [Source(id: "a", publisher: "Malawi Red Cross"), Source(id: "b", publisher: "DoDMA")]
        situation.displacement = figures.map { count, scope, source in
            Figure(metric: .displaced, count: Count(parsing: count)!, place: "Nsanje", scope: scope, source: source)
        }
        return situation
    }

    private static func markdown(_ old: Situation, _ new: Situation) throws -> String {
        let diff = SituationDiff(old: old, new: new, oldFile: "edition-001.yaml", newFile: "edition-002.yaml")
        return try ReportRenderer(templates: try TemplateSet.builtIn())
            .render(new, as: .markdown, fileName: "edition-002.yaml", chrome: .standalone, previous: old, changes: diff)
    }

    /// "Another 2,000 displaced overnight, bringing the total to 5,000", from the source of the
    /// earlier 3,000: the total pairs with the total.
    func testATotalPairsWithThePreviousTotalBesideANewCountFromTheSameSource() throws {
        let old = Self.edition(1, [("about 3,000", nil, "a")])
        let new = Self.edition(2, [("5,000", nil, "a"), ("2,000", .new, "a")])
        let sentences = DiffFixtures.diff(old, new).changes(in: .figures).map(\.sentence)
        XCTAssertEqual(sentences, [
            "Displaced in Nsanje: about 3,000 → 5,000 (+2,000, +66.7%; qualifier about → exact)",
            "Displaced in Nsanje since the previous edition: 2,000 (new)",
        ])
        let markdown = try Self.markdown(old, new)
        XCTAssertTrue(markdown.contains("- Displaced in Nsanje: **5,000**, as of 15 March 2025, Malawi Red Cross [1] (▲ +2,000 since 14 March)"), markdown)

        var third = Self.edition(3, [("5,000", nil, "a")])
        third.sources.append(Source(id: "a-0316", publisher: "Malawi Red Cross"))
        third.displacement[0].source = "a-0316"
        third.displacement[0].quote = "5,000 people are displaced in Nsanje."
        let thirdMarkdown = try ReportRenderer(templates: try TemplateSet.builtIn()).render(
            third, as: .markdown, fileName: "edition-003.yaml", chrome: .standalone, previous: new,
            changes: SituationDiff(old: new, new: third, oldFile: "edition-002.yaml", newFile: "edition-003.yaml"))
        XCTAssertTrue(thirdMarkdown.contains("Malawi Red Cross [3] (unchanged since 15 March)"),
                      "a new bulletin of the same number is no change: \(thirdMarkdown)")
        XCTAssertEqual(DiffFixtures.diff(new, third).changes(in: .figures).map(\.sentence), [
            "Displaced in Nsanje: source and quote changed",
            "Displaced in Nsanje since the previous edition: 2,000 (no longer reported)",
        ])
    }

    /// A total followed by only a new count is two figures: no arithmetic between them.
    func testACumulativeFigureAndANewOneNeverPair() {
        let old = Self.edition(1, [("about 3,000", nil, "a")])
        let new = Self.edition(2, [("2,000", .new, "a")])
        XCTAssertEqual(DiffFixtures.diff(old, new).changes(in: .figures).map(\.kind), [.added, .removed])
    }
}

extension DiffScopeTests {
    /// A card holding only a count new since the last edition says so, with no arrow from the
    /// previous total: 2,000 newly displaced is no fall from 3,000.
    func testACardOfOnlyANewCountIsNeverComparedWithTheTotalBefore() throws {
        let old = Self.edition(1, [("about 3,000", nil, "a")])
        let new = Self.edition(2, [("2,000", .new, "a")])
        let markdown = try Self.markdown(old, new)
        XCTAssertTrue(markdown.contains("- Displaced in Nsanje: **2,000 new**, as of 15 March 2025, Malawi Red Cross [1] (new since 14 March)"), markdown)
        XCTAssertFalse(markdown.contains("▼"), markdown)

        let newBefore = Self.edition(1, [("1,000", .new, "a")])
        let again = try Self.markdown(newBefore, new)
        XCTAssertTrue(again.contains("- Displaced in Nsanje: **2,000 new**, as of 15 March 2025, Malawi Red Cross [1] (new since 14 March)"), again)
    }
}

extension DiffScopeTests {
    /// A figure first reported in this edition says so in other words than a `scope: new` count's,
    /// so "about 400 evacuated" never reads as 400 newly evacuated.
    func testAFigureFirstReportedSaysSoInOtherWordsThanNew() throws {
        let old = Self.edition(1, [])
        let new = Self.edition(2, [("about 400", nil, "a")])
        let markdown = try Self.markdown(old, new)
        XCTAssertTrue(markdown.contains("- Displaced in Nsanje: **about 400**, as of 15 March 2025, Malawi Red Cross [1] (first reported in this edition)"), markdown)
        XCTAssertFalse(markdown.contains("new since"), markdown)
    }

    /// One source's total and a part of it ("15" and "3"), then one number ("10"): the highest pairs
    /// with the highest, so the diff says the total fell and `check`'s history rule sees it.
    func testASourcesHighestCountPairsWithItsHighest() throws {
        let old = Self.edition(1, [("15", nil, "a"), ("3", nil, "a")])
        let new = Self.edition(2, [("10", nil, "a")])
        XCTAssertEqual(DiffFixtures.diff(old, new).changes(in: .figures).map(\.sentence), [
            "Displaced in Nsanje (Malawi Red Cross): 15 → 10 (-5, -33.3%)",
            "Displaced in Nsanje (Malawi Red Cross): 3 (no longer reported)",
        ])
        let rising = Self.edition(2, [("16", nil, "a")])
        XCTAssertEqual(DiffFixtures.diff(old, rising).changes(in: .figures).first?.sentence, "Displaced in Nsanje (Malawi Red Cross): 15 → 16 (+1, +6.7%)")
    }

    /// "people" and no group are one group: dropping `group: people` is no change.
    func testGroupPeopleAndNoGroupAreNoChange() throws {
        let old = Self.edition(1, [("40", nil, "a")])
        var new = Self.edition(2, [("40", nil, "a")])
        new.displacement[0].group = "people"
        XCTAssertEqual(DiffFixtures.diff(old, new).changes(in: .figures).map(\.sentence), [])
    }

    /// The pairing of a source's highest counts does not depend on the order of the lists.
    func testTheHighestPairsWhateverTheOrder() throws {
        let old = Self.edition(1, [("15", nil, "a"), ("5", nil, "a"), ("3", nil, "a")])
        let rising = Self.edition(2, [("2", nil, "a"), ("4", nil, "a"), ("20", nil, "a")])
        var reordered = rising
        reordered.displacement.reverse()
        let one = DiffFixtures.diff(old, rising).changes(in: .figures).map(\.sentence).sorted()
        let other = DiffFixtures.diff(old, reordered).changes(in: .figures).map(\.sentence).sorted()
        XCTAssertEqual(one, other)
        XCTAssertTrue(one.contains("Displaced in Nsanje (Malawi Red Cross): 15 → 20 (+5, +33.3%)"), "\(one)")
    }
}
