@testable import SitrepKit
import Foundation
import XCTest

/// A file that is not UTF-8 (most often one a hand editor saved as Latin-1) is refused at the line
/// and column of its first invalid byte, so a large file need not be searched by hand.
final class HostileEncodingTests: XCTestCase {
    private let latin1Situation = Data("sitrep: 1\nid: t\ncrisis: C\ncountry: \"NO\"\nedition: 1\nas_of: 2031-03-14\nsummary: \"caf".utf8)
        + Data([0xE9]) + Data("\"\n".utf8)

    func testTheFirstInvalidByteIsFoundAtItsLineAndColumn() throws {
        func first(_ bytes: [UInt8]) -> String? {
            InvalidUTF8.first(in: bytes, path: "a").map { "\($0.location) 0x\(String($0.byte, radix: 16, uppercase: true))" }
        }
        XCTAssertEqual(first(Array(latin1Situation)), "7:14 0xE9")
        XCTAssertNil(first(Array("naïve\r\n“quoted” text".utf8)))
        // Columns count Unicode scalars, as every diagnostic's do: "é" and "“" are one column each.
        XCTAssertEqual(first(Array("é “".utf8) + [0x80]), "1:4 0x80")
        // A line ends at LF, CR LF or a lone CR.
        XCTAssertEqual(first(Array("a\r\nb\rc\nd".utf8) + [0xC3, 0x28]), "4:2 0xC3")
        XCTAssertEqual(first([0x41, 0xED, 0xA0, 0x80]), "1:2 0xED", "a surrogate")
        XCTAssertEqual(first([0xC0, 0xAF]), "1:1 0xC0", "an overlong encoding")
    }

    func testEveryTextFileNamesTheByteAndWhereItIs() throws {
        XCTAssertThrowsError(try TextFile.decode(latin1Situation, path: "e.yaml")) { error in
            XCTAssertEqual("\(error)", "e.yaml:7:14: byte 0xE9 is not valid UTF-8 text")
        }
        // After a byte-order mark, the first line's columns are counted from the text after it.
        XCTAssertThrowsError(try TextFile.decode(Data([0xEF, 0xBB, 0xBF, 0x41, 0xE9]), path: "b.txt")) { error in
            XCTAssertEqual("\(error)", "b.txt:1:2: byte 0xE9 is not valid UTF-8 text")
        }
        XCTAssertThrowsError(try ArticleReader.read(data: Data([0x41, 0x0A, 0xE9]), path: "a.txt")) { error in
            XCTAssertEqual("\(error)", "a.txt:2:1: byte 0xE9 is not valid UTF-8 text; convert it first (iconv -f latin1 -t utf-8)")
        }
    }

    func testCheckReportsALatin1SituationFileAsAnInvalidOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try latin1Situation.write(to: URL(fileURLWithPath: folder.file("e.yaml")))
        XCTAssertThrowsError(try SituationReader.load(path: folder.file("e.yaml"))) { error in
            XCTAssertEqual((error as? SituationFileError)?.diagnostics.map(\.location), [SourceLocation(line: 7, column: 14)])
        }
        let result = try runSitrep(["check", "e.yaml"], in: folder.path)
        XCTAssertEqual(result.out, "e.yaml:7:14: error: byte 0xE9 is not valid UTF-8 text; save the file as UTF-8 (one saved as Latin-1 converts with iconv -f latin1 -t utf-8)\n")
        XCTAssertEqual(result.status, 1, "an invalid situation file: \(result.err)")
    }
}
