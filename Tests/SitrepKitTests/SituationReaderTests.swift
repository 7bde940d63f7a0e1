@testable import SitrepKit
import XCTest

/// Reading situation files: round trips, JSON, and one test per kind of bad file with its exact message.
final class SituationReaderTests: XCTestCase {
    /// A typo's suggestion counts two letters swapped as one slip: "qoute" is "quote", not "note".
    func testSuggestionsCountASwapAsOneEdit() {
        XCTAssertEqual(Suggestion.editDistance("qoute", "quote"), 1)
        XCTAssertEqual(Suggestion.editDistance("qoute", "note"), 2)
        XCTAssertEqual(Suggestion.editDistance("kitten", "sitting"), 3)
        XCTAssertEqual(Suggestion.closest(to: "qoute", among: ["note", "quote", "source"]), "quote")
        XCTAssertEqual(Suggestion.closest(to: "restrcted", among: ["open", "closed", "restricted"]), "restricted")
    }

    func testExampleRoundTripsExactly() throws {
        let document = try SituationReader.load(path: TestPaths.example)
        let saved = SituationWriter.yaml(document.situation)
        let reloaded = try SituationReader.read(text: saved, path: "saved.yaml").situation
        XCTAssertEqual(reloaded, document.situation)
        XCTAssertEqual(SituationWriter.yaml(reloaded), saved, "saving is stable")
        XCTAssertEqual(saved, document.text, "the shipped example is written in canonical form")
    }

    func testEveryFieldFixtureRoundTripsThroughYAMLAndJSON() throws {
        let document = try SituationReader.load(path: TestPaths.fixture("every-field.yaml"))
        let situation = document.situation
        let yaml = SituationWriter.yaml(situation)
        XCTAssertEqual(try SituationReader.read(text: yaml, path: "a.yaml").situation, situation)
        let json = SituationWriter.json(situation)
        XCTAssertEqual(try SituationReader.read(text: json, path: "a.json").situation, situation)
        XCTAssertEqual(SituationWriter.yaml(situation), yaml, "same model, same bytes")
        XCTAssertEqual(situation.country.code, "NO", "the code NO survives YAML's boolean trap")
        XCTAssertEqual(situation.casualties[0].count.text, "at least 12")
        XCTAssertEqual(situation.responses[1].actor, .organisation("International Federation of Red Cross and Red Crescent Societies"))
    }

    func testCountryNamesAndDemonymsAreNormalisedToCodes() throws {
        let text = minimal.replacingOccurrences(of: "country: KG", with: "country: Kyrgyzstan")
            + "borders:\n  - between: [Uzbek, kyrgyz republic]\n    status: closed\n    source: s\n"
        let situation = try SituationReader.read(text: text, path: "t.yaml").situation
        XCTAssertEqual(situation.country.code, "KG")
        XCTAssertEqual(situation.borders[0].between.map(\.code), ["UZ", "KG"])
        XCTAssertTrue(SituationWriter.yaml(situation).contains("between: [UZ, KG]"))
    }

    func testCountryTableIsComplete() {
        XCTAssertEqual(Country.all.count, 250, "249 ISO 3166-1 codes and XK")
        XCTAssertEqual(Country(named: "Uzbekistan")?.code, "UZ")
        XCTAssertEqual(Country(named: "Uzbek")?.code, "UZ")
        XCTAssertEqual(Country(named: "UK")?.code, "GB")
        XCTAssertEqual(Country(code: "KG")?.name, "Kyrgyzstan")
        XCTAssertNil(Country(named: "Atlantis"))
    }

    /// An ASCII name is looked up from its bytes, any other text by characters: both give the same.
    func testCountryNamesInAnyCaseAndSpacing() {
        for name in ["Kyrgyzstan", "kyrgyzstan", "KYRGYZSTAN", " Kyrgyzstan", "Kyrgyzstan\n", "Kyrgyz Republic", "kg", "KG", "Kg"] {
            XCTAssertEqual(Country(named: name)?.code, "KG", name)
        }
        XCTAssertEqual(Country(named: "Côte d'Ivoire")?.code, "CI")
        XCTAssertEqual(Country(named: "Cote d'Ivoire")?.code, Country(named: "Cote d\u{2019}Ivoire")?.code)
        XCTAssertEqual(Country(named: "the Philippines")?.code, Country(named: "the Philippines ")?.code)
        for name in ["Osh", "Jalal-Abad", "", " ", "X", "Kyrgyzstan's", "Kyrgyzstan é"] {
            XCTAssertNil(Country(named: name), name)
        }
    }

    private let minimal = """
        sitrep: 1
        id: test-crisis
        crisis: Test
        country: KG
        edition: 1
        as_of: 2010-06-12
        sources:
          - id: s

        """

    private func assertError(_ text: String, _ expected: String, _ why: String = "", file: StaticString = #filePath, line: UInt = #line) {
        do {
            _ = try SituationReader.read(text: text, path: "bad.yaml")
            XCTFail("expected an error", file: file, line: line)
        } catch let error as SituationFileError {
            XCTAssertEqual(error.description, expected, why, file: file, line: line)
        } catch {
            XCTFail("unexpected error \(error)", file: file, line: line)
        }
    }

