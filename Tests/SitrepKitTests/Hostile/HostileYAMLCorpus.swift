import Foundation

/// One hostile situation file: its text and what reading it must give.
struct HostileYAMLCase {
    /// What reading the file must give.
    enum Expectation {
        /// An error whose first diagnostic is on this line (nil: the error has no line, as for an empty file).
        case error(line: Int?)
        /// The file is read.
        case accepted
        /// Either, but an error names its line.
        case either
    }

    let name: String
    let text: String
    let expected: Expectation
}

/// The hostile situation files, generated from a small valid one: syntax errors of every kind,
/// tabs, duplicate keys, aliases and alias bombs, deep nesting, wrong types in every field, bad
/// counts, dates, enum values, countries and ids.
enum HostileYAMLCorpus {
    /// A valid situation; every case changes it. Line numbers are those of this text.
    static let base = """
        sitrep: 1
        id: hostile-test
        crisis: Hostile input test
        country: KG
        places: [Osh, Jalalabad]
        edition: 1
        as_of: 2010-06-12
        summary: Clashes in Osh.
        highlights:
          - 77 people killed
        casualties:
          - metric: killed
            count: 77
            group: people
            place: Osh
            source: src
            quote: 77 people were killed.
        borders:
          - between: [KG, UZ]
            status: restricted
            source: src
        aid_flights:
          - from: RU
            to: KG
            purpose: [relief]
            status: dispatched
            source: src
        responses:
          - actor: RU
            kind: troops_declined
            source: src
        sources:
          - id: src
            url: https://example.org/a
            publisher: Example
            type: media
            published: 2010-06-12

        """

    /// `base` with line `number` (from 1) replaced by `text` (which may hold several lines).
    static func replacing(line number: Int, with text: String) -> String {
        var lines = base.components(separatedBy: "\n")
        lines[number - 1] = text
        return lines.joined(separator: "\n")
    }

    /// `base` with `text` inserted before line `number`.
    static func inserting(_ text: String, before number: Int) -> String {
        var lines = base.components(separatedBy: "\n")
        lines.insert(text, at: number - 1)
        return lines.joined(separator: "\n")
    }

    static func bad(_ name: String, line: Int, _ replacement: String) -> HostileYAMLCase {
        HostileYAMLCase(name: name, text: replacing(line: line, with: replacement), expected: .error(line: line))
    }

    /// `base` with lines `lines` replaced by `replacement`, expecting an error on the first of them.
    static func bad(_ name: String, lines: ClosedRange<Int>, _ replacement: String) -> HostileYAMLCase {
        var all = base.components(separatedBy: "\n")
        all.replaceSubrange((lines.lowerBound - 1)..<lines.upperBound, with: [replacement])
        return HostileYAMLCase(name: name, text: all.joined(separator: "\n"), expected: .error(line: lines.lowerBound))
    }

    static func maybe(_ name: String, line: Int, _ replacement: String) -> HostileYAMLCase {
        HostileYAMLCase(name: name, text: replacing(line: line, with: replacement), expected: .either)
    }

    static var all: [HostileYAMLCase] { syntax + limits + wrongTypes + values }

    static let syntax: [HostileYAMLCase] = [
        HostileYAMLCase(name: "unclosed flow list", text: replacing(line: 5, with: "places: [Osh, Jalalabad"), expected: .error(line: 6)),
        HostileYAMLCase(name: "unclosed flow mapping", text: replacing(line: 5, with: "places: {a: b"), expected: .error(line: 6)),
        HostileYAMLCase(name: "unclosed double quote", text: replacing(line: 3, with: "crisis: \"Hostile"), expected: .either),
        HostileYAMLCase(name: "unclosed single quote", text: replacing(line: 3, with: "crisis: 'Hostile"), expected: .either),
        bad("over-indented key", line: 4, "   country: KG"),
        bad("tab indentation", line: 4, "\tcountry: KG"),
        bad("tab inside a block list", line: 10, "\t- 77 people killed"),
        maybe("tab after the colon", line: 4, "country:\tKG"),
        bad("a colon in a plain value", line: 3, "crisis: a: b"),
        bad("a stray bracket", line: 3, "crisis: ]"),
        bad("a list item in a mapping", line: 4, "- country"),
        bad("undefined alias", line: 3, "crisis: *nowhere"),
        HostileYAMLCase(name: "duplicate top-level key", text: replacing(line: 4, with: "crisis: again"), expected: .error(line: 4)),
        HostileYAMLCase(name: "duplicate key in a figure", text: inserting("    count: 78", before: 14), expected: .error(line: nil)),
        bad("invalid escape", line: 3, "crisis: \"a \\q b\""),
        bad("control character", line: 3, "crisis: \"a\u{07}b\""),
        bad("two documents", line: 8, "---\nsitrep: 1"),
        HostileYAMLCase(name: "unsupported YAML version", text: "%YAML 2.0\n---\n" + base, expected: .error(line: nil)),
        maybe("custom tag", line: 3, "crisis: !custom text"),
        maybe("binary tag", line: 3, "crisis: !!binary aGVsbG8="),
        HostileYAMLCase(name: "anchor without alias", text: replacing(line: 3, with: "crisis: &name Hostile input test"), expected: .accepted),
        HostileYAMLCase(name: "empty file", text: "", expected: .error(line: nil)),
        HostileYAMLCase(name: "only comments", text: "# nothing\n# here\n", expected: .error(line: nil)),
        HostileYAMLCase(name: "null document", text: "~\n", expected: .error(line: 1)),
        HostileYAMLCase(name: "scalar document", text: "hello\n", expected: .error(line: 1)),
        HostileYAMLCase(name: "list document", text: "- a\n- b\n", expected: .error(line: 1)),
        HostileYAMLCase(name: "JSON with a trailing comma", text: "{\"sitrep\": 1,}\n", expected: .either),
        HostileYAMLCase(name: "byte-order mark inside", text: "sitrep: 1\n\u{FEFF}id: x\n", expected: .either),
        maybe("complex key", line: 3, "? [a, b]\n: c"),
        maybe("merge key", line: 3, "<<: {crisis: merged}"),
        bad("unknown key", line: 3, "crisiss: typo"),
        bad("unknown key of 10,000 letters", line: 3, String(repeating: "k", count: 10_000) + ": v"),
        maybe("crisis of one megabyte", line: 3, "crisis: " + String(repeating: "a", count: 1_048_576)),
    ]

