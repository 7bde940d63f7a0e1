@testable import SitrepKit
import XCTest

/// Figures: added, removed, changed (delta, percent, qualifier, unknown), matched by identity.
final class DiffFigureTests: XCTestCase {
    private func figureChanges(_ new: Situation, from old: Situation = DiffFixtures.base()) -> [DiffChange] {
        DiffFixtures.diff(old, new).changes(in: .figures)
    }

    func testAddedFigure() throws {
        let new = DiffFixtures.next { $0.casualties.append(Figure(metric: .injured, count: DiffFixtures.count("at least 40"), group: "people", place: "Osh", source: "bbc")) }
        let change = try XCTUnwrap(figureChanges(new).first)
        XCTAssertEqual(change.kind, .added)
        XCTAssertEqual(change.sentence, "People injured in Osh: at least 40 (new)")
        XCTAssertNil(change.old)
        XCTAssertEqual(figureChanges(new).count, 1)
    }

    func testRemovedFigure() throws {
        let new = DiffFixtures.next { $0.displacement = [] }
        let changes = figureChanges(new)
        XCTAssertEqual(changes.map(\.kind), [.removed])
        XCTAssertEqual(changes[0].sentence, "Ethnic Uzbeks at the border: thousands (no longer reported)")
    }

    func testChangedCountGivesSignedDeltaAndPercent() throws {
        let new = DiffFixtures.next { $0.casualties[0].count = DiffFixtures.count("100") }
        let change = try XCTUnwrap(figureChanges(new).first)
        XCTAssertEqual(change.kind, .changed)
        let count = try XCTUnwrap(change.count)
        XCTAssertEqual(count.delta, 23)
        XCTAssertEqual(count.percent, 29.9)
        XCTAssertEqual(change.sentence, "People killed in Osh: 77 → 100 (+23, +29.9%)")
        XCTAssertEqual(change.fields, [FieldChange(field: "count", old: "77", new: "100")])
    }

    func testFallingCountGivesNegativeDelta() throws {
        let new = DiffFixtures.next { $0.casualties[0].count = DiffFixtures.count("70"); $0.casualties[0].note = "seven counted twice" }
        let change = try XCTUnwrap(figureChanges(new).first)
        XCTAssertEqual(change.count?.delta, -7)
        XCTAssertEqual(change.count?.percentTenths, -91)
        XCTAssertEqual(change.sentence, "People killed in Osh: 77 → 70 (-7, -9.1%); note changed")
        XCTAssertEqual(change.detailFields, [FieldChange(field: "note", old: nil, new: "seven counted twice")])
    }

    func testQualifierChange() throws {
        var old = DiffFixtures.base()
        old.displacement[0].count = DiffFixtures.count("about 300")
        let new = DiffFixtures.next { $0.displacement[0].count = DiffFixtures.count("at least 340") }
        let change = try XCTUnwrap(figureChanges(new, from: old).first)
        XCTAssertEqual(change.count?.qualifierChanged, true)
        XCTAssertEqual(change.statement, "about 300 → at least 340 (+40, +13.3%; qualifier about → at least)")
    }

    func testFigureThatBecameUnknown() throws {
        let new = DiffFixtures.next { $0.casualties[0].count = .unknown }
        let change = try XCTUnwrap(figureChanges(new).first)
        XCTAssertEqual(change.count?.becameUnknown, true)
        XCTAssertNil(change.count?.delta)
        XCTAssertNil(change.count?.percent)
        XCTAssertEqual(change.statement, "77 → unknown (no longer known)")
    }

    func testCountsCompareByMeaningNotWords() {
        let new = DiffFixtures.next { $0.casualties[0].count = DiffFixtures.count("seventy-seven") }
        XCTAssertEqual(figureChanges(new), [])
    }

    func testPercentIsLeftOutWhenTheOldNumberIsZero() throws {
        var old = DiffFixtures.base()
        old.casualties[0].count = DiffFixtures.count("0")
        let change = try XCTUnwrap(figureChanges(DiffFixtures.next { _ in }, from: old).first)
        XCTAssertEqual(change.count?.delta, 77)
        XCTAssertNil(change.count?.percent)
        XCTAssertEqual(change.statement, "0 → 77 (+77)")
    }

