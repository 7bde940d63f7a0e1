import Foundation

/// One edition found under the reports folder: its situation and where it came from.
public struct PublishedEdition: Sendable {
    /// The situation.
    public let situation: Situation
    /// The situation file, as found under the reports folder.
    public let path: String

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

    /// The crises, by id, and what `inspect` found in each crisis's editions (given in edition order).
    ///
    /// Each crisis's files are read with their text and locations, inspected, and then kept as
    /// situations alone, so a large reports folder never holds all its files' text at once.
    /// - Throws: ``SituationFileError`` for a bad situation file; ``SitrepError`` when editions of
    ///   one folder disagree on the crisis id or repeat an edition number.
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
        for folder in try manager.contentsOfDirectory(atPath: directory).sorted() where !folder.hasPrefix(".") {
            let folderPath = (directory as NSString).appendingPathComponent(folder)
            guard manager.fileExists(atPath: folderPath, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            let files = try manager.contentsOfDirectory(atPath: folderPath).sorted().filter {
                !$0.hasPrefix(".") && situationExtensions.contains(($0 as NSString).pathExtension.lowercased())
            }
            guard !files.isEmpty else { continue }
            let paths = files.map { (folderPath as NSString).appendingPathComponent($0) }
            let documents = try ParallelMap.map(paths.count) { try SituationReader.load(path: paths[$0]) }
                .sorted { $0.situation.edition < $1.situation.edition }
            var editions = documents.map { PublishedEdition(situation: $0.situation, path: $0.path) }
            editions.sort { $0.situation.edition < $1.situation.edition }
            let id = editions[0].situation.id
            if let other = editions.first(where: { $0.situation.id != id }) {
                throw SitrepError("\(other.path): crisis id '\(other.situation.id)' differs from '\(id)' in \(editions[0].path); one folder holds one crisis")
            }
            for (previous, next) in zip(editions, editions.dropFirst()) where previous.situation.edition == next.situation.edition {
                throw SitrepError("\(next.path): edition \(next.situation.edition) is also \(previous.path); each edition needs its own number")
            }
            if let clash = crises.first(where: { $0.id == id }) {
                throw SitrepError("\(folderPath): crisis id '\(id)' is also used by \(clash.editions[0].path)")
            }
            findings += inspect(documents)
            crises.append(PublishedCrisis(id: id, editions: editions))
        }
        return (crises, findings)
    }
}
