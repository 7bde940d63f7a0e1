@testable import SitrepKit
import Foundation
import XCTest

/// JSON string literals: what is escaped, byte for byte, and that every literal reads back as its text.
final class JSONWriterTests: XCTestCase {
    func testEscapes() {
        XCTAssertEqual(JSONWriter.quoted("plain €", htmlSafe: true), "\"plain €\"")
        XCTAssertEqual(JSONWriter.quoted("a\"b\\c\nd\re\tf\u{1}\u{1F}\u{7F}", htmlSafe: false),
                       #""a\"b\\c\nd\re\tf\u0001\u001f\u007f""#)
        XCTAssertEqual(JSONWriter.quoted("</script>&", htmlSafe: true), #""\u003c/script\u003e\u0026""#)
        XCTAssertEqual(JSONWriter.quoted("</script>&", htmlSafe: false), #""</script>&""#)
        XCTAssertEqual(JSONWriter.quoted("\u{2027}\u{2028}\u{2029}\u{20AC}", htmlSafe: false), "\"\u{2027}\\u2028\\u2029\u{20AC}\"")
        XCTAssertEqual(JSONWriter.quoted("\u{85}\u{9F}\u{A0}\u{FFFE}\u{FFFF}\u{FFFD}", htmlSafe: false), "\"\\u0085\\u009f\u{A0}\\ufffe\\uffff\u{FFFD}\"")
    }

    func testEveryLiteralReadsBackAsItsText() throws {
        let pieces = ["a", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1B}", "\u{7F}", "<", ">", "&", "\u{2028}", "\u{2029}",
                      "\u{2027}", "€", "é", "\u{301}", "😀", "\u{80}", "\u{85}", "\u{A0}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{EFFFF}"]
        var state: UInt64 = 1
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<8 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            for htmlSafe in [false, true] {
                let literal = JSONWriter.quoted(text, htmlSafe: htmlSafe)
                let read = try JSONSerialization.jsonObject(with: Data("[\(literal)]".utf8)) as? [String]
                XCTAssertEqual(read, [text], literal)
                XCTAssertFalse(literal.unicodeScalars.contains(where: ForbiddenCharacters.isForbidden), literal)
                if htmlSafe { XCTAssertFalse(literal.unicodeScalars.contains { "<>&".unicodeScalars.contains($0) }, literal) }
            }
        }
    }
}