    func testSyntaxError() {
        assertError(minimal + "places: [Osh\n", "bad.yaml:10:1: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence at line 9, column 9)")
    }

    func testAColonInAnUnquotedValueSaysToQuoteIt() {
        assertError(minimal + "casualties:\n  - metric: killed\n    count: 3\n    source: s\n    quote: UN says: 3 aid workers were killed\n",
                    "bad.yaml:13:19: error: invalid YAML: mapping values are not allowed in this context; a value with ': ' in it must be put in double quotes (quote: \"UN says: 3 killed\")")
    }

    func testUnknownKeySuggestsTheKnownOne() {
        assertError(minimal + "casualties:\n  - metric: killed\n    cuont: 77\n    source: s\n",
                    "bad.yaml:11:5: error: unknown key 'cuont'; did you mean 'count'?")
        assertError(minimal.replacingOccurrences(of: "as_of:", with: "asof:"),
                    "bad.yaml:6:1: error: unknown key 'asof'; did you mean 'as_of'?")
    }

    func testWrongType() {
        assertError(minimal.replacingOccurrences(of: "edition: 1", with: "edition: first"),
                    "bad.yaml:5:10: error: expected a whole number, found 'first'")
        assertError(minimal + "places: Osh\n", "bad.yaml:9:9: error: expected a list, found 'Osh'")
    }

    func testBadEnumValue() {
        assertError(minimal + "borders:\n  - between: [KG, UZ]\n    status: shut\n    source: s\n",
                    "bad.yaml:11:13: error: 'shut' is not a valid border status; expected one of: open, restricted, closed, unknown (did you mean 'closed'?)")
        assertError(minimal + "aid_flights:\n  - from: RU\n    status: landed\n    source: s\n",
                    "bad.yaml:11:13: error: 'landed' is not a valid flight status; expected one of: planned, dispatched, arrived, cancelled (did you mean 'arrived'?)")
        assertError(minimal + "casualties:\n  - metric: kiled\n    count: 3\n",
                    "bad.yaml:10:13: error: 'kiled' is not a valid metric; expected one of: killed, injured, missing, affected, cases, displaced, refugees, at_border, stranded, evacuated, homeless, returned, houses_destroyed, houses_damaged (did you mean 'killed'?)")
    }

    func testBadDate() {
        assertError(minimal.replacingOccurrences(of: "2010-06-12", with: "2010-02-30"),
                    "bad.yaml:6:8: error: '2010-02-30' is not a date; write YYYY-MM-DD (2010-06-12) or YYYY-MM-DDTHH:MMZ, and a day that exists")
    }

    func testBadCount() {
        assertError(minimal + "casualties:\n  - metric: killed\n    count: 77 to\n    source: s\n",
                    "bad.yaml:11:12: error: '77 to' is not a count; write a number (77, 1,200, seventy-seven, 1.2 million), a qualified number (at least 77, about 300), a range (77-80), a vague word (hundreds, thousands) or 'unknown'")
        assertError(minimal + "casualties:\n  - metric: killed\n    count: many\n    source: s\n",
                    "bad.yaml:11:12: error: 'many' holds no number; write 'unknown' when the figure is not known")
    }

