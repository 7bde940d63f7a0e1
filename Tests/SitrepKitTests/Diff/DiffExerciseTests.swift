import Foundation
@testable import SitrepKit
import XCTest

/// The exercise crisis: clearly fictional, canonical, quotes in their articles, and three editions
/// that between them make every kind of change the diff reports.
final class DiffExerciseTests: XCTestCase {
    private let editions = [1, 2, 3]

    func testEditionsAreMarkedAsAnExercise() throws {
        for number in editions {
            let situation = try DiffFixtures.exercise(number)
            XCTAssertEqual(situation.exercise, true)
            XCTAssertTrue(situation.crisis.hasPrefix("EXERCISE"), situation.crisis)
            XCTAssertTrue(situation.id.hasPrefix("exercise-"))
            XCTAssertEqual(situation.edition, number)
        }
    }

    func testEditionsAreInCanonicalForm() throws {
        for number in editions {
            let document = try SituationReader.load(path: DiffFixtures.exercisePath(number))
            XCTAssertEqual(SituationWriter.yaml(document.situation), document.text,
                           "edition \(number) is not in the form SituationWriter.yaml writes: load it and write it back")
        }
    }

    func testEveryQuoteIsInItsStoredArticleAndEveryArticleSaysExercise() throws {
        for number in editions {
            let situation = try DiffFixtures.exercise(number)
            for source in situation.sources {
                let file = try XCTUnwrap(source.file, "source \(source.id) has no stored article")
                let article = try String(contentsOfFile: "\(DiffFixtures.exerciseFolder)/\(file)", encoding: .utf8)
                XCTAssertTrue(article.hasPrefix("EXERCISE"), "\(file) does not say EXERCISE first")
                XCTAssertTrue(source.url?.hasPrefix("https://example.") == true, "\(source.id) must point at a reserved example domain")
            }
            for (path, item) in situation.sourcedItems {
                let source = try XCTUnwrap(item.source.flatMap(situation.source(withID:)), "edition \(number) \(path) has no source")
                let quote = try XCTUnwrap(item.quote, "edition \(number) \(path) has no quote")
                let article = try String(contentsOfFile: "\(DiffFixtures.exerciseFolder)/\(source.file!)", encoding: .utf8)
                XCTAssertTrue(DiffNormal.text(article).contains(DiffNormal.text(quote)),
                              "edition \(number) \(path): the quote is not in \(source.file!): \(quote)")
            }
            let cited = Set(situation.sourcedItems.compactMap(\.item.source))
            XCTAssertEqual(cited, Set(situation.sources.map(\.id)), "edition \(number) lists a source nothing cites")
        }
    }

    func testEditionsAdvanceAndCumulativeFiguresOnlyRiseUnlessANoteSaysWhy() throws {
        for (old, new) in [(1, 2), (2, 3)] {
            let before = try DiffFixtures.exercise(old), after = try DiffFixtures.exercise(new)
            XCTAssertLessThan(before.asOf, after.asOf)
            for change in try DiffFixtures.exerciseDiff(old, new).changes(in: .figures) {
                guard let count = change.count, case .figure(let figure)? = change.new, figure.scope != .new else { continue }
                if (count.delta ?? 0) < 0 || count.becameUnknown {
                    XCTAssertFalse(DiffNormal.isBlank(figure.note), "\(change.sentence) in edition \(new) needs a note saying why")
                }
            }
        }
    }

    func testTheEditionsMakeEveryKindOfChange() throws {
        let changes = try DiffFixtures.exerciseDiff(1, 2).changes + DiffFixtures.exerciseDiff(2, 3).changes
        let made = Set(changes.map { "\($0.category.rawValue) \($0.kind.rawValue)" })
        let expected: Set<String> = [
            "edition changed",
            "figures added", "figures removed", "figures changed",
            "borders added", "borders changed",
            "flights added", "flights changed",
            "responses added", "responses removed", "responses changed",
            "measures added", "measures removed", "measures changed",
            "allegations added", "allegations removed", "allegations changed",
            "sources added", "sources removed",
            "text changed", "text added", "text removed",
        ]
        XCTAssertEqual(expected.subtracting(made), [])
        let counts = changes.compactMap(\.count)
        XCTAssertTrue(counts.contains { ($0.delta ?? 0) > 0 && $0.percent != nil }, "a figure that rose")
        XCTAssertTrue(counts.contains { ($0.delta ?? 0) < 0 }, "a figure that fell")
        XCTAssertTrue(counts.contains { $0.old.text == "about 300" && $0.new.text == "at least 340" }, "a qualifier change")
        XCTAssertTrue(counts.contains(where: \.becameUnknown), "a figure that became unknown")
        let sentences = changes.map(\.sentence)
        XCTAssertTrue(sentences.contains("NO–SE: restricted → closed by police; detail changed"))
        XCTAssertTrue(sentences.contains("NO–SE: closed by police → restricted; detail changed"),
                      "a border written the other way round reads the same")
        XCTAssertTrue(sentences.contains("SE → NO, 15 March 2031: planned → dispatched"))
        XCTAssertTrue(sentences.contains("“the Upper Falls dam released water without warning”: unverified → denied by Blue River Basin Authority"))
        XCTAssertTrue(changes.contains { $0.key == "id:flight-fi-pumps" && $0.fields.contains { $0.field == "date" } }, "a flight re-dated, kept by its id")
        XCTAssertTrue(changes.contains { $0.key == "id:killed-riverside-basin" }, "a figure matched by id across sources")
        XCTAssertTrue(changes.contains { $0.key == "injured/people//riverside-hospital-0315" && $0.kind == .changed }, "figures sharing an identity matched by source")
        XCTAssertTrue(changes.contains { $0.key == "summary" && !$0.words.isEmpty })
        XCTAssertTrue(changes.contains { $0.key == "highlight" && !$0.words.isEmpty })
        XCTAssertTrue(changes.contains { $0.key == "as_of" })
    }

    func testAnEditionWithItsListsShuffledIsTheSameEdition() throws {
        let original = try DiffFixtures.exercise(3)
        var shuffled = original
        shuffled.places.reverse()
        shuffled.highlights.reverse()
        shuffled.casualties.reverse()
        shuffled.displacement.reverse()
        shuffled.damage.reverse()
        shuffled.borders = shuffled.borders.reversed().map { var border = $0; border.between.reverse(); return border }
        shuffled.aidFlights.reverse()
        shuffled.responses.reverse()
        shuffled.measures.reverse()
        shuffled.allegations.reverse()
        shuffled.sources.reverse()
        let reread = try SituationReader.read(text: SituationWriter.yaml(shuffled), path: "shuffled.yaml").situation
        XCTAssertNotEqual(reread, original)
        XCTAssertFalse(DiffFixtures.diff(original, reread).hasChanges)
    }
}