    /// Nine aliases, one over the default limit of eight, the ninth on line 12.
    static let nineAliases: String = {
        var lines = base.components(separatedBy: "\n")
        lines[2] = "crisis: &c Hostile input test"
        lines.insert(contentsOf: (1...9).map { "x\($0): *c" }, at: 3)
        return lines.joined(separator: "\n")
    }()

    /// The classic alias bomb: nine levels of nine aliases each, 9⁹ strings once expanded.
    static let billionLaughs: String = {
        var text = "sitrep: 1\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
            previous = name
        }
        return text + "places: *i\n"
    }()

    /// The bomb used as mapping keys, which Yams would hash whole to find duplicates.
    static let billionLaughsAsKeys = billionLaughs + "k: {? *i : 1, ? *h : 2}\n"

    static let limits: [HostileYAMLCase] = [
        HostileYAMLCase(name: "nine aliases", text: nineAliases, expected: .error(line: 12)),
        HostileYAMLCase(name: "billion laughs", text: billionLaughs, expected: .error(line: 3)),
        HostileYAMLCase(name: "billion laughs as keys", text: billionLaughsAsKeys, expected: .error(line: 3)),
        bad("flow lists 10,000 deep", line: 5, "places: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)),
        bad("flow mappings 10,000 deep", line: 5, "places: " + String(repeating: "{a: ", count: 10_000) + "b" + String(repeating: "}", count: 10_000)),
        HostileYAMLCase(
            name: "block lists 10,000 deep", text: replacing(line: 5, with: "places:\n" + String(repeating: "- ", count: 10_000) + "x"),
            expected: .error(line: 6)),
        HostileYAMLCase(
            name: "block mappings 2,000 deep", text: base + (0..<2_000).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n"),
            expected: .error(line: nil)),
        bad("lists 33 deep, one over the limit", line: 5, "places: " + String(repeating: "[", count: 32) + String(repeating: "]", count: 32)),
        bad("lists 31 deep, within the limit but not text", line: 5, "places: " + String(repeating: "[", count: 30) + String(repeating: "]", count: 30)),
    ]

    static let wrongTypes: [HostileYAMLCase] = [
        bad("sitrep as text", line: 1, "sitrep: one"),
        bad("sitrep as a list", line: 1, "sitrep: [1]"),
        bad("sitrep 2", line: 1, "sitrep: 2"),
        bad("id as a list", line: 2, "id: [a]"),
        bad("crisis as a mapping", line: 3, "crisis: {a: b}"),
        bad("crisis null", line: 3, "crisis: ~"),
        bad("country as a list", line: 4, "country: [KG]"),
        bad("places as text", line: 5, "places: {Osh: 1}"),
        bad("places with a list inside", line: 5, "places: [[Osh]]"),
        bad("edition as a fraction", line: 6, "edition: 1.5"),
        bad("edition as text", line: 6, "edition: first"),
        bad("edition quoted", line: 6, "edition: \"1\""),
        bad("as_of as a list", line: 7, "as_of: [2010, 6, 12]"),
        bad("as_of as a number", line: 7, "as_of: 20100612"),
        bad("summary as a list", line: 8, "summary: [a]"),
        bad("highlights as a mapping", lines: 9...10, "highlights: {a: b}"),
        bad("highlight as a mapping", line: 10, "  - {a: b}"),
        bad("casualties as text", lines: 11...17, "casualties: many"),
        bad("metric as a list", line: 12, "  - metric: [killed]"),
        bad("count as a list", line: 13, "    count: [77]"),
        bad("count as a mapping", line: 13, "    count: {low: 1}"),
        bad("group as a list", line: 14, "    group: [a]"),
        bad("source as a list", line: 16, "    source: [src]"),
        bad("quote as a mapping", line: 17, "    quote: {a: b}"),
        bad("headline as text", line: 17, "    headline: maybe"),
        bad("scope as a number", line: 17, "    scope: 7"),
        bad("between as text", line: 19, "  - between: KG"),
        bad("between with three countries", line: 19, "  - between: [KG, UZ, TJ]"),
        bad("between the same country", line: 19, "  - between: [KG, KG]"),
        bad("purpose as a mapping", line: 25, "    purpose: {relief: 1}"),
        bad("flights zero", line: 25, "    flights: 0"),
        bad("responses as a mapping", lines: 28...31, "responses: {a: b}"),
        bad("sources as a mapping", lines: 32...37, "sources: {id: src}"),
        bad("url as a list", line: 34, "    url: [a]"),
        bad("published as a list", line: 37, "    published: [2010]"),
        bad("contacts as text", line: 8, "contacts: nobody"),
        bad("exercise as text", line: 8, "exercise: perhaps"),
    ]

    static let values: [HostileYAMLCase] = [
        bad("negative count", line: 13, "    count: -5"),
        maybe("count 1e309", line: 13, "    count: 1e309"),
        maybe("count of 20 digits", line: 13, "    count: 99999999999999999999"),
        maybe("count past Int.max", line: 13, "    count: 9223372036854775808"),
        maybe("count of 400 digits", line: 13, "    count: " + String(repeating: "9", count: 400)),
        maybe("count in hex", line: 13, "    count: 0x10"),
        maybe("count .inf", line: 13, "    count: .inf"),
        maybe("count .nan", line: 13, "    count: .nan"),
        maybe("range upside down", line: 13, "    count: 80-77"),
        maybe("huge grouped count", line: 13, "    count: 1,000,000,000,000,000,000,000"),
        maybe("count million million", line: 13, "    count: 9999999999999 million"),
        maybe("count with a NUL", line: 13, "    count: \"7\\07\""),
        bad("30 February", line: 7, "as_of: 2010-02-30"),
        bad("month 13", line: 7, "as_of: 2010-13-01"),
        bad("day zero", line: 7, "as_of: 0000-00-00"),
        bad("hour 25", line: 7, "as_of: 2010-06-12T25:00Z"),
        bad("five-digit year", line: 7, "as_of: 99999-01-01"),
        bad("yesterday", line: 7, "as_of: yesterday"),
        bad("published 31 April", line: 37, "    published: 2010-04-31"),
        bad("unknown metric", line: 12, "  - metric: dead"),
        bad("unknown border status", line: 20, "    status: half-open"),
        bad("unknown flight status", line: 26, "    status: lost"),
        bad("unknown purpose", line: 25, "    purpose: [fun]"),
        bad("unknown response kind", line: 30, "    kind: bombing"),
        bad("unknown source type", line: 36, "    type: blog"),
        bad("unknown disaster type", line: 8, "disaster_type: alien"),
        bad("unknown scope", line: 17, "    scope: partial"),
        bad("country XX", line: 4, "country: XX"),
        bad("country Atlantis", line: 4, "country: Atlantis"),
        bad("country empty", line: 4, "country: \"\""),
        bad("border country ZZ", line: 19, "  - between: [KG, ZZ]"),
        bad("flight from QQ", line: 23, "  - from: QQ"),
        bad("id with ..", line: 2, "id: ../../etc"),
        bad("id with a slash", line: 2, "id: a/b"),
        bad("id with a NUL", line: 2, "id: \"a\\0b\""),
        bad("id with a leading dash", line: 2, "id: -rf"),
        bad("id with capitals", line: 2, "id: Hostile"),
        bad("id empty", line: 2, "id: \"\""),
        bad("id of spaces", line: 2, "id: \"a b\""),
        bad("source id with ..", line: 33, "  - id: ../src"),
        bad("source id with a slash", line: 33, "  - id: a/src"),
        bad("source id with a leading dash", line: 33, "  - id: -src"),
        bad("edition zero", line: 6, "edition: 0"),
        bad("edition negative", line: 6, "edition: -1"),
        bad("edition of 20 digits", line: 6, "edition: 99999999999999999999"),
        bad("dangling source", line: 16, "    source: nowhere"),
    ]
}