    func testFiguresSharingAnIdentityAreMatchedBySource() throws {
        var old = DiffFixtures.base()
        old.sources.append(Source(id: "moh", publisher: "Ministry of Health"))
        old.casualties = [
            Figure(metric: .killed, count: DiffFixtures.count("77"), group: "people", place: "Osh", source: "bbc"),
            Figure(metric: .killed, count: DiffFixtures.count("80"), group: "people", place: "Osh", source: "moh"),
        ]
        let new = DiffFixtures.next { situation in
            situation.sources = old.sources
            situation.casualties = [
                Figure(metric: .killed, count: DiffFixtures.count("90"), group: "people", place: "Osh", source: "moh"),
                Figure(metric: .killed, count: DiffFixtures.count("79"), group: "people", place: "Osh", source: "bbc"),
            ]
        }
        let changes = figureChanges(new, from: old)
        XCTAssertEqual(changes.map(\.sentence), [
            "People killed in Osh (Ministry of Health): 80 → 90 (+10, +12.5%)",
            "People killed in Osh (BBC): 77 → 79 (+2, +2.6%)",
        ])
        XCTAssertEqual(changes.map(\.key), ["killed/people/osh/moh", "killed/people/osh/bbc"])
    }

    func testADailyBulletinPairsWithTheDayBeforesFromTheSamePublisher() throws {
        var old = DiffFixtures.base()
        old.sources = [Source(id: "hospital-0314", publisher: "Riverside Hospital"), Source(id: "cell-0314", title: "Cell report")]
        old.casualties = [Figure(metric: .injured, count: DiffFixtures.count("about 30"), source: "hospital-0314")]
        let new = DiffFixtures.next { situation in
            situation.sources = [Source(id: "hospital-0316", publisher: "Riverside  hospital"), Source(id: "cell-0316", publisher: "Relief Cell")]
            situation.casualties = [
                Figure(metric: .injured, count: DiffFixtures.count("at least 50"), source: "cell-0316"),
                Figure(metric: .injured, count: DiffFixtures.count("45"), source: "hospital-0316"),
            ]
        }
        XCTAssertEqual(figureChanges(new, from: old).map(\.sentence), [
            "Injured (Relief Cell): at least 50 (new)",
            "Injured (Riverside  hospital): about 30 → 45 (+15, +50.0%; qualifier about → exact)",
        ])
        // A publisher cited twice on a side: its highest count pairs with its highest, the other is added.
        var twice = new
        twice.casualties[0].source = "hospital-0316"
        XCTAssertEqual(figureChanges(twice, from: old).map(\.sentence), [
            "Injured (Riverside  hospital): about 30 → at least 50 (+20, +66.7%; qualifier about → at least)",
            "Injured (Riverside  hospital): 45 (new)",
        ])
    }

    func testEqualFiguresPairFirstWhenSeveralShareIdentityAndSource() {
        var old = DiffFixtures.base()
        old.casualties = [
            Figure(metric: .killed, count: DiffFixtures.count("77"), group: "people", place: "Osh", source: "bbc"),
            Figure(metric: .killed, count: .unknown, group: "people", place: "Osh", detail: "bodies not retrieved", source: "bbc"),
        ]
        let new = DiffFixtures.next { $0.casualties = [old.casualties[1], Figure(metric: .killed, count: DiffFixtures.count("100"), group: "people", place: "Osh", source: "bbc")] }
        XCTAssertEqual(figureChanges(new, from: old).map(\.sentence), ["People killed in Osh (BBC): 77 → 100 (+23, +29.9%)"])
    }

    func testIDWinsOverMetricGroupAndPlace() throws {
        var old = DiffFixtures.base()
        old.casualties[0].id = "killed-osh"
        let new = DiffFixtures.next { $0.casualties[0].id = "killed-osh"; $0.casualties[0].place = "Osh city" }
        let change = try XCTUnwrap(figureChanges(new, from: old).first)
        XCTAssertEqual(change.kind, .changed)
        XCTAssertEqual(change.key, "id:killed-osh")
        XCTAssertEqual(change.fields, [FieldChange(field: "place", old: "Osh", new: "Osh city")])
    }

