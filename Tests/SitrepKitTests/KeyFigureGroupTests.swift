@testable import SitrepKit
import XCTest

/// "people" and no group are one group: whether extraction wrote `group: people` never decides
/// which figures a card, its change or a trend stands on.
final class KeyFigureGroupTests: XCTestCase {
    private static func situation(_ edition: Int, _ figures: [(String, String?, String?, String)]) -> Situation {
        var situation = Situation(
            id: "malawi", crisis: "Floods", country: Country(code: "MW")!, edition: edition, asOf: SitrepDate("2025-03-1\(3 + edition)")!)
        situation.sources = [Source(id: "dodma", publisher: "DoDMA"), Source(id: "zodiak", publisher: "Zodiak")]
        situation.casualties = figures.map { count, group, asOf, source in
            Figure(metric: .killed, count: Count(parsing: count)!, group: group, place: "Nsanje", asOf: asOf.flatMap(SitrepDate.init), source: source)
        }
        return situation
    }

    /// The government's 18 of today and a paper's 20 of yesterday: the card shows the latest.
    func testAFigureWithNoGroupAndOneOfPeopleShareACardAndTheLatestWins() throws {
        let situation = Self.situation(2, [("18", nil, nil, "dodma"), ("20", "people", "2025-03-14", "zodiak")])
        let card = try XCTUnwrap(KeyFigure.headlines(of: situation).first)
        XCTAssertEqual(card.countText, "18")
        XCTAssertEqual(card.figures.map(\.source), ["dodma"])
        XCTAssertNil(card.group, "the figure shown gives none")
        XCTAssertTrue(card.isOfOnePlace)
        XCTAssertEqual(KeyFigure.headline(of: situation, metric: .killed, group: nil, place: "Nsanje")?.countText, "18",
                       "a trend following the card finds the same figures")
    }

    /// The card's change pairs 18 with the day before's 12 of "people".
    func testTheChangeOfACardComparesAcrossPeopleAndNoGroup() throws {
        let old = Self.situation(1, [("at least 12", "people", nil, "dodma")])
        let new = Self.situation(2, [("18", nil, nil, "dodma")])
        let diff = SituationDiff(old: old, new: new, oldFile: "edition-001.yaml", newFile: "edition-002.yaml")
        XCTAssertEqual(diff.changes(in: .figures).map(\.kind), [.changed])
        let markdown = try ReportRenderer(templates: try TemplateSet.builtIn())
            .render(new, as: .markdown, fileName: "edition-002.yaml", chrome: .standalone, previous: old, changes: diff)
        XCTAssertTrue(markdown.contains("(▲ +6 since 14 March)"), markdown)
    }
}
