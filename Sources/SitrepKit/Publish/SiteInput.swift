import Foundation

/// One edition found under the reports folder: its situation and where it came from.
public struct PublishedEdition: Sendable {
    /// The situation.
    public let situation: Situation
    /// The situation file, as found under the reports folder.
    public let path: String

    /// The situation file's name (`edition-003.yaml`): what published pages call it, the same however
    /// the reports folder was spelled.
    var fileName: String { (path as NSString).lastPathComponent }
    /// The page's file name in the site: `edition-3.html`.
    var pageName: String { "edition-\(situation.edition).html" }
    /// The data export's file name in the site: `edition-3.json`.
    var dataName: String { "edition-\(situation.edition).json" }
    /// The page of changes since the edition before: `changes-3.html`.
    var diffName: String { "changes-\(situation.edition).html" }
}

/// A crisis: one sub-folder of the reports folder, its editions in order.
public struct PublishedCrisis: Sendable {
    /// The crisis id, shared by all its editions; the crisis's folder in the site.
    public let id: String
    /// The editions, by edition number.
    public let editions: [PublishedEdition]

    /// The newest edition.
    public var latest: PublishedEdition { editions[editions.count - 1] }
}

/// Reads every crisis under a reports folder: each sub-folder a crisis, each situation file in it
/// (`.yaml`, `.yml`, `.json`) an edition. Sub-folders of a crisis (stored `sources/`) are not read.
enum SiteInput {
    static let situationExtensions: Set<String> = ["yaml", "yml", "json"]

    /// The error for a reports folder with no crisis in it. A site of no crisis would replace the
    /// published one, and the usual slip is to name one crisis's folder instead of its parent.
    static func noCrisisError(in directory: String) -> SitrepError {
        let ownFiles = (try? FileManager.default.contentsOfDirectory(atPath: directory))?.filter(EditionHeader.isSituationFile) ?? []
        guard !ownFiles.isEmpty else {
            return SitrepError("\(directory): holds no crisis folder (a sub-folder with situation files in it); nothing was published")
        }
        // Split by hand: Foundation's deletingLastPathComponent traps on ".".
        var trimmed = Substring(directory)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        let slash = trimmed.lastIndex(of: "/")
        let name = slash.map { trimmed[trimmed.index(after: $0)...] } ?? trimmed
        let parent = slash.map { $0 == trimmed.startIndex ? "/" : String(trimmed[..<$0]) } ?? ""
        let parentWords = parent.isEmpty || name == "." || name == ".." || name.isEmpty ? "its parent folder" : "its parent, \(parent)"
        return SitrepError(
            "\(directory): holds no crisis folder, but situation files of its own (\(ownFiles.sorted()[0])): it looks like one crisis's folder; publish \(parentWords), which holds one folder per crisis; nothing was published")
    }

