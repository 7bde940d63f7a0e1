@testable import SitrepKit
import XCTest

/// Rendering sitreps: golden files, the built-in templates, and template errors that are never silent.
final class RenderingTests: XCTestCase {
    private func render(_ path: String, _ format: ReportFormat) throws -> String {
        let document = try SituationReader.load(path: path)
        let renderer = ReportRenderer(templates: try TemplateSet.builtIn())
        return try renderer.render(document.situation, as: format, fileName: (path as NSString).lastPathComponent)
    }

    /// The committed example reports are the golden files: regenerating gives the same bytes
    /// (`SITREP_RECORD=1` rewrites them, as `sitrep generate` would).
    func testExampleReportsAreGolden() throws {
        for format in ReportFormat.allCases {
            let committed = TestPaths.example.replacingOccurrences(of: ".yaml", with: ".\(format.fileExtension)")
            try assertGolden(try render(TestPaths.example, format), committed)
        }
    }

    func testEveryFieldGoldenMarkdownAndHTML() throws {
        let path = TestPaths.fixture("every-field.yaml")
        try assertGolden(try render(path, .markdown), "every-field.md")
        try assertGolden(try render(path, .html), "every-field.html")
    }

    /// A response's target reads with the same word in the report as in a diff: calm is appealed
    /// for *in* a country, troops requested *from* it, sanctions imposed *on* it.
    func testResponseTargetsReadTheSameInReportsAndDiffs() throws {
        var situation = Situation(id: "test", crisis: "Test", country: Country(code: "KG")!, edition: 1, asOf: SitrepDate("2010-06-14")!)
        let kinds: [ResponseKind] = [.appealForCalm, .troopsRequested, .sanctions, .evacuation, .consultation]
        situation.responses = kinds.map { Response(actor: .country(Country(code: "CN")!), kind: $0, target: .country(Country(code: "KG")!)) }
        let markdown = try ReportRenderer(templates: try TemplateSet.builtIn()).render(situation, as: .markdown, fileName: "test.yaml")
        let expected = ["in", "from", "on", "from", "with"]
        for (kind, preposition) in zip(kinds, expected) {
            XCTAssertEqual(kind.targetPreposition, preposition, "\(kind)")
            XCTAssertTrue(markdown.contains("**\(kind.label)** (\(preposition) Kyrgyzstan)"), "\(kind)")
            let response = Response(actor: .country(Country(code: "CN")!), kind: kind, target: .country(Country(code: "KG")!))
            XCTAssertEqual(DiffLabels.response(response), "China \(kind.clause) \(preposition) Kyrgyzstan")
        }
        XCTAssertEqual(DiffLabels.response(situation.responses[0]), "China appealed for calm in Kyrgyzstan")
    }

    /// The exercise's editions, each rendered with the one before it.
    private func exerciseReport(_ edition: Int, _ format: ReportFormat) throws -> String {
        let folder = TestPaths.repository.appendingPathComponent("Reports/exercise-2031-blue-river").path
        let document = try SituationReader.load(path: "\(folder)/edition-00\(edition).yaml")
        let previous = edition > 1 ? try SituationReader.load(path: "\(folder)/edition-00\(edition - 1).yaml") : nil
        return try ReportRenderer(templates: try TemplateSet.builtIn())
            .render(document.situation, as: format, fileName: "edition-00\(edition).yaml", previous: previous)
    }

    func testChangesSinceThePreviousEdition() throws {
        let markdown = try exerciseReport(2, .markdown)
        XCTAssertTrue(markdown.contains("## Changes since edition 1 (14 March 2031)"))
        XCTAssertTrue(markdown.contains("- People injured: **about 40**, as of 15 March 2031, Riverside General Hospital [5] (▲ +10 since 14 March)"))
        XCTAssertTrue(markdown.contains("(was hundreds on 14 March)"), "a vague word has no delta")
        let html = try exerciseReport(2, .html)
        XCTAssertTrue(html.contains("about 40 people injured, as of 15 March 2031, source Riverside General Hospital; up 10 since 14 March"))
    }

