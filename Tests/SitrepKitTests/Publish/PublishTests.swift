@testable import SitrepKit
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// `sitrep publish`: the site's files, determinism, all-or-nothing replacement and refusals.
final class PublishTests: XCTestCase {
    private var scratch: URL!

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-publish-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: scratch)
    }

    private var reports: String { TestPaths.repository.appendingPathComponent("Reports").path }

    private func publisher() throws -> SitePublisher {
        SitePublisher(templates: try TemplateSet.builtIn(), baseURL: "https://example.org/sitreps/")
    }


    func testPublishesEveryPageFeedAndExportForTheReportsFolder() throws {
        let site = scratch.appendingPathComponent("site").path
        let summary = try publisher().publish(reports: reports, to: site)
        let files = try snapshot(site)
        XCTAssertEqual(Set(files.keys), Set(summary.files))
        for crisis in try SiteInput.load(directory: reports, inspect: { _ in [] }).crises {
            XCTAssertNotNil(files["\(crisis.id)/index.html"])
            XCTAssertNotNil(files["\(crisis.id)/data/\(crisis.id)-figures.csv"])
            for (index, edition) in crisis.editions.enumerated() {
                let number = edition.situation.edition
                XCTAssertNotNil(files["\(crisis.id)/edition-\(number).html"])
                XCTAssertNotNil(files["\(crisis.id)/data/edition-\(number).json"])
                XCTAssertEqual(files["\(crisis.id)/changes-\(number).html"] != nil, index > 0, "a diff page for each pair of editions")
            }
        }
        for name in ["index.html", "style.css", "feed.xml", ".sitrep-site"] {
            XCTAssertNotNil(files[name], name)
        }
        let edition = String(decoding: try XCTUnwrap(files["kyrgyzstan-2010-osh/edition-1.html"]), as: UTF8.self)
        XCTAssertTrue(edition.contains("<link rel=\"stylesheet\" href=\"../style.css\">"))
        XCTAssertFalse(edition.contains("<style>"), "site pages share one stylesheet")
        for page in files.keys where page.hasSuffix(".html") {
            let html = String(decoding: files[page]!, as: UTF8.self)
            XCTAssertFalse(html.contains("href=\"/"), "\(page): links are relative")
            XCTAssertFalse(html.contains("http://localhost"), page)
        }
    }

    func testEditionPagesLinkTheirNeighboursAndShowTheChanges() throws {
        let site = scratch.appendingPathComponent("site").path
        _ = try publisher().publish(reports: reports, to: site)
        let page = try String(contentsOfFile: "\(site)/exercise-2031-blue-river/edition-2.html", encoding: .utf8)
        for link in [
            "<a href=\"edition-1.html\" rel=\"prev\">← No. 1</a>", "<a href=\"edition-3.html\" rel=\"next\">No. 3 →</a>",
            "<a href=\"changes-2.html\">Changes since No. 1</a>", "<a href=\"index.html\" rel=\"up\">",
        ] {
            XCTAssertTrue(page.contains(link), link)
        }
        XCTAssertTrue(page.contains("<h2 id=\"changes\">Changes since edition 1 (14 March 2031)</h2>"))
        let diff = try String(contentsOfFile: "\(site)/exercise-2031-blue-river/changes-2.html", encoding: .utf8)
        XCTAssertTrue(diff.contains("<link rel=\"stylesheet\" href=\"../style.css\">"))
        XCTAssertTrue(diff.contains("NO–SE: restricted → closed"), "the diff page shows the border change")
    }

    func testSameInputsGiveAByteIdenticalSite() throws {
        let first = scratch.appendingPathComponent("one").path, second = scratch.appendingPathComponent("two").path
        _ = try publisher().publish(reports: reports, to: first)
        _ = try publisher().publish(reports: reports, to: second)
        XCTAssertEqual(try snapshot(first), try snapshot(second))
    }

    func testTheSiteIsTheSameHoweverTheReportsFolderIsSpelled() throws {
        let first = scratch.appendingPathComponent("one").path, second = scratch.appendingPathComponent("two").path
        _ = try publisher().publish(reports: reports, to: first)
        _ = try publisher().publish(reports: reports + "/../Reports/.", to: second)
        let files = try snapshot(first)
        XCTAssertEqual(files, try snapshot(second))
        for (name, bytes) in files {
            XCTAssertFalse(String(decoding: bytes, as: UTF8.self).contains(TestPaths.repository.path), "\(name) shows the publisher's folders")
        }
    }

    func testExportsOfTheExample() throws {
        let site = scratch.appendingPathComponent("site").path
        _ = try publisher().publish(reports: reports, to: site)
        let csv = try String(contentsOfFile: "\(site)/kyrgyzstan-2010-osh/data/kyrgyzstan-2010-osh-figures.csv", encoding: .utf8)
        try assertGolden(csv, "publish/kyrgyzstan-2010-osh-figures.csv")
        let lines = csv.components(separatedBy: "\r\n")
        XCTAssertTrue(lines[1].hasPrefix("#date+reported,#meta+edition,#country+code,#country+name,#adm1+name,#population+type,#indicator+name,#affected+killed,"))
        let json = try String(contentsOfFile: "\(site)/kyrgyzstan-2010-osh/data/edition-1.json", encoding: .utf8)
        XCTAssertEqual(try SituationReader.read(text: json, path: "e.json").situation,
                       try SituationReader.load(path: TestPaths.example).situation)
    }

    func testFeedIsAtomWithAbsoluteLinksUnderTheBaseURL() throws {
        let site = scratch.appendingPathComponent("site").path
        _ = try publisher().publish(reports: reports, to: site)
        let feed = try String(contentsOfFile: "\(site)/feed.xml", encoding: .utf8)
        XCTAssertTrue(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"))
        XCTAssertTrue(feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://example.org/sitreps/kyrgyzstan-2010-osh/edition-1.html\"/>"))
        let parser = XMLParser(data: Data(feed.utf8))
        XCTAssertTrue(parser.parse(), "feed.xml is well-formed XML: \(String(describing: parser.parserError))")
    }

    func testAFailureLeavesThePreviousSiteUntouched() throws {
        let site = scratch.appendingPathComponent("site").path
        _ = try publisher().publish(reports: reports, to: site)
        let before = try snapshot(site)

        // A bad situation file: fails while reading.
        let badReports = scratch.appendingPathComponent("reports").path
        try FileManager.default.createDirectory(atPath: "\(badReports)/broken", withIntermediateDirectories: true)
        try "sitrep: 1\nid: broken\ncrisis: x\ncountry: KG\nedition: one\nas_of: 2010-06-12\n"
            .write(toFile: "\(badReports)/broken/edition-1.yaml", atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try publisher().publish(reports: badReports, to: site)) { error in
            XCTAssertTrue("\(error)".contains("broken/edition-1.yaml:5:10: error: expected a whole number, found 'one'"), "\(error)")
        }
        XCTAssertEqual(try snapshot(site), before)

        // A failure injected half way: edition pages are written, then the crisis page's template fails.
        var files = BuiltinTemplates.files
        files["site/crisis.html.mustache"] = "{{noSuchValue}}"
        let failing = SitePublisher(templates: try TemplateSet(files: files, origin: "broken-templates"))
        XCTAssertThrowsError(try failing.publish(reports: reports, to: site)) { error in
            XCTAssertEqual((error as? SitrepError)?.message,
                           "publish step 'crisis pages': broken-templates/site/crisis.html.mustache: unknown variable 'noSuchValue'; sitrep provides no value by that name here")
        }
        XCTAssertEqual(try snapshot(site), before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter { $0.hasPrefix(".") }
        XCTAssertEqual(leftovers, [], "no temporary folder is left behind")
    }

    func testACSVCellIsTextAndNeverAFormula() {
        XCTAssertEqual(HXLExport.cell("=SUM(A1)"), "'=SUM(A1)")
        XCTAssertEqual(HXLExport.cell("a, \"b\""), "\"a, \"\"b\"\"\"")
        XCTAssertEqual(HXLExport.cell("NUL\u{0} ESC\u{1B} \u{FFFE}"), "NUL\u{FFFD} ESC\u{FFFD} \u{FFFD}")
        XCTAssertEqual(HXLExport.cell("-12"), "-12")
    }

    func testACSVCellReadsCodePointsNotCharacters() {
        // `=` and a combining acute accent are one Character, which is not `=`.
        XCTAssertEqual(HXLExport.cell("=\u{301}HYPERLINK(1)"), "'=\u{301}HYPERLINK(1)")
        XCTAssertEqual(HXLExport.cell("+\u{200D}1"), "'+\u{200D}1")
        XCTAssertEqual(HXLExport.cell("@\u{FE0F}SUM(A1)"), "'@\u{FE0F}SUM(A1)")
        XCTAssertEqual(HXLExport.cell("-\u{308}1"), "'-\u{308}1")
        // Spaces and invisible format characters before the sign do not hide it.
        XCTAssertEqual(HXLExport.cell(" =1+1"), "' =1+1")
        XCTAssertEqual(HXLExport.cell("\u{200B}=1+1"), "'\u{200B}=1+1")
        XCTAssertEqual(HXLExport.cell("Osh =1"), "Osh =1")
        // A comma or quote carrying a combining mark, and a CR LF line break, still quote the cell.
        XCTAssertEqual(HXLExport.cell("a,\u{301}b"), "\"a,\u{301}b\"")
        XCTAssertEqual(HXLExport.cell("a\"\u{301}b"), "\"a\"\"\u{301}b\"")
        XCTAssertEqual(HXLExport.cell("a\r\nb"), "\"a\r\nb\"")
    }

    func testTheSummaryCountsInWords() {
        XCTAssertEqual(SitePublisher.Summary(crises: 1, editions: 1, files: ["a"]).counts, "1 crisis, 1 edition, 1 file")
        XCTAssertEqual(SitePublisher.Summary(crises: 2, editions: 4, files: ["a", "b"]).counts, "2 crises, 4 editions, 2 files")
    }

    func testASiteFileThatCannotBeWrittenIsNamedWithTheReason() throws {
        let root = scratch.appendingPathComponent("staging").path
        try FileManager.default.createDirectory(atPath: "\(root)/crisis/edition-1.html", withIntermediateDirectories: true)
        var build = SiteBuild(root: root)
        try build.write("{}", to: "crisis/data/edition-1.json")
        XCTAssertThrowsError(try build.write("<p>", to: "crisis/edition-1.html")) { error in
            XCTAssertEqual((error as? SitrepError)?.message, "\(root)/crisis/edition-1.html: cannot be written: Is a directory")
        }
        XCTAssertEqual(build.written, ["crisis/data/edition-1.json"])
        XCTAssertEqual(try String(contentsOfFile: "\(root)/crisis/data/edition-1.json", encoding: .utf8), "{}")
    }

    func testRefusesToPublishAnEditionCheckRejects() throws {
        let reportsCopy = scratch.appendingPathComponent("reports").path
        let crisis = "\(reportsCopy)/exercise-2031-blue-river"
        try FileManager.default.createDirectory(atPath: reportsCopy, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: "\(reports)/exercise-2031-blue-river", toPath: crisis)
        let copied = try String(contentsOfFile: "\(crisis)/edition-003.yaml", encoding: .utf8)
            .replacingOccurrences(of: "\nedition: 3\n", with: "\nedition: 4\n")
            .replacingOccurrences(of: "\nas_of: 2031-03-16", with: "\nas_of: 2031-03-17")
        try copied.write(toFile: "\(crisis)/edition-004.yaml", atomically: true, encoding: .utf8)
        let site = scratch.appendingPathComponent("site").path
        XCTAssertThrowsError(try publisher().publish(reports: reportsCopy, to: site)) { error in
            let message = (error as? SitrepError)?.message ?? "\(error)"
            XCTAssertTrue(message.hasPrefix("an edition has an error; nothing was published"), message)
            XCTAssertTrue(message.contains("edition-004.yaml:"), message)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: site))
    }

    /// One run lists every problem, each at its line: a file that does not read does not hide the
    /// others' errors, and editions that share a number are pointed at.
    func testRefusalListsEveryProblemInEveryCrisis() throws {
        let reportsCopy = scratch.appendingPathComponent("reports").path
        try FileManager.default.createDirectory(atPath: reportsCopy, withIntermediateDirectories: true)
        for crisis in ["exercise-2031-blue-river", "kyrgyzstan-2010-osh"] {
            try FileManager.default.copyItem(atPath: "\(reports)/\(crisis)", toPath: "\(reportsCopy)/\(crisis)")
        }
        let river = "\(reportsCopy)/exercise-2031-blue-river"
        // Edition 2 dated before edition 1 (a history error), edition 3 misquoted, an unreadable
        // edition 4 after them, and a broken twin in another crisis: all in one run.
        let earlier = try String(contentsOfFile: "\(river)/edition-002.yaml", encoding: .utf8)
            .replacingOccurrences(of: "\nas_of: 2031-03-15", with: "\nas_of: 2031-03-13")
        try earlier.write(toFile: "\(river)/edition-002.yaml", atomically: true, encoding: .utf8)
        let misquoted = try String(contentsOfFile: "\(river)/edition-003.yaml", encoding: .utf8)
            .replacingOccurrences(of: "quote: At least 11 people have died in Riverside.", with: "quote: At least 12 people have died in Riverside.")
        try misquoted.write(toFile: "\(river)/edition-003.yaml", atomically: true, encoding: .utf8)
        let unreadable = try String(contentsOfFile: "\(river)/edition-003.yaml", encoding: .utf8)
            .replacingOccurrences(of: "\nedition: 3\n", with: "\nedition: 4\n").replacingOccurrences(of: "metric: injured", with: "metric: injurd")
        try unreadable.write(toFile: "\(river)/edition-004.yaml", atomically: true, encoding: .utf8)
        let osh = "\(reportsCopy)/kyrgyzstan-2010-osh"
        let twin = try String(contentsOfFile: "\(osh)/edition-001.yaml", encoding: .utf8)
            .replacingOccurrences(of: "\nas_of: 2010-06-12", with: "\nas_of: 2010-06-13")
        try twin.write(toFile: "\(osh)/edition-001b.yaml", atomically: true, encoding: .utf8)
        let site = scratch.appendingPathComponent("site").path
        XCTAssertThrowsError(try publisher().publish(reports: reportsCopy, to: site)) { error in
            let message = (error as? SitrepError)?.message ?? "\(error)"
            let lines = message.split(separator: "\n").map(String.init)
            XCTAssertEqual(lines.first, "editions have 4 errors; nothing was published (sitrep check shows them too):")
            XCTAssertEqual(lines.count, 5, message)
            XCTAssertTrue(lines.contains { $0.hasPrefix("\(river)/edition-002.yaml:7:8: error: as_of '2031-03-13' is not later") }, "history: \(message)")
            XCTAssertTrue(lines.contains { $0.hasPrefix("\(river)/edition-003.yaml:43:12: error: ") }, "an unreadable edition hides no other's errors: \(message)")
            XCTAssertTrue(lines.contains { $0.hasPrefix("\(river)/edition-004.yaml:") && $0.contains("'injurd' is not a valid metric") }, message)
            XCTAssertTrue(lines.contains("\(osh)/edition-001b.yaml:6:10: error: edition 1 is also \(osh)/edition-001.yaml; each edition needs its own number"), message)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: site))
    }

    /// A trend follows the latest headline's place through the editions: Osh's 77 is never joined
    /// to Jalalabad's 200 as if one number rose.
    func testATrendNeverJoinsTwoPlaces() throws {
        let crisis = scratch.appendingPathComponent("reports/t").path
        try FileManager.default.createDirectory(atPath: crisis, withIntermediateDirectories: true)
        func edition(_ number: Int, _ figures: [(String, String)]) -> String {
            var text = "sitrep: 1\nid: t\ncrisis: T\ncountry: KG\nedition: \(number)\nas_of: 2010-06-1\(number + 1)\ncasualties:\n"
            for (count, place) in figures { text += "  - metric: killed\n    count: \(count)\n    place: \(place)\n    source: s\n" }
            return text + "sources:\n  - id: s\n    publisher: Ministry of Health\n"
        }
        try edition(1, [("77", "Osh")]).write(toFile: "\(crisis)/edition-001.yaml", atomically: true, encoding: .utf8)
        try edition(2, [("80", "Osh"), ("200", "Jalalabad")]).write(toFile: "\(crisis)/edition-002.yaml", atomically: true, encoding: .utf8)
        let site = scratch.appendingPathComponent("site").path
        _ = try publisher().publish(reports: scratch.appendingPathComponent("reports").path, to: site)
        let page = try String(contentsOfFile: "\(site)/t/index.html", encoding: .utf8)
        XCTAssertTrue(page.contains("Killed in Jalalabad, by edition: 200 on 13 June 2010."), page)
        XCTAssertFalse(page.contains("from 77"), page)
        // A metric the latest edition no longer reports keeps its trend (the exercise's stranded).
        let shipped = scratch.appendingPathComponent("shipped").path
        _ = try publisher().publish(reports: reports, to: shipped)
        let exercise = try String(contentsOfFile: "\(shipped)/exercise-2031-blue-river/index.html", encoding: .utf8)
        XCTAssertTrue(exercise.contains("id=\"trend-stranded-title\""), exercise)
    }

    func testRefusesOutputFoldersItMustNotReplace() throws {
        let publisher = try publisher()
        XCTAssertThrowsError(try publisher.publish(reports: reports, to: reports)) { error in
            XCTAssertTrue("\(error)".contains("the output folder is the reports folder or holds it"), "\(error)")
        }
        XCTAssertThrowsError(try publisher.publish(reports: reports, to: TestPaths.repository.path)) { error in
            XCTAssertTrue("\(error)".contains("the output folder is the reports folder or holds it"), "\(error)")
        }
        XCTAssertThrowsError(try publisher.publish(reports: reports, to: "\(reports)/site")) { error in
            XCTAssertTrue("\(error)".contains("inside the reports folder"), "\(error)")
        }
        let precious = scratch.appendingPathComponent("precious").path
        try FileManager.default.createDirectory(atPath: precious, withIntermediateDirectories: true)
        try "thesis".write(toFile: "\(precious)/thesis.txt", atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try publisher.publish(reports: reports, to: precious)) { error in
            XCTAssertTrue("\(error)".contains("does not look like a site sitrep published"), "\(error)")
        }
        XCTAssertEqual(try String(contentsOfFile: "\(precious)/thesis.txt", encoding: .utf8), "thesis")
    }

    func testAFolderWithNoCrisisNeverReplacesTheSite() throws {
        let site = scratch.appendingPathComponent("site").path
        let published = try snapshot(try { _ = try publisher().publish(reports: reports, to: site); return site }())
        let crisisFolder = "\(reports)/kyrgyzstan-2010-osh"
        XCTAssertThrowsError(try publisher().publish(reports: crisisFolder, to: site)) { error in
            XCTAssertEqual("\(error)", "\(crisisFolder): holds no crisis folder, but situation files of its own (edition-001.yaml): it looks like one crisis's folder; publish its parent, \(reports), which holds one folder per crisis; nothing was published")
        }
        let empty = scratch.appendingPathComponent("empty").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        XCTAssertThrowsError(try publisher().publish(reports: empty, to: site)) { error in
            XCTAssertEqual("\(error)", "\(empty): holds no crisis folder (a sub-folder with situation files in it); nothing was published")
        }
        XCTAssertEqual(try snapshot(site), published, "the published site is left as it was")
        let command = try runSitrep(["publish", ".", "-o", site], in: crisisFolder)
        XCTAssertEqual(command.status, 2)
        XCTAssertTrue(command.err.contains(".: holds no crisis folder, but situation files of its own (edition-001.yaml): it looks like one crisis's folder; publish its parent folder"), command.err)
    }

    func testAnOutputReachedThroughALinkIntoTheReportsFolderIsRefusedBeforeItExists() throws {
        let copy = scratch.appendingPathComponent("R").path
        try FileManager.default.copyItem(atPath: reports, toPath: copy)
        try FileManager.default.createSymbolicLink(atPath: scratch.appendingPathComponent("linkR").path, withDestinationPath: "R")
        for output in ["linkR/site", "linkR/deeper/site", "linkR/../R/site"] {
            let result = try runSitrep(["publish", "R", "-o", output], in: scratch.path)
            XCTAssertEqual(result.status, 2, output)
            XCTAssertTrue(result.err.contains("the output folder is inside the reports folder"), result.err)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: copy).sorted(), ["exercise-2031-blue-river", "kyrgyzstan-2010-osh"])
        XCTAssertEqual(SiteFolder.resolved(scratch.appendingPathComponent("linkR/new/site").path),
                       SiteFolder.resolved(copy) + "/new/site")
    }

    func testPathsThatWouldLeaveTheSiteAreErrors() {
        for relative in ["../escape.html", "/etc/passwd", "a/../../b", "a//b", "a/./b", "nul\0l"] {
            XCTAssertThrowsError(try SiteFolder.path(relative, in: "/tmp/site"), relative)
        }
        XCTAssertEqual(try? SiteFolder.path("crisis/edition-1.html", in: "/tmp/site"), "/tmp/site/crisis/edition-1.html")
    }

    func testTrendChartDescribesItsNumbers() throws {
        let chart = TrendChart(id: "t", title: "Killed, by edition", points: [
            .init(date: SitrepDate("2031-04-01")!, value: 12, label: "at least 12"),
            .init(date: SitrepDate("2031-04-03")!, value: 20, label: "20"),
        ])
        XCTAssertEqual(chart.description, "Killed, by edition rose from at least 12 on 1 April 2031 to 20 on 3 April 2031, over 2 editions.")
        XCTAssertTrue(chart.svg.contains("<title id=\"t-title\">Killed, by edition</title>"))
        XCTAssertEqual(TrendChart.niceCeiling(77), 100)
        XCTAssertEqual(TrendChart.niceCeiling(2_001), 5_000)
    }

    /// A trend plotted flat at 77 whose card went from "77" to "77 / at least 100" changed; it never
    /// "stayed". The site's index ties each of the card's counts to its own source.
    func testATrendWhoseWordsChangedAtOneNumberSaysSo() throws {
        let crisis = scratch.appendingPathComponent("reports/osh").path
        try FileManager.default.createDirectory(atPath: crisis, withIntermediateDirectories: true)
        func edition(_ number: Int, _ figures: [(String, String)]) -> String {
            var text = "sitrep: 1\nid: osh\ncrisis: Osh\ncountry: KG\nedition: \(number)\nas_of: 2010-06-1\(number + 1)\ncasualties:\n"
            for (count, source) in figures { text += "  - metric: killed\n    count: \(count)\n    group: people\n    place: Osh\n    source: \(source)\n" }
            return text + "sources:\n  - id: bbc\n    publisher: BBC\n  - id: moh\n    publisher: Kyrgyz Ministry of Health\n"
        }
        try edition(1, [("77", "bbc")]).replacingOccurrences(of: "  - id: moh\n    publisher: Kyrgyz Ministry of Health\n", with: "")
            .write(toFile: "\(crisis)/edition-001.yaml", atomically: true, encoding: .utf8)
        try edition(2, [("at least 100", "moh"), ("77", "bbc")]).write(toFile: "\(crisis)/edition-002.yaml", atomically: true, encoding: .utf8)
        let site = scratch.appendingPathComponent("site").path
        _ = try publisher().publish(reports: scratch.appendingPathComponent("reports").path, to: site)
        let page = try String(contentsOfFile: "\(site)/osh/index.html", encoding: .utf8)
        XCTAssertTrue(page.contains("People killed in Osh, by edition changed from 77 on 12 June 2010 to 77 / at least 100 on 13 June 2010, over 2 editions."), page)
        XCTAssertFalse(page.contains("stayed"), page)
        let index = try String(contentsOfFile: "\(site)/index.html", encoding: .utf8)
        XCTAssertTrue(index.contains("as of 13 June 2010 · BBC for 77 · Kyrgyz Ministry of Health for at least 100</p>"), index)
        XCTAssertTrue(index.contains("source BBC for 77 and Kyrgyz Ministry of Health for at least 100"), index)
    }

    func testXMLEscapingReadsCodePoints() {
        XCTAssertEqual(XML.escape("\"\u{301} a='\u{301}' <\u{301}b> &\u{301}"),
                       "&quot;\u{301} a=&apos;\u{301}&apos; &lt;\u{301}b&gt; &amp;\u{301}")
        XCTAssertEqual(XML.escape("line\r\nnext\u{1B}[31m\u{0}\ttab"), "line\r\nnext[31m\ttab")
    }
}

extension PublishTests {
    /// A count new since the last edition and a total of one edition, place and source must be
    /// told apart in the export, or summing a column mixes them.
    func testTheExportSaysEachFiguresScope() throws {
        var situation = Situation(id: "malawi", crisis: "Floods", country: Country(code: "MW")!, edition: 2, asOf: SitrepDate("2025-03-15")!)
        situation.displacement = [
            Figure(metric: .displaced, count: Count(parsing: "5000")!, place: "Nsanje", source: "a"),
            Figure(metric: .displaced, count: Count(parsing: "2000")!, place: "Nsanje", scope: .new, source: "a"),
        ]
        let crisis = PublishedCrisis(id: "malawi", editions: [PublishedEdition(situation: situation, path: "edition-002.yaml")])
        let lines = HXLExport.csv(for: crisis).components(separatedBy: "\r\n").map { $0.components(separatedBy: ",") }
        let column = try XCTUnwrap(lines[1].firstIndex(of: "#meta+scope"))
        XCTAssertEqual(lines[0][column], "Scope")
        XCTAssertEqual([lines[2][column], lines[3][column]], ["cumulative", "new"])
    }
}
