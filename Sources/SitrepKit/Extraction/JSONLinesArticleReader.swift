import Foundation

/// Reads JSON Lines: one `{"url", "title", "published", "text"}` object per line. A line that is not
/// such an object gives a warning at its line and is skipped; the rest are read.
enum JSONLinesArticleReader {
    static func read(_ text: String, path: String) -> ArticleReader.Output {
        var articles: [Article] = []
        var warnings: [Diagnostic] = []
        // Lines are cut by bytes: a firehose file is tens of megabytes, and a newline byte is always one.
        let bytes = Array(text.utf8)
        for (number, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            guard let first = line.firstIndex(where: { !isBlank($0) }), let last = line.lastIndex(where: { !isBlank($0) }) else { continue }
            let location = SourceLocation(line: number + 1, column: 1)
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line[first...last]))) as? [String: Any] else {
                warnings.append(Diagnostic(file: path, location: location, severity: .warning, message: "not a JSON object; expected {\"url\", \"title\", \"published\", \"text\"}; line skipped"))
                continue
            }
            guard let body = object["text"] as? String else {
                warnings.append(Diagnostic(file: path, location: location, severity: .warning, message: "no \"text\" string; line skipped"))
                continue
            }
            var published: SitrepDate?
            if let date = object["published"] as? String {
                published = SitrepDate(date) ?? SitrepDate(String(date.prefix(10)))
                if published == nil {
                    warnings.append(Diagnostic(file: path, location: location, severity: .warning, message: "'\(date)' is not a date (YYYY-MM-DD); published left out"))
                }
            }
            var article = Article(path: path, url: object["url"] as? String, title: object["title"] as? String, published: published, body: body, line: number + 1)
            article.bodyPlace = .escaped
            articles.append(article)
        }
        return ArticleReader.Output(articles: articles, warnings: warnings)
    }

    /// Whether a byte is white space JSON allows around a value (or a stray vertical tab or form feed).
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
}