    /// A screen reader hears "hundreds of people displaced", not "hundreds people displaced".
    func testAVagueCountIsSpokenWithOf() throws {
        let html = try exerciseReport(1, .html)
        XCTAssertTrue(html.contains(">hundreds of people displaced, as of 14 March 2031, source Valley Gazette<"), html)
        XCTAssertFalse(html.contains("hundreds people"))
        XCTAssertTrue(Count.endsWithPluralVagueWord("tens of thousands"))
        XCTAssertFalse(Count.endsWithPluralVagueWord("at least 77"))
        XCTAssertFalse(Count.endsWithPluralVagueWord("not known"))
    }

    /// The exercise's committed reports, each generated against the edition before, are golden files too.
    func testExerciseReportsAreGolden() throws {
        let folder = TestPaths.repository.appendingPathComponent("Reports/exercise-2031-blue-river").path
        for edition in 1...3 {
            for format in ReportFormat.allCases {
                try assertGolden(try exerciseReport(edition, format), "\(folder)/edition-00\(edition).\(format.fileExtension)")
            }
        }
    }

    func testSameInputGivesSameBytes() throws {
        XCTAssertEqual(try render(TestPaths.example, .html), try render(TestPaths.example, .html))
        XCTAssertEqual(try render(TestPaths.example, .markdown), try render(TestPaths.example, .markdown))
    }

    func testBuiltInTemplatesEqualTheTemplatesFolder() throws {
        let folder = try TemplateSet.load(directory: TestPaths.repository.appendingPathComponent("Templates").path)
        XCTAssertEqual(folder.files, BuiltinTemplates.files, "Templates/ changed: run scripts/embed-templates")
    }

    func testMarkdownStartsWithTheWholeModelAsFrontMatter() throws {
        let markdown = try render(TestPaths.example, .markdown)
        XCTAssertTrue(markdown.hasPrefix("---\n"))
        let end = try XCTUnwrap(markdown.range(of: "\n---\n"))
        let frontMatter = String(markdown[markdown.index(markdown.startIndex, offsetBy: 4)..<end.lowerBound]) + "\n"
        let original = try SituationReader.load(path: TestPaths.example).situation
        XCTAssertEqual(try SituationReader.read(text: frontMatter, path: "front.yaml").situation, original)
    }