    /// A JSON count object whose fields disagree with its text is an error at the field, never read
    /// as the text alone with the script's numbers dropped; fields that agree, or are null, are fine.
    func testACountObjectWhoseFieldsContradictItsTextIsAnError() throws {
        func situation(_ count: String) -> String {
            """
            {"sitrep": 1, "id": "t", "crisis": "C", "country": "NO", "edition": 1, "as_of": "2031-03-14",
             "casualties": [{"metric": "killed", "source": "s",
               "count": \(count)}],
             "sources": [{"id": "s"}]}
            """
        }
        func assertJSONError(_ count: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
            XCTAssertThrowsError(try SituationReader.read(text: situation(count), path: "b.json"), file: file, line: line) { error in
                XCTAssertEqual("\(error)", expected, file: file, line: line)
            }
        }
        assertJSONError(#"{"text": "at least 77", "qualifier": "exact", "low": 7, "high": null}"#,
                        "b.json:3:50: error: the count's 'qualifier' is 'exact', but its text 'at least 77' gives 'at_least'; the text decides, so correct the one that is wrong, or leave 'qualifier' out and let it follow the text")
        assertJSONError(#"{"text": "at least 77", "qualifier": "at_least", "low": 7, "high": null}"#,
                        "b.json:3:69: error: the count's 'low' is 7, but its text 'at least 77' gives 77; the text decides, so correct the one that is wrong, or leave 'low' out and let it follow the text")
        assertJSONError(#"{"text": "at least 77", "high": 80}"#,
                        "b.json:3:45: error: the count's 'high' is 80, but its text 'at least 77' gives no upper bound; the text decides, so correct the one that is wrong, or leave 'high' out and let it follow the text")
        assertJSONError(#"{"text": "77", "qualifier": "exactly"}"#,
                        "b.json:3:41: error: 'exactly' is not a valid count qualifier; expected one of: exact, at_least, more_than, nearly, about, up_to, range, vague, unknown (did you mean 'exact'?)")
        assertJSONError(#"{"text": "77", "low": "lots"}"#, "b.json:3:35: error: expected a whole number, found 'lots'")

        let agreeing = try SituationReader.read(text: situation(#"{"text": "at least 77", "qualifier": "at_least", "low": 77, "high": null}"#), path: "b.json")
        XCTAssertEqual(agreeing.situation.casualties[0].count, Count(text: "at least 77", qualifier: .atLeast, low: 77, high: nil))
        XCTAssertNoThrow(try SituationReader.read(text: situation(#"{"text": "nearly 1,000", "low": null, "high": 999}"#), path: "b.json"))
        XCTAssertNoThrow(try SituationReader.read(text: situation(#"{"text": "77-80"}"#), path: "b.json"))
    }

    /// A count that is nearly right says what is wrong with it, not the general advice: a range
    /// written backwards, spaces round a range's dash, a vague word with its "of".
    func testANearMissCountSaysWhatIsWrong() {
        func count(_ text: String) -> String { minimal + "casualties:\n  - metric: killed\n    count: \(text)\n    source: s\n" }
        assertError(count("80-77"), "bad.yaml:11:12: error: '80-77' is a range written backwards; write the lower number first: 77-80")
        assertError(count("80 to 77"), "bad.yaml:11:12: error: '80 to 77' is a range written backwards; write the lower number first: 77 to 80")
        assertError(count("between 80 and 77"), "bad.yaml:11:12: error: 'between 80 and 77' is a range written backwards; write the lower number first: between 77 and 80")
        assertError(count("77 - 80"), "bad.yaml:11:12: error: '77 - 80' is not a count: a range takes no spaces round its dash; write 77-80 or 77 to 80")
        assertError(count("80 - 77"), "bad.yaml:11:12: error: '80 - 77' is a range written backwards; write the lower number first: 77-80")
        assertError(count("dozens of"), "bad.yaml:11:12: error: 'dozens of' holds no number; write 'dozens', the vague word alone, or 'unknown' when the figure is not known")
        assertError(count("tens of thousands of"), "bad.yaml:11:12: error: 'tens of thousands of' holds no number; write 'tens of thousands', the vague word alone, or 'unknown' when the figure is not known")
    }

    func testDanglingSource() {
        assertError(minimal + "casualties:\n  - metric: killed\n    count: 3\n    source: bbc\n",
                    "bad.yaml:12:13: error: source 'bbc' names no entry in sources; known sources: s")
    }

    func testMetricInTheWrongSection() {
        assertError(minimal + "displacement:\n  - metric: killed\n    count: 3\n    source: s\n",
                    "bad.yaml:10:13: error: metric 'killed' belongs in casualties, not displacement; displacement takes: displaced, refugees, at_border, stranded, evacuated, homeless, returned")
    }

    func testMissingKeyAndDuplicateKey() {
        assertError(minimal.replacingOccurrences(of: "crisis: Test\n", with: ""),
                    "bad.yaml:1:1: error: missing required key 'crisis'")
        assertError(minimal + "crisis: Again\n",
                    "bad.yaml:9:1: error: duplicate key 'crisis' in one mapping (first at line 3); each key may appear once, so keep the right one")
        assertError(minimal + "casualties:\n  - metric: killed\n    count: 3\n    # the hospital's\n    count: 4\n    source: s\n  - metric: injured\n    count: 5\n",
                    "bad.yaml:13:5: error: duplicate key 'count' in one mapping (first at line 11); each key may appear once, so keep the right one",
                    "the repeat is pointed at, not the first")
    }

    func testUnknownCountryAndBadID() {
        assertError(minimal.replacingOccurrences(of: "country: KG", with: "country: Kirgizstan"),
                    "bad.yaml:4:10: error: 'Kirgizstan' is not a country; write an ISO 3166-1 alpha-2 code (KG) or an English name (Kyrgyzstan) (did you mean 'Kyrgyzstan'?)")
        assertError(minimal.replacingOccurrences(of: "id: test-crisis", with: "id: ../etc"),
                    "bad.yaml:2:5: error: '../etc' is not a valid crisis id; use lower-case letters, digits and '-' (kyrgyzstan-2010-osh)")
    }

    func testEmptyAndMissingFiles() {
        assertError("", "bad.yaml: error: the file is empty; a situation needs at least sitrep, id, crisis, country, edition and as_of")
        XCTAssertThrowsError(try SituationReader.load(path: "/nonexistent/x.yaml")) { error in
            XCTAssertEqual((error as? SitrepError)?.message, "/nonexistent/x.yaml: no such file")
        }
    }
}
