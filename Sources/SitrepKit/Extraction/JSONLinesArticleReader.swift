import Foundation

/// Reads JSON Lines: one `{"url", "title", "published", "text"}` object per line. A line that is not
/// such an object gives a warning at its line and is skipped; the rest are read.
enum JSONLinesArticleReader {
    static func read(_ text: String, path: String) -> ArticleReader.Output {
        var articles: [Article] = []
        var warnings: [Diagnostic] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { continue }
            let location = SourceLocation(line: number + 1, column: 1)
            guard let object = (try? JSONSerialization.jsonObject(with: Data(trimmed.utf8))) as? [String: Any] else {
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
            articles.append(Article(path: path, url: object["url"] as? String, title: object["title"] as? String, published: published, body: body, line: number + 1))
        }
        return ArticleReader.Output(articles: articles, warnings: warnings)
    }
}
