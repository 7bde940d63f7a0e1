@testable import SitrepKit
import XCTest

/// Splitting text into words at white space, byte by byte, against splitting scalar by scalar.
final class WhitespaceWordsTests: XCTestCase {
    /// The words between scalars Unicode calls white space, the plain way.
    private func reference(_ text: String) -> [String] {
        var words: [String] = [], word = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                if !word.isEmpty { words.append(word); word = "" }
            } else {
                word.unicodeScalars.append(scalar)
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    func testSplitsAtEveryWhiteSpaceScalarAndNothingElse() {
        let spaces = (0...0x3000).compactMap(Unicode.Scalar.init).filter(\.properties.isWhitespace).map(String.init)
        let others = ["a", "é", "e\u{301}", "\u{301}", "€", "\u{2027}", "\u{2030}", "\u{1681}", "\u{3001}", "\u{C2}", "😀", "\u{85}x"]
        var state: UInt64 = 3
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<10 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let pick = Int(state >> 33)
                text += pick % 3 == 0 ? spaces[pick % spaces.count] : others[pick % others.count]
            }
            XCTAssertEqual(WhitespaceWords.split(text).map(String.init), reference(text), text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
        }
        XCTAssertEqual(WhitespaceWords.split("  one\u{A0}two\u{3000}\r\nthree "), ["one", "two", "three"])
    }
}
