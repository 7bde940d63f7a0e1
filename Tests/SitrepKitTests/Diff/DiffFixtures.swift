import Foundation
@testable import SitrepKit

/// Situations built in code for diff tests, and the exercise crisis's editions.
enum DiffFixtures {
    /// `Reports/exercise-2031-blue-river/`.
    static let exerciseFolder = TestPaths.repository.appendingPathComponent("Reports/exercise-2031-blue-river").path

    /// The path of the exercise's edition `number`.
    static func exercisePath(_ number: Int) -> String {
        "\(exerciseFolder)/edition-\(String(format: "%03d", number)).yaml"
    }

    /// The exercise's edition `number`.
    static func exercise(_ number: Int) throws -> Situation {
        try SituationReader.load(path: exercisePath(number)).situation
    }

    /// The diff between two of the exercise's editions, naming the files without their folder.
    static func exerciseDiff(_ old: Int, _ new: Int, only: Set<DiffCategory> = Set(DiffCategory.allCases)) throws -> SituationDiff {
        SituationDiff(
            old: try exercise(old), new: try exercise(new),
            oldFile: "edition-\(String(format: "%03d", old)).yaml", newFile: "edition-\(String(format: "%03d", new)).yaml",
            only: only)
    }

    /// The diff between two situations built in a test.
    static func diff(_ old: Situation, _ new: Situation, only: Set<DiffCategory> = Set(DiffCategory.allCases)) -> SituationDiff {
        SituationDiff(old: old, new: new, oldFile: "old.yaml", newFile: "new.yaml", only: only)
    }

    static func count(_ words: String) -> Count { Count(parsing: words)! }
    static func country(_ code: String) -> Country { Country(code: code)! }
    static func date(_ text: String) -> SitrepDate { SitrepDate(text)! }

    /// A small edition with one item of every kind, all citing `bbc`.
    static func base() -> Situation {
        var situation = Situation(id: "test-crisis", crisis: "Test crisis", country: country("KG"), edition: 1, asOf: date("2010-06-12"))
        situation.summary = "Clashes in Osh have killed 77 people."
        situation.highlights = ["77 people killed in Osh", "Border with Uzbekistan restricted"]
        situation.casualties = [Figure(metric: .killed, count: count("77"), group: "people", place: "Osh", source: "bbc")]
        situation.displacement = [Figure(metric: .atBorder, count: count("thousands"), group: "ethnic Uzbeks", source: "bbc")]
        situation.borders = [Border(between: [country("KG"), country("UZ")], status: .restricted, source: "bbc")]
        situation.aidFlights = [AidFlight(from: country("RU"), to: country("KG"), date: date("2010-06-12"), status: .dispatched, source: "bbc")]
        situation.responses = [Response(actor: Actor("RU"), kind: .troopsDeclined, target: Actor("KG"), detail: "not for now", source: "bbc")]
        situation.measures = [Measure(kind: .stateOfEmergency, place: "Jalalabad", source: "bbc")]
        situation.allegations = [Allegation(claim: "the army supported armed gangs", status: .unverified, source: "bbc")]
        situation.sources = [Source(id: "bbc", publisher: "BBC")]
        return situation
    }

    /// `base()` as the next edition, changed by `change`.
    static func next(_ change: (inout Situation) -> Void) -> Situation {
        var situation = base()
        situation.edition = 2
        situation.asOf = date("2010-06-13")
        change(&situation)
        return situation
    }
}
