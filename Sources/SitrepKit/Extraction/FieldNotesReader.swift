import Foundation

/// Reads field notes: a plain-text or Markdown file of short lines or bullets, each a statement
/// ("- 77 killed in Osh, health ministry http://…"). A line that names a URL or `(source: NAME)`
/// cites that source; other lines cite the notes file itself, with a warning. Blank lines are
/// skipped, and so are headings, but for a date they give ("# Osh, 14 June 2010"): the notes below
/// are dated by it.
enum FieldNotesReader {
    static func read(_ text: String, path: String) -> ArticleReader.Output {
        var groups: [String: (first: Int, url: String?, publisher: String?, published: SitrepDate?, lines: [String], numbers: [Int])] = [:]
        var order: [String] = []
        var warnings: [Diagnostic] = []
        var headingDate: SitrepDate?
        let notes = notes(in: text)
        let lines = lines(of: text)
        for (index, (number, raw)) in notes.enumerated() {
            let span = number..<(index + 1 < notes.count ? notes[index + 1].number : lines.count)
            var line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("#") {
                if let found = DateInText.found(in: line, after: headingDate) {
                    if found.yearIsInferred, let previous = headingDate, found.date.dayNumber < previous.dayNumber {
                        warnings.append(Diagnostic(file: path, location: SourceLocation(line: number + 1, column: 1), severity: .warning,
                            message: "this heading's date, \(found.date.longText), is before the heading above it (\(previous.longText)); its year is taken from that heading, so write the year if it is another"))
                    }
                    headingDate = found.date
                } else if let dayAndMonth = DateInText.dayAndMonthWithoutYear(in: line) {
                    warnings.append(Diagnostic(file: path, location: SourceLocation(line: number + 1, column: 1), severity: .warning,
                        message: "this heading's date, \(dayAndMonth), has no year, and no heading above it gives one; add its year (\(dayAndMonth) YYYY), and headings below may then leave it out (the notes below keep the date before it)"))
                } else if DateInText.seemsToHoldADate(line) {
                    warnings.append(Diagnostic(file: path, location: SourceLocation(line: number + 1, column: 1), severity: .warning,
                        message: "this heading's date cannot be read; write it as 14 June 2010 or 2010-06-14 (the notes below keep the date before it)"))
                }
                continue
            }
            if line.isEmpty { continue }
            for bullet in ["- ", "* ", "+ ", "• "] where line.hasPrefix(bullet) { line.removeFirst(bullet.count) }
            if let number = line.prefixMatch(of: /\d{1,3}[.)]\s+/) { line.removeSubrange(number.range) }  // "1. " of a numbered list
            let written = line
            let cited = citation(of: line)
            line = cited.line
            var url = cited.url
            var publisher = cited.publisher
            if cited.hasMoreLinks {
                warnings.append(Diagnostic(file: path, location: SourceLocation(line: number + 1, column: 1), severity: .warning,
                    message: "this note names more than one link; only the first is kept as its source, so give one source per line"))
            }
            // "(source: NAME)": one figure has one source, so a second is dropped, and said; an empty
            // one names no one and leaves the line unsourced, which is said at its line.
            let named = namedSources(in: line)
            line = named.line
            let names = named.names.filter { !$0.isEmpty }
            let namesNoOne = !named.names.isEmpty && names.isEmpty
            if let first = names.first {
                var kept = first
                var dropped = names.dropFirst().filter { $0 != first }
                // A link that names its publisher ("[Zodiak](…)") is a source of its own: the one
                // written first is kept, and the link's URL goes with its name.
                if let linkName = cited.publisher, linkName != first {
                    if let link = written.range(of: "]("), let named = written.range(of: "(source:", options: .caseInsensitive),
                       link.lowerBound < named.lowerBound {
                        kept = linkName
                        dropped = names.filter { $0 != linkName }
                    } else {
                        url = nil
                        dropped = [linkName] + dropped.filter { $0 != linkName }
                    }
                }
                publisher = kept
                if !dropped.isEmpty {
                    // Said at the first dropped "(source: …)", or at the first one when a link is dropped.
                    let droppedSource = named.names.firstIndex { dropped.contains($0) && $0 != kept } ?? 0
                    warnings.append(Diagnostic(file: path, location: location(ofSource: droppedSource, in: lines, spanning: span), severity: .warning,
                        message: "this note names more than one source; only the first, '\(kept)', is kept and \(dropped.map { "'\($0)'" }.joined(separator: ", ")) is dropped, so give each source's figure a line of its own"))
                }
            }
            while line.hasSuffix(",") || line.hasSuffix(";") { line.removeLast() }
            guard !line.isEmpty else { continue }
            if let last = line.last, !".!?".contains(last) { line += "." }
            if namesNoOne, url == nil {
                warnings.append(Diagnostic(file: path, location: location(ofSource: 0, in: lines, spanning: span), severity: .warning,
                    message: "this note's '(source: )' names no one; it is cited as the notes file itself, so write who the figure comes from"))
            } else if url == nil, publisher == nil {
                warnings.append(Diagnostic(file: path, location: SourceLocation(line: number + 1, column: 1), severity: .warning,
                    message: "this note names no source (a URL or '(source: NAME)'); it is cited as the notes file itself, so add where it comes from"
                        + (index + 1 < notes.count && mayGoOn(raw, with: Substring(notes[index + 1].line))
                            ? " (if line \(notes[index + 1].number + 1) goes on with this note, indent it)" : "")))
            }
            if url == nil, publisher == nil { publisher = notesFileAsPublisher(path) }
            // Notes under a later dated heading are a later report of their source: a source of their own.
            let key = (url ?? publisher.map { "source:" + $0 } ?? "") + "@" + (headingDate?.text ?? "")
            if groups[key] == nil {
                groups[key] = (number + 1, url, publisher, headingDate, [], [])
                order.append(key)
            }
            groups[key]!.lines.append(line)
            groups[key]!.numbers.append(number + 1)
        }
        let articles = order.map { key -> Article in
            let group = groups[key]!
            var article = Article(
                path: path, url: group.url, published: group.published, publisher: group.publisher, body: group.lines.joined(separator: "\n"),
                line: group.first)
            article.noteLines = group.numbers
            return article
        }
        return ArticleReader.Output(articles: articles, warnings: warnings)
    }

    /// What a note line cites, and the line without it: a URL anywhere on the line, bare, in angle
    /// brackets (<http://…>) or a Markdown link ([BBC](http://…)), whose text names the publisher,
    /// or is the statement itself when the link is all the line holds. The first link is the line's
    /// source; more are taken out, and `hasMoreLinks` says so.
    private static func citation(of note: String) -> (line: String, url: String?, publisher: String?, hasMoreLinks: Bool) {
        var line = note
        var url: String?
        var publisher: String?
        func isLink(_ word: Substring) -> Bool { word.contains("http://") || word.contains("https://") }
        // A URL may hold balanced brackets: "…?x=(1)".
        let links = line.matches(of: /\[([^\]]*)\]\((https?:\/\/[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)\)/)
        if let link = links.first {
            url = String(link.output.2)
            let text = link.output.1.trimmingCharacters(in: .whitespaces)
            // A link's text is its publisher ("[BBC](…)"), or part of the statement when it reads as
            // one: a number in it, or more than five words ("[77 people were killed](…), officials said");
            // "see [this report](…)" names no one.
            let isStatement = isStatement(linkText: text)
            var rest = line
            for other in links.reversed() { rest.replaceSubrange(other.range, with: other.range == link.range && isStatement ? text : "") }
            if isBare(rest) {
                line = text
            } else {
                if !isStatement, !text.isEmpty, !text.hasPrefix("http"), !genericLinkWords.contains(text.lowercased().trimmingCharacters(in: .punctuationCharacters)) { publisher = text }
                line = rest
            }
        } else if let word = line.split(separator: " ").first(where: isLink) {
            url = String(word[word.range(of: "http")!.lowerBound...]).trimmingCharacters(in: CharacterSet(charactersIn: "<>()[].,;"))
            line = line.replacingOccurrences(of: String(word), with: " ")
        }
        let hasMoreLinks = links.count > 1 || line.split(separator: " ").contains(where: isLink)
        if hasMoreLinks { line = line.split(separator: " ").filter { !isLink($0) }.joined(separator: " ") }
        return (tidied(line), url, publisher, hasMoreLinks)
    }

    /// The publisher of a note that names no one: the notes file itself ("field notes
    /// (notes-day1.md)"), so that the report never lists a source without a name.
    static func notesFileAsPublisher(_ path: String) -> String {
        let name = path == "-" ? "standard input" : path.split(separator: "/").last.map(String.init) ?? path
        return "field notes (\(name))"
    }

    /// Link words that name no publisher: "see [this report](…)", "[here](…)".
    static let genericLinkWords: Set<String> = [
        "here", "this", "link", "this link", "report", "this report", "the report", "article", "this article", "story", "this story",
        "source", "more", "read more", "details", "update", "this update", "the article", "the story", "the link", "the update",
    ]

    /// Whether a Markdown link's text is part of the statement rather than its publisher's name:
    /// a number in it, or more than five words ("[77 people were killed](…), officials said").
    static func isStatement(linkText text: String) -> Bool {
        text.contains { $0.isNumber } || text.split(separator: " ").count > 5
    }

    /// Every "(source: NAME)" of a note line, in order ("" for one that names no one), and the line
    /// without them.
    static func namedSources(in note: String) -> (line: String, names: [String]) {
        var line = note
        var names: [String] = []
        while let open = line.range(of: "(source:", options: .caseInsensitive), let close = line[open.upperBound...].firstIndex(of: ")") {
            names.append(line[open.upperBound..<close].trimmingCharacters(in: .whitespaces))
            line.removeSubrange(open.lowerBound...close)
        }
        return (names.isEmpty ? note : tidied(line), names)
    }

    /// Whether what is left of a line once its links are out holds no words: only marks and spaces.
    static func isBare(_ text: String) -> Bool {
        !text.contains { $0.isLetter || $0.isNumber }
    }

    /// The line with what taking links out left behind mended: empty brackets, a space before a
    /// mark, doubled spaces ("Osh ( ) ." → "Osh.").
    static func tidied(_ line: String) -> String {
        var text = line
        for empty in ["(<>)", "()", "( )", "<>", "[]"] { text = text.replacingOccurrences(of: empty, with: " ") }
        // What cited the links, left without them: "(see and)", "per", "via", "and" at the end.
        text = text.replacing(/\(\s*(?:(?:see|and|via|per|from|sources?|,|;)\s*)+\)/.ignoresCase(), with: " ")
        text = text.replacing(/[,;]?\s+(?:see|via|per|from|and)\s*(?=[.,;]?\s*$)/.ignoresCase(), with: "")
        while text.contains("  ") { text = text.replacingOccurrences(of: "  ", with: " ") }
        for mark in [",", ".", ";", ":", ")"] { text = text.replacingOccurrences(of: " " + mark, with: mark) }
        text = text.trimmingCharacters(in: .whitespaces)
        while text.hasPrefix(",") || text.hasPrefix(";") { text = String(text.dropFirst()).trimmingCharacters(in: .whitespaces) }
        return text
    }
}
