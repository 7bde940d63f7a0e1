import Foundation

/// Reads article files of every supported kind into ``Article`` values: text in the sample's layout,
/// HTML pages, JSON Lines and field notes. Untrusted input never crashes it: empty, binary, invalid
/// UTF-8 and oversized input give a warning or an error naming the file.
public enum ArticleReader {
    /// The kinds of input.
    public enum Format: String, Sendable, CaseIterable {
        /// Text in the sample's layout: optional note or headline, URL line, body.
        case text
        /// An HTML page.
        case html
        /// JSON Lines, one `{"url", "title", "published", "text"}` object per line.
        case jsonl
        /// Field notes: short lines or bullets, each a statement with its own source.
        case notes
    }

    /// What reading gave: the articles and the warnings about the input.
    public struct Output: Sendable {
        /// The articles read, in order.
        public var articles: [Article]
        /// Warnings, each naming the file.
        public var warnings: [Diagnostic]
    }

    /// Reads the file at `path` (`-` for standard input), choosing the format from its name and content.
    /// - Parameter limits: the input size limit (see ``InputLimits``).
    /// - Throws: ``SitrepError`` naming the file when it is missing, unreadable, binary, not UTF-8 or too large.
    public static func read(path: String, format: Format? = nil, limits: InputLimits = .current) throws -> Output {
        let data = path == "-"
            ? try BoundedInput.standardInput(limits: limits)
            : try BoundedInput.contents(ofFile: path, limits: limits, what: "an article file")
        return try read(data: data, path: path, format: format, limits: limits)
    }

    /// Reads articles from bytes; `path` names them in diagnostics.
    /// - Throws: ``SitrepError`` naming `path` when the bytes are larger than the size limit,
    ///   binary, UTF-16 or not UTF-8, or a report sitrep generated (see ``GeneratedFile``).
    public static func read(data: Data, path: String, format: Format? = nil, limits: InputLimits = .current) throws -> Output {
        guard data.count <= limits.maxInputBytes else { throw limits.tooLarge(path, size: data.count) }
        let text: String
        do {
            text = try TextFile.decode(data, path: path)
        } catch let error as SitrepError where error.message.hasSuffix("is not valid UTF-8 text") {
            throw SitrepError("\(error.message); convert it first (iconv -f latin1 -t utf-8)")
        }
        // A report sitrep made holds a situation already: read as field notes or a page, its
        // citation marks ("[1]") and front matter would become figures.
        if GeneratedFile.isGenerated(text: String(decoding: text.utf8.prefix(65_536), as: UTF8.self)) {
            throw SitrepError(
                "\(path): is a report sitrep generated, not an article; generate or check its situation file, or give the report to diff or --previous, which read the situation inside it")
        }
        return read(text: text, path: path, format: format ?? guessFormat(path: path, text: text))
    }

    /// Reads articles from text in a known format.
    public static func read(text: String, path: String, format: Format) -> Output {
        var output: Output
        switch format {
        case .text: output = Output(articles: [textArticle(text, path: path)], warnings: [])
        case .html: output = Output(articles: [HTMLArticleReader.article(html: text, path: path)], warnings: [])
        case .jsonl: output = JSONLinesArticleReader.read(text, path: path)
        case .notes: output = FieldNotesReader.read(text, path: path)
        }
        if output.articles.allSatisfy({ $0.body.allSatisfy(\.isWhitespace) }) {
            output.warnings.append(Diagnostic(file: path, location: nil, severity: .warning, message: "holds no article text"))
        }
        return output
    }

    /// The format a file's name and first bytes suggest.
    public static func guessFormat(path: String, text: String) -> Format {
        let lower = path.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return .jsonl }
        if lower.hasSuffix(".md") || lower.hasSuffix(".notes") { return .notes }
        let start = text.prefix(512).trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") { return .html }
        if start.hasPrefix("{") { return .jsonl }
        return .text
    }

    /// An article in the sample's layout: a note (a full sentence) or a headline above the URL line.
    static func textArticle(_ text: String, path: String) -> Article {
        let parsed = ArticleText(parsing: text)
        var article = Article(path: path, url: parsed.url, body: parsed.body)
        article.note = parsed.note
        article.title = parsed.headline
        article.bodyPlace = parsed.bodyStart.map { .verbatim(from: $0) }
        return article
    }
}
