import XCTest
@testable import SitrepKit

/// The direct way ``CountFinder`` builds a count from parts it has read must give exactly what
/// `Count(parsing:)` gives for the same text, over every shape it accepts and the shapes it refuses.
final class CountReadingTests: XCTestCase {
    private let numbers = [
        "0", "1", "7", "77", "300", "999", "1000", "1,000", "1,00", "10,000", "2,70,000", "12,34,567", "1,000,000",
        "123456789012345", "1234567890123456", ",5", "5,", "1.5", "1 000", "2m", "seventy", "a dozen", "2.5 million",
        "seventy-seven", "hundred", "dozen", "none", "no one", "36.9 lakh", "999 million", "1,200 crore", "1.25 billion",
        "0.5 million", "2.1234567 million", "1.000001 million", "1,00 million", "5 hundred", "5 thousand", "9999999999999 million",
        "one million", "a million", "an million", "two million", "zero million", "ninety-four", "twenty-one", "ten-four",
        "twenty-zero", "ninety-nine", "a dozen", "seven dozen", "one hundred", "a hundred", "five lakh", "three crore",
        "a billion", "one two", "a", "36.9", "1,000.5", "1.2.3", "0.25", ".5", "5.", "1,2.5",
        "1.5 millions", "2.5 million people", "1,23,45,678", "1,234,56", "12,345", "1,2,3", "123,4567", "1,23,456,789",
    ] + NumberPhrase.units.keys.sorted()
    private let qualifiers = [
        "", "between", "approximately", "an estimated", "as many as", "more than", "at least", "roughly", "nearly",
        "almost", "close to", "around", "about", "some", "up to", "over", "estimated", "a total of", "many",
    ]

    func testDirectReadingEqualsParsing() {
        var direct = 0
        for qualifier in qualifiers {
            for first in numbers {
                let single = qualifier.isEmpty ? first : qualifier + " " + first
                if NumberPhrase.isBareDecimal(first) {
                    XCTAssertNil(Count(parsing: single), single)
                }
                if let count = Count.reading(text: single, qualifier: qualifier, first: first, joiner: nil, second: nil) {
                    XCTAssertEqual(count, Count(parsing: single), single)
                    direct += 1
                }
                for joiner in ["to", "-", "and"] {
                    for second in numbers {
                        let range = joiner == "-" ? "\(first)-\(second)" : "\(first) \(joiner) \(second)"
                        let text = qualifier.isEmpty ? range : qualifier + " " + range
                        if let count = Count.reading(text: text, qualifier: qualifier, first: first, joiner: joiner, second: second) {
                            XCTAssertEqual(count, Count(parsing: text), text)
                            direct += 1
                        }
                    }
                }
            }
        }
        // The direct reading must cover the common shapes, or it saves nothing.
        XCTAssertGreaterThan(direct, 900)
        XCTAssertNotNil(Count.reading(text: "more than 1,000", qualifier: "more than", first: "1,000", joiner: nil, second: nil))
        XCTAssertNotNil(Count.reading(text: "45,000 to 50,000", qualifier: "", first: "45,000", joiner: "to", second: "50,000"))
        XCTAssertNotNil(Count.reading(text: "about two", qualifier: "about", first: "two", joiner: nil, second: nil))
        XCTAssertEqual(Count.reading(text: "more than a dozen", qualifier: "more than", first: "a dozen", joiner: nil, second: nil)?.low, 13)
        XCTAssertEqual(Count.reading(text: "ninety-four", qualifier: "", first: "ninety-four", joiner: nil, second: nil)?.low, 94)
        XCTAssertTrue(NumberPhrase.isBareDecimal("36.9"))
        XCTAssertFalse(NumberPhrase.isBareDecimal("36.9 million"))
        XCTAssertEqual(Count.reading(text: "nearly 2.5 million", qualifier: "nearly", first: "2.5 million", joiner: nil, second: nil)?.high, 2_499_999)
        XCTAssertNotNil(Count.reading(text: "between 30 and 40", qualifier: "between", first: "30", joiner: "and", second: "40"))
    }

    /// Sentences through the finder: every count it reports is the one `Count(parsing:)` reads from its text.
    func testFinderCountsEqualParsing() {
        for qualifier in qualifiers {
            for first in numbers {
                for tail in ["", " to 50,000", "-40", " and 2,000", " to 3"] {
                    let sentence = "Officials said \(qualifier) \(first)\(tail) people were killed."
                    for mention in CountFinder.mentions(in: ExtractionTokenizer.tokens(sentence)) {
                        XCTAssertEqual(mention.count, Count(parsing: mention.count.text), sentence)
                    }
                }
            }
        }
    }
}
