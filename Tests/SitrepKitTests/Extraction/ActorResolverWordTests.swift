import XCTest
@testable import SitrepKit

/// ``ActorResolver/country(forWord:)`` reads ASCII words from their bytes: it must give what the
/// general path gives (the same word with a typographic apostrophe goes the general way).
final class ActorResolverWordTests: XCTestCase {
    func testASCIIWordsReadAsTheGeneralPathReadsThem() {
        let words = [
            "Kyrgyzstan", "Kyrgyzstan's", "Kyrgyz", "Uzbeks", "Uzbek's", "Russia", "Russians", "Moscow", "Moscow's",
            "US", "Us", "UK", "Uk", "U.S.", "China", "Chinese", "Tashkent", "Bishkek", "Brazil", "Pakistanis",
            "Yesterday", "The", "A", "I", "Mr", "Iran", "Iraq", "Oman", "Chad", "Mali", "Peru", "Cuba", "Fiji",
        ]
        for word in words {
            let ascii = ActorResolver.country(forWord: word)
            // The same word with a typographic apostrophe is not ASCII and takes the general path.
            if word.hasSuffix("'s") {
                let typographic = String(word.dropLast(2)) + "\u{2019}s"
                XCTAssertEqual(ascii, ActorResolver.country(forWord: typographic), word)
            }
            // A non-ASCII letter that no name has makes the general path give nil, as ASCII does for the unknown.
            if ascii == nil { XCTAssertNil(ActorResolver.country(forWord: word + "é"), word) }
        }
        XCTAssertEqual(ActorResolver.country(forWord: "Kyrgyzstan's")?.code, "KG")
        XCTAssertEqual(ActorResolver.country(forWord: "Uzbeks")?.code, "UZ")
        XCTAssertEqual(ActorResolver.country(forWord: "Moscow")?.code, "RU")
        XCTAssertEqual(ActorResolver.country(forWord: "US")?.code, "US")
        XCTAssertNil(ActorResolver.country(forWord: "Us"))
        XCTAssertNil(ActorResolver.country(forWord: "kyrgyzstan"))
    }
}
