import Foundation

/// Reads field notes: a plain-text or Markdown file of short lines or bullets, each a statement
/// ("- 77 killed in Osh, health ministry http://…"). A line that names a URL or `(source: NAME)`
/// cites that source; other lines cite the notes file itself. Headings and blank lines are skipped.
enum FieldNotesReader {
    static func read(_ text: String, path: String) -> ArticleReader.Output {
        var groups: [String: (first: Int, url: String?, publisher: String?, lines: [String])] = [:]
        var order: [String] = []
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            for bullet in ["- ", "* ", "+ ", "• "] where line.hasPrefix(bullet) { line.removeFirst(bullet.count) }
            var url: String?
            var publisher: String?
            // A URL anywhere on the line.
            let words = line.split(separator: " ")
            if let link = words.first(where: { $0.hasPrefix("http://") || $0.hasPrefix("https://") }) {
                url = String(link).trimmingCharacters(in: CharacterSet(charactersIn: ".,;)>"))
                line = line.replacingOccurrences(of: String(link), with: "").trimmingCharacters(in: .whitespaces)
            }
            // "(source: NAME)".
            if let open = line.range(of: "(source:", options: .caseInsensitive), let close = line[open.upperBound...].firstIndex(of: ")") {
                publisher = line[open.upperBound..<close].trimmingCharacters(in: .whitespaces)
                line.removeSubrange(open.lowerBound...close)
                line = line.trimmingCharacters(in: .whitespaces)
            }
            while line.hasSuffix(",") || line.hasSuffix(";") { line.removeLast() }
            guard !line.isEmpty else { continue }
            if let last = line.last, !".!?".contains(last) { line += "." }
            let key = url ?? publisher.map { "source:" + $0 } ?? ""
            if groups[key] == nil {
                groups[key] = (number + 1, url, publisher, [])
                order.append(key)
            }
            groups[key]!.lines.append(line)
        }
        let articles = order.map { key -> Article in
            let group = groups[key]!
            return Article(path: path, url: group.url, publisher: group.publisher, body: group.lines.joined(separator: "\n"), line: group.first)
        }
        return ArticleReader.Output(articles: articles, warnings: [])
    }
}