    func testHTMLEmbedsTheModelAsJSON() throws {
        let html = try render(TestPaths.example, .html)
        let start = try XCTUnwrap(html.range(of: "<script type=\"application/json\" id=\"sitrep-data\">\n"))
        let end = try XCTUnwrap(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let json = String(html[start.upperBound..<end.lowerBound])
        let original = try SituationReader.load(path: TestPaths.example).situation
        XCTAssertEqual(try SituationReader.read(text: json, path: "data.json").situation, original)
    }

    func testSeveralFiguresForOneMetricShowAsARangeNeverASum() throws {
        var situation = Situation(id: "t", crisis: "T", country: Country(code: "KG")!, edition: 1, asOf: SitrepDate("2010-06-12")!)
        situation.sources = [Source(id: "a", publisher: "BBC"), Source(id: "b", publisher: "Ministry of Health")]
        situation.casualties = [
            Figure(metric: .killed, count: Count(parsing: "77")!, place: "Osh", source: "a"),
            Figure(metric: .killed, count: Count(parsing: "80")!, place: "Osh", source: "b"),
        ]
        let headline = try XCTUnwrap(KeyFigure.headlines(of: situation).first)
        XCTAssertEqual(headline.countText, "77–80")
        let html = try ReportRenderer(templates: try TemplateSet.builtIn()).render(situation, as: .html, fileName: "t.yaml")
        XCTAssertTrue(html.contains("77–80 killed in Osh, as of 12 June 2010, source BBC for 77 and Ministry of Health for 80"), html)
        XCTAssertFalse(html.contains("157"))
    }

    /// A card that shows several counts ties each to its own source, in the order of the counts,
    /// whatever the order of the file: "77 / at least 100" never reads as the ministry's 77.
    func testEachCountOfAKeyFigureNamesItsOwnSource() throws {
        var situation = Situation(id: "t", crisis: "T", country: Country(code: "KG")!, edition: 2, asOf: SitrepDate("2010-06-13")!)
        situation.sources = [Source(id: "bbc", publisher: "BBC"), Source(id: "moh", publisher: "Kyrgyz Ministry of Health")]
        situation.casualties = [
            Figure(metric: .killed, count: Count(parsing: "at least 100")!, group: "people", place: "Osh", source: "moh"),
            Figure(metric: .killed, count: Count(parsing: "77")!, group: "people", place: "Osh", source: "bbc"),
            Figure(metric: .injured, count: Count(parsing: "300")!, place: "Osh", source: "moh"),
            Figure(metric: .injured, count: Count(parsing: "300")!, place: "Osh", source: "bbc"),
        ]
        let killed = try XCTUnwrap(KeyFigure.headlines(of: situation).first)
        XCTAssertEqual(killed.countText, "77 / at least 100")
        XCTAssertEqual(killed.citations, [KeyFigureCitation(source: "bbc", counts: ["77"]), KeyFigureCitation(source: "moh", counts: ["at least 100"])])
        let renderer = ReportRenderer(templates: try TemplateSet.builtIn())
        let markdown = try renderer.render(situation, as: .markdown, fileName: "t.yaml")
        XCTAssertTrue(markdown.contains("- People killed in Osh: **77 / at least 100**, as of 13 June 2010, BBC [1] for 77, Kyrgyz Ministry of Health [2] for at least 100\n"), markdown)
        XCTAssertTrue(markdown.contains("- Injured in Osh: **300**, as of 13 June 2010, Kyrgyz Ministry of Health [2], BBC [1]\n"), "one count needs no tie: \(markdown)")
        let html = try renderer.render(situation, as: .html, fileName: "t.yaml")
        XCTAssertTrue(html.contains("77 / at least 100 people killed in Osh, as of 13 June 2010, source BBC for 77 and Kyrgyz Ministry of Health for at least 100"), html)
        XCTAssertTrue(html.contains("[1]</a> for 77 · Kyrgyz Ministry of Health&nbsp;"), html)
    }

    /// A qualified figure never hides another ("at least 124" beside 130), and a source that gave
    /// no number is not cited for the number another gave.
    func testAKeyFigureShowsEveryNumberAndCitesOnlyTheSourcesGivingIt() throws {
        func headline(_ counts: [String]) throws -> KeyFigure {
            var situation = Situation(id: "t", crisis: "T", country: Country(code: "KG")!, edition: 1, asOf: SitrepDate("2010-06-14")!)
            situation.casualties = counts.enumerated().map { index, count in
                Figure(metric: .killed, count: Count(parsing: count)!, place: "Osh", source: "s\(index)")
            }
            return try XCTUnwrap(KeyFigure.headlines(of: situation).first)
        }
        XCTAssertEqual(try headline(["at least 124", "130"]).countText, "at least 124 / 130")
        XCTAssertEqual(try headline(["130", "at least 124"]).countText, "at least 124 / 130")
        XCTAssertEqual(try headline(["at least 150", "130"]).countText, "130 / at least 150")
        XCTAssertEqual(try headline(["about 300", "up to 500", "nearly 400"]).countText, "about 300 / nearly 400 / up to 500")
        XCTAssertEqual(try headline(["45,000 to 50,000", "48,000"]).countText, "45,000–50,000")
        // An open end is never swallowed by a range or an equal number, whatever the order.
        XCTAssertEqual(try headline(["120-135", "at least 130"]).countText, "120-135 / at least 130")
        XCTAssertEqual(try headline(["130", "at least 130"]).countText, "130 / at least 130")
        XCTAssertEqual(try headline(["at least 130", "130"]).countText, "130 / at least 130")
        XCTAssertEqual(try headline(["1,000", "more than 1,000"]).countText, "1,000 / more than 1,000")
        XCTAssertEqual(try headline(["1,000", "nearly 1,000"]).countText, "nearly 1,000 / 1,000")
        let unknownBeside = try headline(["unknown", "130"])
        XCTAssertEqual(unknownBeside.countText, "130")
        XCTAssertEqual(unknownBeside.figures.map(\.source), ["s1"])
        let allUnknown = try headline(["unknown", "unknown"])
        XCTAssertEqual(allUnknown.countText, "not known")
        XCTAssertEqual(allUnknown.figures.map(\.source), ["s0", "s1"])
    }

    /// A card's change is against what the card showed the edition before: another place, or a
    /// range that has become one figure, is said as it was shown, never "unchanged".
    func testAKeyFigureChangeComparesWithWhatTheCardShowedBefore() throws {
        func situation(_ edition: Int, _ figures: [(Metric, String, String?, String)]) -> Situation {
            var situation = Situation(id: "t", crisis: "T", country: Country(code: "KG")!, edition: edition, asOf: SitrepDate("2010-06-1\(edition + 1)")!)
            situation.sources = [Source(id: "moh", publisher: "Ministry of Health"), Source(id: "icrc", publisher: "ICRC")]
            situation.casualties = figures.map { Figure(metric: $0.0, count: Count(parsing: $0.1)!, place: $0.2, source: $0.3) }
            return situation
        }
        let before = situation(1, [(.killed, "77", "Osh", "moh"), (.killed, "200", "Jalalabad", "icrc"), (.missing, "between 12 and 15", nil, "icrc"), (.missing, "14", nil, "moh")])
        let after = situation(2, [(.killed, "77", "Osh", "moh"), (.killed, "unknown", "Jalalabad", "icrc"), (.missing, "unknown", nil, "icrc"), (.missing, "14", nil, "moh")])
        let diff = SituationDiff(old: before, new: after, oldFile: "edition-001.yaml", newFile: "edition-002.yaml")
        let markdown = try ReportRenderer(templates: try TemplateSet.builtIn())
            .render(after, as: .markdown, fileName: "edition-002.yaml", chrome: .standalone, previous: before, changes: diff)
        XCTAssertTrue(markdown.contains("- Killed in Osh: **77**, as of 13 June 2010, Ministry of Health [1] (was 200 killed in Jalalabad on 12 June)"), markdown)
        XCTAssertTrue(markdown.contains("- Missing: **14**, as of 13 June 2010, Ministry of Health [1] (was 12–15 on 12 June)"), markdown)
    }

    /// A figure as of an earlier day gives way on the card; one of the edition's own day stays,
    /// though the edition gives a time.
    func testAKeyFigureOfAnEarlierDayGivesWay() throws {
        func headline(editionAsOf: String, _ figures: [(String, String?)]) throws -> String {
            var situation = Situation(id: "t", crisis: "T", country: Country(code: "KG")!, edition: 1, asOf: SitrepDate(editionAsOf)!)
            situation.casualties = figures.enumerated().map { index, figure in
                Figure(metric: .killed, count: Count(parsing: figure.0)!, place: "Osh", asOf: figure.1.flatMap(SitrepDate.init), source: "s\(index)")
            }
            return try XCTUnwrap(KeyFigure.headlines(of: situation).first).countText
        }
        XCTAssertEqual(try headline(editionAsOf: "2010-06-15", [("77", "2010-06-14"), ("120", nil)]), "120")
        XCTAssertEqual(try headline(editionAsOf: "2010-06-14T21:00Z", [("124", nil), ("at least 130", "2010-06-14")]), "124 / at least 130")
        XCTAssertEqual(try headline(editionAsOf: "2010-06-14T02:00+06:00", [("77", nil), ("80", "2010-06-13T20:00Z")]), "77–80",
                       "the same day on the edition's clock")
    }

    /// A count new since the last report is no total: beside totals it leaves the card; alone, the
    /// card says it is new.
    func testAKeyFigureShowsTotalsNotWhatIsNewSinceTheLastReport() throws {
        func headline(_ figures: [(String, FigureScope?)]) throws -> String {
            var situation = Situation(id: "t", crisis: "T", country: Country(code: "KG")!, edition: 1, asOf: SitrepDate("2010-06-14")!)
            situation.casualties = figures.map { figure in
                var made = Figure(metric: .killed, count: Count(parsing: figure.0)!, place: "Osh", source: "s")
                made.scope = figure.1
                return made
            }
            return try XCTUnwrap(KeyFigure.headlines(of: situation).first).countText
        }
        XCTAssertEqual(try headline([("5", .new), ("145", nil)]), "145")
        XCTAssertEqual(try headline([("145", .cumulative), ("5", .new)]), "145")
        XCTAssertEqual(try headline([("5", .new)]), "5 new")
    }

    /// One source's different numbers for one place are a part and its whole, not a range: the card
    /// shows each source's highest, and a range only across sources.
    func testAKeyFigureShowsEachSourcesHighestNumber() throws {
        func headline(_ figures: [(String, String)]) throws -> KeyFigure {
            var situation = Situation(id: "t", crisis: "T", country: Country(code: "KG")!, edition: 1, asOf: SitrepDate("2010-06-14")!)
            situation.casualties = figures.map { Figure(metric: .killed, count: Count(parsing: $0.0)!, source: $0.1) }
            return try XCTUnwrap(KeyFigure.headlines(of: situation).first)
        }
        XCTAssertEqual(try headline([("two", "bbc"), ("10", "bbc")]).countText, "10")
        XCTAssertEqual(try headline([("no one", "bbc"), ("160", "bbc"), ("more than 160", "bbc")]).countText, "160 / more than 160")
        XCTAssertEqual(try headline([("2", "bbc"), ("10", "bbc"), ("12", "moh")]).countText, "10–12")
        XCTAssertEqual(try headline([("130", "bbc"), ("at least 130", "bbc")]).countText, "130 / at least 130")
        var marked = try headline([("two", "bbc"), ("10", "bbc")])
        XCTAssertEqual(marked.figures.map(\.count.text), ["10"])
        var situation = Situation(id: "t", crisis: "T", country: Country(code: "KG")!, edition: 1, asOf: SitrepDate("2010-06-14")!)
        situation.casualties = [Figure(metric: .killed, count: Count(parsing: "2")!, headline: true, source: "bbc"),
                                Figure(metric: .killed, count: Count(parsing: "10")!, headline: true, source: "bbc")]
        marked = try XCTUnwrap(KeyFigure.headlines(of: situation).first)
        XCTAssertEqual(marked.countText, "2–10", "figures marked as the headline are shown as marked")
    }

    func testUnknownVariableIsAnErrorNamingTemplateAndVariable() throws {
        var files = BuiltinTemplates.files
        files["sitrep.md.mustache"] = "{{crisis}} {{casualtyTotal}}"
        let templates = try TemplateSet(files: files, origin: "custom")
        let situation = try SituationReader.load(path: TestPaths.example).situation
        XCTAssertThrowsError(try ReportRenderer(templates: templates).render(situation, as: .markdown, fileName: "x")) { error in
            XCTAssertEqual((error as? SitrepError)?.message,
                           "custom/sitrep.md.mustache: unknown variable 'casualtyTotal'; sitrep provides no value by that name here")
        }
    }

    func testMissingPartialAndMissingTemplateAreErrors() throws {
        var files = BuiltinTemplates.files
        files["sitrep.html.mustache"] = "{{> partials/nowhere.html}}"
        XCTAssertThrowsError(try TemplateSet(files: files, origin: "custom")) { error in
            XCTAssertEqual((error as? SitrepError)?.message,
                           "custom/sitrep.html.mustache: partial 'partials/nowhere.html' names no template (expected partials/nowhere.html.mustache)")
        }
        files = BuiltinTemplates.files
        files["sitrep.md.mustache"] = nil
        XCTAssertThrowsError(try TemplateSet(files: files, origin: "custom")) { error in
            XCTAssertEqual((error as? SitrepError)?.message, "custom: template 'sitrep.md.mustache' is missing")
        }
        XCTAssertThrowsError(try TemplateSet.load(directory: "/nonexistent/templates")) { error in
            XCTAssertEqual((error as? SitrepError)?.message, "/nonexistent/templates: templates folder not found")
        }
    }

    func testTemplateSyntaxErrorNamesFileLineAndColumn() throws {
        var files = BuiltinTemplates.files
        files["sitrep.md.mustache"] = "line one\n{{#open}} never closed"
        XCTAssertThrowsError(try TemplateSet(files: files, origin: "custom")) { error in
            let message = (error as? SitrepError)?.message ?? ""
            XCTAssertTrue(message.hasPrefix("custom/sitrep.md.mustache:2:"), message)
        }
        files = BuiltinTemplates.files
        files["sitrep.html.mustache"] = "line one\n{{#open}} never closed"
        XCTAssertThrowsError(try TemplateSet(files: files, origin: "custom")) { error in
            let message = (error as? SitrepError)?.message ?? ""
            XCTAssertTrue(message.hasPrefix("custom/sitrep.html.mustache:2:"), message)
        }
    }

    func testAMarkAfterAQuoteCannotHideItFromEscaping() throws {
        var files = BuiltinTemplates.files
        files["sitrep.html.mustache"] = "<p title=\"{{crisis}}\">{{> partials/mark.html}}</p>"
        files["partials/mark.html.mustache"] = "<i title='{{crisis}}'>{{crisis}}</i>"
        let templates = try TemplateSet(files: files, origin: "custom")
        var situation = try SituationReader.load(path: TestPaths.example).situation
        situation.crisis = "\"\u{301} onmouseover=alert(1) '\u{301} <\u{301}b> &\u{301}"
        let html = try ReportRenderer(templates: templates).render(situation, as: .html, fileName: "x")
        let escaped = "&quot;\u{301} onmouseover=alert(1) &#39;\u{301} &lt;\u{301}b&gt; &amp;\u{301}"
        XCTAssertEqual(html, "<p title=\"\(escaped)\"><i title='\(escaped)'>\(escaped)</i></p>")
        XCTAssertEqual(HTMLEscapedContentType.escape("plain text, no marks"), "plain text, no marks")
    }

    func testTrimmingRemovesWhatFoundationRemoves() {
        let samples = (0...0x3000).compactMap(Unicode.Scalar.init).filter { $0.properties.isWhitespace || $0.value < 0x100 }
        for scalar in samples {
            let text = "\(scalar)\(scalar) a\(scalar)b \(scalar)"
            XCTAssertEqual(text.trimmingWhitespace, text.trimmingCharacters(in: .whitespacesAndNewlines), "U+\(String(scalar.value, radix: 16))")
        }
        XCTAssertEqual(" \n\t ".trimmingWhitespace, "")
    }

    func testForbiddenCharactersAreReplacedAndEverythingElseKept() {
        let kept = "tab\tline\ncr\r · é \u{A0} \u{FFFD} \u{EFFFF} \u{2028} 😀"
        XCTAssertEqual(ForbiddenCharacters.replaced(in: kept), kept)
        XCTAssertEqual(ForbiddenCharacters.replaced(in: "a\u{0}b\u{1B}c\u{7F}d\u{85}e\u{9F}f\u{FFFE}g\u{FFFF}"),
                       "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f\u{FFFD}g\u{FFFD}")
    }

    func testTheMarkdownSitrepCarriesNoRawHTMLAndNoLinkTheHTMLOneWouldNotMake() throws {
        var situation = try SituationReader.load(path: TestPaths.example).situation
        situation.summary = "See <script>alert(1)</script> and [details](javascript:alert(1)), [ok](https://example.org).\n\n"
            + "<div onclick=x>block</div>\n\n<iframe src=x></iframe>\n\n![x](JavaScript:alert(1)) [t](<java\tscript:x>) [d](data:text/html,x) <vbscript:x>"
        situation.highlights = ["<img src=x onerror=alert(1)>", "[a](file:///etc/passwd) *kept*"]
        let markdown = try ReportRenderer(templates: try TemplateSet.builtIn()).render(situation, as: .markdown, fileName: "x.yaml")
        let body = String(markdown[markdown.range(of: "\n---\n", range: markdown.index(after: markdown.startIndex)..<markdown.endIndex)!.upperBound...])
        for unsafe in ["<script", "<div", "<iframe", "<img", "javascript:", "java\tscript", "<vbscript", "(vbscript", "file:", "data:text"] {
            XCTAssertFalse(body.lowercased().contains(unsafe), "\(unsafe) in:\n\(body)")
        }
        XCTAssertTrue(body.contains("See alert(1) and [details](), [ok](https://example.org)."), body)
        XCTAssertTrue(body.contains("- [a]() *kept*"), body)
        let archived = try EditionReader.read(text: markdown, path: "x.md").situation
        XCTAssertEqual(archived.summary, situation.summary, "the front matter keeps the text as written")
        XCTAssertEqual(archived.highlights, situation.highlights)

        let plain = "Clashes in *Osh*.\n\n- one\n- two [BBC](http://news.bbc.co.uk/) ![m](data:image/png;base64,AA)"
        XCTAssertEqual(CMark.safeMarkdown(plain), plain, "safe Markdown is left as it was written")
    }

    func testOnlyAPlainAddressIsLinkedAsMailto() throws {
        var situation = try SituationReader.load(path: TestPaths.example).situation
        situation.contacts = [
            Contact(name: "Duty", email: "duty.officer+sitrep@example-relief.org"),
            Contact(name: "Copied", email: "duty@example.org?bcc=attacker@example.net&subject=x"),
            Contact(name: "Script", email: "javascript:alert(1)"),
            Contact(name: "Two", email: "a@b@example.org"),
        ]
        let html = try ReportRenderer(templates: try TemplateSet.builtIn()).render(situation, as: .html, fileName: "x.yaml")
        XCTAssertTrue(html.contains("<a href=\"mailto:duty.officer+sitrep@example-relief.org\">duty.officer+sitrep@example-relief.org</a>"), html)
        XCTAssertEqual(html.components(separatedBy: "mailto:").count, 2, "only the plain address is a link")
        XCTAssertTrue(html.contains(" · duty@example.org?bcc=attacker@example.net&amp;subject=x</li>"), "shown as text")
        for email in ["duty@example", "@example.org", "duty@-x.org", "duty@example..org", "du ty@example.org", "duty@exa/mple.org"] {
            XCTAssertNil(Contact(name: "x", email: email).linkableEmail, email)
        }
        XCTAssertEqual(Contact(name: "x", email: "o'neil@пример.рф").linkableEmail, "o'neil@пример.рф")
    }

    func testMarkdownEscapingReadsCodePointsAndFoldsLineBreaks() {
        XCTAssertEqual(MarkdownContentType.escape("[\u{301}x](javascript:alert(1)) <\u{301}b> *a*"),
                       "\\[\u{301}x\\](javascript:alert(1)) \\<\u{301}b\\> \\*a\\*")
        XCTAssertEqual(MarkdownContentType.escape("one\r\ntwo\nthree\rfour\u{2028}five"), "one two three four five")
    }
}
