@testable import SitrepKit
import XCTest

/// Hostile article input for extract: every kind of text that is not what it claims, read in
/// process, and the big generated ones through the command line.
final class HostileTextTests: XCTestCase {
    /// Bytes that must be refused, with the words the error must hold.
    static let refused: [(name: String, bytes: [UInt8], message: String)] = [
        ("invalid UTF-8", [0x41, 0xC3, 0x28, 0x42], "is not valid UTF-8"),
        ("lone continuation byte", [0x80, 0x41], "is not valid UTF-8"),
        ("overlong encoding", [0xC0, 0xAF], "is not valid UTF-8"),
        ("surrogate in UTF-8", [0xED, 0xA0, 0x80], "is not valid UTF-8"),
        ("UTF-16 LE with BOM", [0xFF, 0xFE] + Array("77 killed".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), "is UTF-16 text"),
        ("UTF-16 BE with BOM", [0xFE, 0xFF] + Array("77 killed".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }), "is UTF-16 text"),
        ("UTF-16 LE without BOM", Array("77 killed in Osh".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), "is UTF-16 text"),
        ("UTF-16 BE without BOM", Array("77 killed in Osh".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }), "is UTF-16 text"),
        ("PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], "is a binary file"),
        ("NUL in text", Array("77 killed\u{0}in Osh".utf8), "is a binary file"),
        ("ELF", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0], "is a binary file"),
    ]

    /// Text that is read, perhaps with a warning, and extracted without trouble.
    static let read: [(name: String, path: String, text: String)] = [
        ("empty", "empty.txt", ""),
        ("whitespace", "blank.txt", " \n\t\n  "),
        ("byte-order mark only", "bom.txt", "\u{FEFF}"),
        ("URL line only", "url.txt", "news.example.org/1\n"),
        ("a thousand URL-like lines", "urls.txt", String(repeating: "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z", count: 1_000)),
        ("entities that decode to markup", "entities.html",
         "<p>&lt;script&gt;alert(1)&lt;/script&gt; 77 people were killed in &lt;img src=x onerror=alert(1)&gt; Osh. &#x3C;a href=&quot;javascript:alert(1)&quot;&#x3E;x&#x3C;/a&#x3E; &#106;avascript&#58;alert(1)</p>"),
        ("script and style dropped", "script.html", "<script>77 people were killed.</script><style>p{}</style><p>Nothing.</p>"),
        ("unclosed tags", "unclosed.html", "<html><body><p>77 people were killed in Osh.<div><span><b"),
        ("comment never closed", "comment.html", "<p>Text</p><!-- 77 people were killed"),
        ("HTML 10,000 deep", "deep.html", String(repeating: "<div>", count: 10_000) + "77 people were killed." + String(repeating: "</div>", count: 10_000)),
        ("JSON Lines nested 100,000 deep", "deep.jsonl", "{\"text\": " + String(repeating: "[", count: 100_000) + "}\n"),
        ("JSON Lines of garbage", "garbage.jsonl", "{\n}\n{\"text\": 5}\n{\"url\": [1], \"text\": \"77 people were killed.\"}\nnull\n"),
        ("field notes of bullets only", "notes.md", String(repeating: "* \n- \n", count: 100)),
        ("a number of 400 digits", "digits.txt", String(repeating: "9", count: 400) + " people were killed."),
        ("9999999999999 million displaced", "overflow.txt", "9999999999999 million people were displaced. A dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen people died."),
        ("right-to-left override", "bidi.txt", "\u{202E}77 people were killed\u{202C} in Osh."),
        ("combining marks", "zalgo.txt", "7\u{0301}\u{0302}\u{0303}7 people were killed" + String(repeating: "\u{0300}", count: 10_000)),
        ("sentences of one character", "dots.txt", String(repeating: "a. ", count: 20_000)),
    ]

    func testRefusedBytesAreErrorsNamingTheFile() {
        for (name, bytes, message) in Self.refused {
            XCTAssertThrowsError(try ArticleReader.read(data: Data(bytes), path: "hostile/\(name).txt"), name) { error in
                XCTAssertTrue("\(error)".hasPrefix("hostile/\(name).txt:"), "\(name): \(error)")
                XCTAssertTrue("\(error)".contains(message), "\(name): \(error)")
            }
        }
    }

    func testHostileTextIsExtractedWithoutTroubleAndRendersInertly() throws {
        let renderer = ReportRenderer(templates: try TemplateSet.builtIn())
        for (name, path, text) in Self.read {
            let started = Date()
            let output = try ArticleReader.read(data: Data(text.utf8), path: path)
            let result = Extractor(options: .init(asOf: SitrepDate("2010-06-12"))).extract(output.articles)
            let html = try renderer.render(result.situation, as: .html, fileName: "x.yaml")
            XCTAssertEqual(HTMLSafety.problems(in: html), [], name)
            XCTAssertNoThrow(try SituationReader.read(text: SituationWriter.yaml(result.situation), path: "x.yaml"), "\(name): the extracted file reads back")
            XCTAssertLessThan(Date().timeIntervalSince(started), 5, "\(name) takes too long")
        }
    }

    func testA100MegabyteArticleIsRefusedUnread() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("huge.txt")
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 100 * 1_048_576)
        try handle.close()
        XCTAssertThrowsError(try ArticleReader.read(path: path, limits: .standard)) { error in
            XCTAssertEqual("\(error)", "\(path): is 100 MB, larger than the input size limit of 32 MB; refused unread (raise the limit with --max-input-mb)")
        }
        let result = try runSitrep(["extract", path, "-o", folder.file("out.yaml")])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.err.contains("\(path): is 100 MB, larger than the input size limit of 32 MB"), result.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.file("out.yaml")))
        let lowered = try runSitrep(["extract", "--max-input-mb", "1", "-"], input: Data(repeating: UInt8(ascii: "a"), count: 1_048_577))
        XCTAssertEqual(lowered.status, 2)
        XCTAssertTrue(lowered.err.contains("-: holds more than the input size limit of 1 MB"), lowered.err)
    }

    /// The big generated inputs, each through `sitrep extract` in its own process, all at once.
    func testBigGeneratedArticlesAreExtractedByTheCommandLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let inputs = [
            "line.txt": String(repeating: "a", count: 10 * 1_048_576),
            "numbers.txt": (0..<1_000_000).map(String.init).joined(separator: " "),
            "nested.html": String(repeating: "<div>", count: 100_000) + "77 people were killed in Osh." + String(repeating: "</div>", count: 100_000),
        ]
        var processes: [(String, Process, Pipe)] = []
        for (name, text) in inputs {
            try folder.write(text, to: name)
            let process = Process()
            process.executableURL = SitrepProcess.executable
            process.arguments = ["extract", folder.file(name), "-o", folder.file(name + ".yaml")]
            let err = Pipe()
            process.standardError = err
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            processes.append((name, process, err))
        }
        for (name, process, err) in processes {
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .exit, "\(name): sitrep ended by a signal")
            XCTAssertEqual(process.terminationStatus, 0, "\(name): \(message)")
            XCTAssertNoThrow(try SituationReader.load(path: folder.file(name + ".yaml")), name)
        }
    }
}
