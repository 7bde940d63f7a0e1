import Foundation

/// `sitrep extract` as a library call: reads article files, extracts one situation from all of them
/// (or one per article), and links each stored text article to its source so `check` can verify quotes.
public struct ExtractionJob: Sendable {
    /// What to extract and how to name it.
    public var options: Extractor.Options
    /// The folder the situation file will be written to; `file:` of sources is relative to it.
    public var outputFolder: String

    /// A job writing into `outputFolder` (the current folder when the situation goes to standard output).
    public init(options: Extractor.Options = .init(), outputFolder: String) {
        self.options = options
        self.outputFolder = outputFolder
    }

    /// Everything extracted, with the warnings of reading and extracting.
    public struct Output: Sendable {
        /// One situation for all articles, or one per article when asked.
        public var situations: [Situation]
        /// Warnings, in input order.
        public var warnings: [Diagnostic]
    }

    /// Fails when `output` is one of the articles in `paths`, however it is spelled (`./a.txt`, a
    /// symbolic link, a hard link): an article or field notes are never written over by their own
    /// extraction, not even with `--force`.
    /// - Throws: ``SitrepError`` naming the article.
    public static func checkOutput(_ output: String, isNoneOf paths: [String]) throws {
        if let input = paths.first(where: { $0 != "-" && FileIdentity.isSameFile($0, output) }) {
            throw SitrepError(
                "\(output): is the article '\(input)' being extracted and would be written over, even with --force; write the situation file to another name")
        }
    }

    /// Reads `paths` (each a text, HTML, JSON Lines or notes file; `-` is standard input) and extracts.
    /// - Parameters:
    ///   - onePerArticle: one situation per article (JSON Lines output) instead of one for all.
    ///   - progress: called before each file with its number (from 1), the count and the path.
    /// - Throws: ``SitrepError`` naming a file that cannot be read as text.
    public func run(paths: [String], onePerArticle: Bool = false, progress: ((Int, Int, String) -> Void)? = nil) throws -> Output {
        var articles: [Article] = []
        var stored: [String?] = []
        var warnings: [Diagnostic] = []
        for (index, path) in paths.enumerated() {
            progress?(index + 1, paths.count, path)
            let read = try ArticleReader.read(path: path)
            warnings += read.warnings
            let wholeTextFile = path != "-" && read.articles.count == 1
                && ArticleReader.guessFormat(path: path, text: "") == .text
            for article in read.articles where !article.body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                articles.append(article)
                stored.append(wholeTextFile ? RelativePath.from(outputFolder, to: path) : nil)
            }
        }
        guard !articles.isEmpty else {
            throw SitrepError("\(paths.joined(separator: ", ")): no article text found; nothing to extract")
        }
        let extractor = Extractor(options: options)
        let results = onePerArticle
            ? zip(articles, stored).map { article, file in link(extractor.extract([article]), files: [file]) }
            : [link(extractor.extract(articles), files: stored)]
        return Output(situations: results.map(\.situation), warnings: warnings + results.flatMap(\.warnings))
    }

    /// Sets each source's `file:` to its stored article, when the extractor kept one source per article.
    private func link(_ result: ExtractionResult, files: [String?]) -> ExtractionResult {
        var result = result
        guard result.situation.sources.count == files.count else { return result }
        for index in files.indices {
            result.situation.sources[index].file = files[index]
        }
        return result
    }
}

/// Paths relative to a folder, for links written into files.
enum RelativePath {
    /// The path of `target` as seen from `folder` ("../shared/articles/a.txt").
    static func from(_ folder: String, to target: String) -> String {
        let base = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
        let path = URL(fileURLWithPath: target).standardizedFileURL.pathComponents
        var common = 0
        while common < min(base.count, path.count), base[common] == path[common] { common += 1 }
        let ups = Array(repeating: "..", count: base.count - common)
        return (ups + path[common...]).joined(separator: "/")
    }
}
