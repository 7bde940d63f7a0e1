@testable import SitrepKit
import XCTest

/// Borders, flights, responses, measures, allegations and sources: one test per kind of change.
final class DiffItemTests: XCTestCase {
    private func changes(_ category: DiffCategory, _ change: (inout Situation) -> Void) -> [DiffChange] {
        DiffFixtures.diff(DiffFixtures.base(), DiffFixtures.next(change)).changes(in: category)
    }

    // MARK: Borders

    func testBorderStatusChange() throws {
        let change = try XCTUnwrap(changes(.borders) { $0.borders[0].status = .closed }.first)
        XCTAssertEqual(change.sentence, "KG–UZ: restricted → closed")
        XCTAssertEqual(change.key, "border/KG-UZ")
        XCTAssertEqual(change.fields, [FieldChange(field: "status", old: "restricted", new: "closed")])
    }

    func testBorderCountriesInEitherOrderAreOneBorder() {
        XCTAssertEqual(changes(.borders) { $0.borders[0].between.reverse() }, [])
        XCTAssertEqual(changes(.borders) { $0.borders[0].between.reverse(); $0.borders[0].status = .closed }.map(\.sentence),
                       ["KG–UZ: restricted → closed"])
    }

    func testBorderAddedAndRemoved() {
        let found = changes(.borders) { $0.borders = [Border(between: [DiffFixtures.country("KG"), DiffFixtures.country("TJ")], status: .closed, source: "bbc")] }
        XCTAssertEqual(found.map(\.sentence), ["KG–TJ: closed (new)", "KG–UZ: restricted (no longer reported)"])
    }

    // MARK: Aid flights

    func testFlightAdded() {
        let found = changes(.flights) { $0.aidFlights.append(AidFlight(from: DiffFixtures.country("CN"), to: DiffFixtures.country("KG"), date: DiffFixtures.date("2010-06-13"), status: .planned, source: "bbc")) }
        XCTAssertEqual(found.map(\.sentence), ["CN → KG, 13 June 2010: planned (new)"])
    }

    func testFlightStatusChanged() {
        let found = changes(.flights) { $0.aidFlights[0].status = .arrived }
        XCTAssertEqual(found.map(\.sentence), ["RU → KG, 12 June 2010: dispatched → arrived"])
    }

    func testFlightWithAnotherDateIsAnotherFlightUnlessAnIDSaysSo() {
        XCTAssertEqual(changes(.flights) { $0.aidFlights[0].date = DiffFixtures.date("2010-06-14") }.map(\.kind), [.added, .removed])
        var old = DiffFixtures.base()
        old.aidFlights[0].id = "ru-1"
        let new = DiffFixtures.next { $0.aidFlights[0].id = "ru-1"; $0.aidFlights[0].date = DiffFixtures.date("2010-06-14") }
        let found = DiffFixtures.diff(old, new).changes(in: .flights)
        XCTAssertEqual(found.map(\.sentence), ["RU → KG, 14 June 2010: date changed"])
        XCTAssertEqual(found.first?.key, "id:ru-1")
    }

    // MARK: Responses

    func testResponseAdded() {
        let found = changes(.responses) { $0.responses.append(Response(actor: Actor("CN"), kind: .appealForCalm, source: "bbc")) }
        XCTAssertEqual(found.map(\.sentence), ["China appealed for calm (new)"])
    }

    func testResponseRemoved() {
        XCTAssertEqual(changes(.responses) { $0.responses = [] }.map(\.sentence),
                       ["Russia declined to send troops to Kyrgyzstan: not for now (no longer reported)"])
    }

    func testResponseChanged() throws {
        let change = try XCTUnwrap(changes(.responses) { $0.responses[0].detail = "not under the current circumstances" }.first)
        XCTAssertEqual(change.sentence, "Russia declined to send troops to Kyrgyzstan: detail changed")
        XCTAssertEqual(change.detailFields, [FieldChange(field: "detail", old: "not for now", new: "not under the current circumstances")])
    }

    func testResponseIdentityIsActorKindAndTarget() {
        XCTAssertEqual(changes(.responses) { $0.responses[0].target = Actor("Shanghai Cooperation Organisation") }.map(\.kind), [.added, .removed])
    }

    // MARK: Measures

    func testMeasureAdded() {
        XCTAssertEqual(changes(.measures) { $0.measures.append(Measure(kind: .curfew, place: "Osh", detail: "from 18:00", source: "bbc")) }.map(\.sentence),
                       ["Curfew in Osh: from 18:00 (new)"])
    }

    func testMeasureRemoved() {
        XCTAssertEqual(changes(.measures) { $0.measures = [] }.map(\.sentence), ["State of emergency in Jalalabad (no longer reported)"])
    }

    func testMeasureChanged() {
        XCTAssertEqual(changes(.measures) { $0.measures[0].asOf = DiffFixtures.date("2010-06-11") }.map(\.sentence),
                       ["State of emergency in Jalalabad: as of changed"])
    }

    // MARK: Allegations

    func testAllegationDenied() throws {
        let change = try XCTUnwrap(changes(.allegations) { $0.allegations[0].status = .denied; $0.allegations[0].deniedBy = "interim government" }.first)
        XCTAssertEqual(change.sentence, "“the army supported armed gangs”: unverified → denied by interim government")
        XCTAssertEqual(change.detailFields, [])
    }

    func testAllegationAddedAndRemoved() {
        let found = changes(.allegations) { $0.allegations = [Allegation(claim: "shops were looted", status: .unverified, source: "bbc")] }
        XCTAssertEqual(found.map(\.sentence), ["“shops were looted”: unverified (new)", "“the army supported armed gangs”: unverified (no longer reported)"])
    }

    func testAllegationClaimIsItsIdentityWhateverItsSpacing() {
        XCTAssertEqual(changes(.allegations) { $0.allegations[0].claim = "the army  supported\narmed gangs" }, [])
    }

    // MARK: Sources

    func testSourceAddedAndRemoved() {
        let found = changes(.sources) { situation in
            situation.sources = [Source(id: "reuters", url: "https://example.org/r", publisher: "Reuters")]
            for index in situation.casualties.indices { situation.casualties[index].source = "reuters" }
        }
        XCTAssertEqual(found.map(\.sentence), ["Reuters (reuters): https://example.org/r (new)", "BBC (bbc) (dropped)"])
    }

    func testSourceChanged() {
        XCTAssertEqual(changes(.sources) { $0.sources[0].url = "https://example.org/bbc" }.map(\.sentence), ["BBC (bbc): url changed"])
    }

    // MARK: Order

    func testReorderedListsGiveNoChange() {
        var old = DiffFixtures.base()
        old.casualties.append(Figure(metric: .injured, count: DiffFixtures.count("about 300"), source: "bbc"))
        old.borders.append(Border(between: [DiffFixtures.country("KG"), DiffFixtures.country("CN")], status: .closed, source: "bbc"))
        old.responses.append(Response(actor: Actor("CN"), kind: .appealForCalm, source: "bbc"))
        old.sources.append(Source(id: "moh"))
        var new = old
        new.casualties.reverse()
        new.borders.reverse()
        new.responses.reverse()
        new.sources.reverse()
        new.highlights.reverse()
        new.places = ["Jalalabad", "Osh"]
        old.places = ["Osh", "Jalalabad"]
        XCTAssertFalse(DiffFixtures.diff(old, new).hasChanges)
    }
}