    /// The crises, by id, and what was found wrong: every situation file that cannot be read, editions
    /// of one folder that disagree on the crisis id or repeat an edition number, a crisis id two
    /// folders share, and what `inspect` found in each readable crisis's editions (given in edition
    /// order). All of them are gathered, so one run lists every problem.
    ///
    /// Each crisis's files are read with their text and locations, inspected, and then kept as
    /// situations alone, so a large reports folder never holds all its files' text at once.
    /// - Throws: ``SitrepError`` when the reports folder or a crisis folder cannot be listed.
    static func load(
        directory: String, inspect: @Sendable ([SituationDocument]) -> [Diagnostic]
    ) throws -> (crises: [PublishedCrisis], findings: [Diagnostic]) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw SitrepError("\(directory): reports folder not found")
        }
        var crises: [PublishedCrisis] = []
        var findings: [Diagnostic] = []
        var ids: [(id: String, path: String)] = []
        for folder in try manager.contentsOfDirectory(atPath: directory).sorted() where !folder.hasPrefix(".") {
            let folderPath = (directory as NSString).appendingPathComponent(folder)
            guard manager.fileExists(atPath: folderPath, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            let files = try manager.contentsOfDirectory(atPath: folderPath).sorted().filter {
                !$0.hasPrefix(".") && situationExtensions.contains(($0 as NSString).pathExtension.lowercased())
            }
            guard !files.isEmpty else { continue }
            let paths = files.map { (folderPath as NSString).appendingPathComponent($0) }
            let results = try ParallelMap.map(paths.count) { index in Result { try SituationReader.load(path: paths[index], regularFileOnly: true) } }
            var documents: [SituationDocument] = []
            var unreadEditions: [Int] = []
            for (path, result) in zip(paths, results) {
                if case .failure = result, let header = EditionHeader.read(path: path) { unreadEditions.append(header.edition) }
                switch result {
                case .success(let document): documents.append(document)
                case .failure(let error as SituationFileError): findings += error.diagnostics
                case .failure(let error as SitrepError): findings.append(Diagnostic(file: path, location: nil, severity: .error, message: error.message))
                case .failure(let error): findings.append(Diagnostic(file: path, location: nil, severity: .error, message: "\(error)"))
                }
            }
            guard !documents.isEmpty else { continue }
            // By edition, then by file name: the same order on every run.
            documents = documents.enumerated().sorted { ($0.element.situation.edition, $0.offset) < ($1.element.situation.edition, $1.offset) }
                .map(\.element)
            let problems = agreement(of: documents, in: folderPath, ids: ids)
            ids.append((documents[0].situation.id, documents[0].path))
            findings += problems
            guard documents.count == paths.count, problems.isEmpty else {
                // So that one run lists every problem, the rest are still checked: each against the
                // edition before it, but alone after one that cannot be read (as `check` skips that
                // comparison), and each alone when the editions disagree (their order means nothing).
                if problems.isEmpty {
                    for run in runs(of: documents, brokenBy: unreadEditions) { findings += inspect(run) }
                } else {
                    for document in documents { findings += inspect([document]) }
                }
                continue
            }
            findings += inspect(documents)
            crises.append(PublishedCrisis(id: documents[0].situation.id, editions: documents.map { PublishedEdition(situation: $0.situation, path: $0.path) }))
        }
        return (crises, findings)
    }

    /// The editions (in edition order) cut into runs wherever an edition that cannot be read
    /// (`unread`, the numbers their headers give) comes between two: no edition is compared across one.
    private static func runs(of documents: [SituationDocument], brokenBy unread: [Int]) -> [[SituationDocument]] {
        var runs: [[SituationDocument]] = []
        for document in documents {
            if let last = runs.last?.last,
               !unread.contains(where: { $0 > last.situation.edition && $0 <= document.situation.edition }) {
                runs[runs.count - 1].append(document)
            } else {
                runs.append([document])
            }
        }
        return runs
    }

    /// Errors when the editions of one folder (in edition order) disagree on the crisis id, repeat
    /// an edition number, or take an id another folder already has (`ids`: each earlier folder's id and
    /// first edition); each at its line.
    private static func agreement(of documents: [SituationDocument], in folderPath: String, ids: [(id: String, path: String)]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let first = documents[0]
        let id = first.situation.id
        for other in documents where other.situation.id != id {
            problems.append(other.diagnostic(.error, at: "id", "crisis id '\(other.situation.id)' differs from '\(id)' in \(first.path); one folder holds one crisis"))
        }
        for (previous, next) in zip(documents, documents.dropFirst()) where previous.situation.edition == next.situation.edition {
            problems.append(next.diagnostic(.error, at: "edition", "edition \(next.situation.edition) is also \(previous.path); each edition needs its own number"))
        }
        if let clash = ids.first(where: { $0.id == id }) {
            problems.append(first.diagnostic(.error, at: "id", "crisis id '\(id)' of \(folderPath) is also used by \(clash.path); each crisis needs its own id"))
        }
        return problems
    }
}
