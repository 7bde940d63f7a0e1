@testable import SitrepKit
import XCTest

/// The count table of DESIGN.md, read in both directions.
final class CountTests: XCTestCase {
    private func assertCount(
        _ text: String, _ qualifier: Count.Qualifier, _ low: Int?, _ high: Int?, file: StaticString = #filePath, line: UInt = #line
    ) {
        guard let count = Count(parsing: text) else {
            return XCTFail("'\(text)' did not parse", file: file, line: line)
        }
        XCTAssertEqual(count.qualifier, qualifier, "qualifier of '\(text)'", file: file, line: line)
        XCTAssertEqual(count.low, low, "low of '\(text)'", file: file, line: line)
        XCTAssertEqual(count.high, high, "high of '\(text)'", file: file, line: line)
        XCTAssertEqual(count.description, text, "'\(text)' prints back as written", file: file, line: line)
    }

    func testExactNumbersInDigitsAndWords() {
        assertCount("77", .exact, 77, 77)
        assertCount("seventy-seven", .exact, 77, 77)
        assertCount("1,000", .exact, 1_000, 1_000)
        assertCount("2,70,000", .exact, 270_000, 270_000)
        assertCount("1 000", .exact, 1_000, 1_000)
        assertCount("one hundred and twenty", .exact, 120, 120)
        assertCount("a dozen", .exact, 12, 12)
        assertCount("half a dozen", .exact, 6, 6)
        assertCount("a quarter of a million", .exact, 250_000, 250_000)
        assertCount("two and a half million", .exact, 2_500_000, 2_500_000)
        assertCount("none", .exact, 0, 0)
    }

    func testQualifiers() {
        assertCount("at least 77", .atLeast, 77, nil)
        assertCount("77+", .atLeast, 77, nil)
        assertCount("more than 1,000", .moreThan, 1_001, nil)
        assertCount("over 1000", .moreThan, 1_001, nil)
        assertCount("nearly 1,000", .nearly, nil, 999)
        assertCount("almost 1000", .nearly, nil, 999)
        assertCount("about 300", .about, 300, 300)
        assertCount("some 300", .about, 300, 300)
        assertCount("around 300", .about, 300, 300)
        assertCount("approximately 300", .about, 300, 300)
        assertCount("an estimated 300", .about, 300, 300)
        assertCount("up to 500", .upTo, nil, 500)
        assertCount("as many as 500", .upTo, nil, 500)
    }

    func testRanges() {
        assertCount("77-80", .range, 77, 80)
        assertCount("77–80", .range, 77, 80)
        assertCount("77 to 80", .range, 77, 80)
        assertCount("between 77 and 80", .range, 77, 80)
        assertCount("45,000 to 50,000", .range, 45_000, 50_000)
        assertCount("between two and 2.5 million", .range, 2_000_000, 2_500_000)
    }

    func testVagueWords() {
        assertCount("dozens", .vague, 24, nil)
        assertCount("hundreds", .vague, 200, nil)
        assertCount("thousands", .vague, 2_000, nil)
        assertCount("Thousands", .vague, 2_000, nil)
        assertCount("tens of thousands", .vague, 20_000, nil)
        assertCount("hundreds of thousands", .vague, 200_000, nil)
        assertCount("millions", .vague, 2_000_000, nil)
    }

    func testScaledDecimals() {
        assertCount("1.2 million", .exact, 1_200_000, 1_200_000)
        assertCount("2m", .exact, 2_000_000, 2_000_000)
        assertCount("about 1.2 million", .about, 1_200_000, 1_200_000)
        assertCount("1.5 lakh", .exact, 150_000, 150_000)
        assertCount("2 crore", .exact, 20_000_000, 20_000_000)
    }

    func testUnknown() {
        assertCount("unknown", .unknown, nil, nil)
        // The seed article's "Nearly people have been hurt": no number, so no number is invented.
        assertCount("nearly people", .unknown, nil, nil)
        XCTAssertNil(Count(parsing: "nearly people")?.value)
    }

    func testTextWithANumberItCannotPlaceIsRejected() {
        XCTAssertNil(Count(parsing: "77 to"))
        XCTAssertNil(Count(parsing: "12abc"))
        XCTAssertNil(Count(parsing: "80-77"))
        XCTAssertNil(Count(parsing: "1.2"))
        XCTAssertNil(Count(parsing: ""))
    }

    func testValueIsTheNumberTheWordsName() {
        XCTAssertEqual(Count(parsing: "more than 1,000")?.value, 1_000)
        XCTAssertEqual(Count(parsing: "nearly 1,000")?.value, 1_000)
        XCTAssertEqual(Count(parsing: "up to 500")?.value, 500)
        XCTAssertEqual(Count(parsing: "77-80")?.value, 77)
    }

    func testJSONObjectForm() throws {
        var situation = Situation(id: "x", crisis: "X", country: Country(code: "KG")!, edition: 1, asOf: SitrepDate("2010-06-12")!)
        situation.casualties = [Figure(metric: .killed, count: Count(parsing: "at least 77")!)]
        let json = SituationWriter.json(situation)
        let expected = "\"count\": {\n        \"text\": \"at least 77\",\n        \"qualifier\": \"at_least\",\n        \"low\": 77,\n        \"high\": null\n      }"
        XCTAssertTrue(json.contains(expected), json)
        let back = try SituationReader.read(text: json, path: "x.json").situation
        XCTAssertEqual(back, situation)
    }
}
