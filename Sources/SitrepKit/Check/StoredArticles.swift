import Foundation

/// A stored copy of an article that a source names in its `file`, read and parsed once.
struct StoredArticle: Sendable {
    /// The `file` value as written in the situation file ("sources/bbc-10300348.txt"); messages name it.
    let file: String
    /// The article, split into note, URL and body.
    let text: ArticleText
    /// The body in the form quotes are matched against (``ArticleText/normalized(_:)``).
    let normalizedBody: String
}

/// The stored articles of a situation's sources, each file read once however many sources name it.
struct StoredArticles: Sendable {
    /// Articles by the id of the source that names them.
    private(set) var bySource: [String: StoredArticle] = [:]
    /// An error at `sources[i].file` for each file that cannot be read.
    private(set) var diagnostics: [Diagnostic] = []

    /// Reads the file of every source that has one, relative to the folder of the document's path.
    ///
    /// An absolute `file` is an error and is not read. A situation file may come from someone else
    /// (a contribution checked in CI, with the diagnostics shown back), and whether a quote is
    /// "found" would tell them what any file on the machine holds (`/etc/passwd`). Paths that go
    /// up (`../shared/articles/a.txt`) stay allowed: `extract -o` writes them for articles kept
    /// in a folder beside the reports, as the shipped sample's are.
    init(document: SituationDocument) {
        let folder = FilePath.folder(of: document.path)
        var cache: [String: Result<ArticleText, SitrepError>] = [:]
        for (index, source) in document.situation.sources.enumerated() {
            guard let file = source.file else { continue }
            guard !file.hasPrefix("/") else {
                diagnostics.append(document.diagnostic(
                    .error, at: "sources[\(index)].file",
                    "the stored article '\(file)' is an absolute path, which is not read; give it relative to the situation file's folder ('sources/a.txt', '../articles/a.txt')"))
                continue
            }
            let path = folder.isEmpty ? file : (folder as NSString).appendingPathComponent(file)
            let result = cache[path] ?? Result { ArticleText(parsing: try TextFile.read(path, regularFileOnly: true)) }.mapError { error in
                error as? SitrepError ?? SitrepError("\(error)")
            }
            cache[path] = result
            switch result {
            case .success(let text):
                bySource[source.id] = StoredArticle(file: file, text: text, normalizedBody: ArticleText.normalized(text.body))
            case .failure(let error):
                var reason = error.message
                if reason.hasPrefix(path + ": ") { reason.removeFirst(path.count + 2) }
                diagnostics.append(document.diagnostic(
                    .error, at: "sources[\(index)].file",
                    "cannot read the stored article '\(file)': \(reason) (paths are relative to the situation file's folder)"))
            }
        }
    }

    /// The article the source with this id stores, when it has a readable file.
    subscript(sourceID: String) -> StoredArticle? { bySource[sourceID] }
}