    func testDifferentIDsAreDifferentFiguresEvenWithOneIdentity() {
        var old = DiffFixtures.base()
        old.casualties[0].id = "a"
        let new = DiffFixtures.next { $0.casualties[0].id = "b" }
        XCTAssertEqual(figureChanges(new, from: old).map(\.kind), [.added, .removed])
    }

    func testAnIDOnOneSideOnlyStillMatchesByIdentity() {
        let new = DiffFixtures.next { $0.casualties[0].id = "killed-osh" }
        XCTAssertEqual(figureChanges(new), [], "an id is an identity, not a fact: adding one changes nothing")
    }

    func testIdentityIgnoresCaseAndSpacing() {
        var old = DiffFixtures.base()
        old.casualties[0].group = "ethnic Uzbeks"
        let new = DiffFixtures.next { $0.casualties[0].place = "  Osh "; $0.casualties[0].group = "Ethnic Uzbeks" }
        let changes = figureChanges(new, from: old)
        XCTAssertEqual(changes.map(\.kind), [.changed])
        XCTAssertEqual(changes.first?.fields.map(\.field), ["group"], "the group's case changed; the place only its spacing")
    }
}

extension DiffFigureTests {
    func testTheChangeToAFigureOfTheNewEdition() throws {
        let new = DiffFixtures.next { $0.casualties[0].count = DiffFixtures.count("100") }
        let diff = DiffFixtures.diff(DiffFixtures.base(), new)
        XCTAssertEqual(diff.change(to: new.casualties[0])?.count?.delta, 23)
        XCTAssertNil(diff.change(to: new.displacement[0]), "unchanged")
    }
}

extension DiffFigureTests {
    /// Nyasa Times's 15 and Zodiak's 20 are two sources' figures, not one figure that rose by 5:
    /// beside figures that pair by publisher, they are removed and added.
    func testFiguresOfDifferentPublishersNeverPairBesideOthers() {
        var old = DiffFixtures.base()
        old.sources = [Source(id: "dodma-1", publisher: "DoDMA"), Source(id: "nyasa-1", publisher: "Nyasa Times")]
        old.casualties = [
            Figure(metric: .killed, count: DiffFixtures.count("at least 12"), place: "Nsanje", source: "dodma-1"),
            Figure(metric: .killed, count: DiffFixtures.count("15"), place: "Nsanje", source: "nyasa-1"),
        ]
        let new = DiffFixtures.next { situation in
            situation.sources = [Source(id: "dodma-2", publisher: "DoDMA"), Source(id: "zodiak-2", publisher: "Zodiak")]
            situation.casualties = [
                Figure(metric: .killed, count: DiffFixtures.count("18"), place: "Nsanje", source: "dodma-2"),
                Figure(metric: .killed, count: DiffFixtures.count("20"), place: "Nsanje", source: "zodiak-2"),
            ]
        }
        XCTAssertEqual(figureChanges(new, from: old).map(\.sentence), [
            "Killed in Nsanje (DoDMA): at least 12 → 18 (+6, +50.0%; qualifier at least → exact)",
            "Killed in Nsanje (Zodiak): 20 (new)",
            "Killed in Nsanje (Nyasa Times): 15 (no longer reported)",
        ])
    }

    /// A lone figure whose publisher changed still pairs, and its label names both publishers.
    func testALoneFigureOfAnotherPublisherNamesBoth() {
        var old = DiffFixtures.base()
        old.sources.append(Source(id: "moh", publisher: "Ministry of Health"))
        let new = DiffFixtures.next { situation in
            situation.sources = old.sources
            situation.casualties[0].source = "moh"
            situation.casualties[0].count = DiffFixtures.count("100")
        }
        XCTAssertEqual(figureChanges(new, from: old).map(\.sentence), ["People killed in Osh (BBC → Ministry of Health): 77 → 100 (+23, +29.9%)"])
    }
}
