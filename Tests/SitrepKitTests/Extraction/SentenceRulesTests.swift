import XCTest
@testable import SitrepKit

/// The rules for allegations, responses, borders, aid flights and measures, on sentences that
/// read one thing and say another: a toll "claimed" is no claim, aid goes to whoever sent it, a
/// border is between the two countries named, a flight that has not arrived has not arrived.
final class SentenceRulesTests: XCTestCase {
    private func extract(_ body: String, url: String = "https://example.org/2014/05/03/floods") -> Situation {
        Extractor(options: .init(asOf: SitrepDate("2014-05-03"))).extract([Article(path: "a.txt", url: url, body: body)]).situation
    }

    /// "The floods have claimed 45 lives" reports deaths; it alleges nothing.
    func testALifeClaimedIsATollNotAnAllegation() {
        let situation = extract("""
            Floods hit Pakistan. The floods have claimed 45 lives in Sindh. \
            In Pakistan monsoon rains claimed more than 80 lives, local media reported. \
            Floods from days of torrential rain have now claimed at least 180 lives in India with one million people sheltering in relief camps, officials said. \
            The landslide claimed the lives of 12 villagers. \
            Opposition leaders claimed that the army had fired on protesters in Sindh.
            """)
        XCTAssertEqual(situation.allegations.map(\.claim), ["the army had fired on protesters in Sindh"])
    }
}
