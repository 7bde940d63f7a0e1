import Foundation

/// The editions of a crisis as files in one folder (`Reports/CRISIS/edition-001.yaml`, …): which
/// one came before a given edition, and how the next one starts.
///
/// An edition is a situation file (`.yaml`, `.yml`, `.json`; generated `.md` and `.html` sitreps are
/// not counted) in the same folder with the same crisis `id`; its place in the history is its
/// `edition` number, not its file name.
public enum EditionHistory {
    /// The edition before the one in the file at `path`: among the situation files in its folder
    /// with the same crisis `id`, the one with the highest edition number below this one's (when
    /// two share that number, the first by file name). Nil when there is none.
    ///
    /// The other files are only read as far as their `id` and `edition`; an edition with errors
    /// elsewhere is still found, so that a caller reading it learns of them.
    /// - Throws: ``SitrepError`` when the file at `path` is not a situation file with an edition
    ///   number, or its folder cannot be listed.
    public static func previousEdition(of path: String) throws -> String? {
        try neighbours(of: path).previous
    }

    /// The edition before the one in the file at `path` (as ``previousEdition(of:)``) and the other
    /// files of the crisis in its folder that give the same `edition` number, in file-name order
    /// (each edition needs its own number); the folder is read once for both.
    /// - Throws: ``SitrepError`` as ``previousEdition(of:)`` does.
    public static func neighbours(of path: String) throws -> (previous: String?, sameNumber: [String]) {
        let this = try header(of: path)
        let folder = FilePath.folder(of: path)
        let crisis = try EditionHeader.all(in: folder).filter { $0.id == this.id && !FileIdentity.isSameFile($0.path, path) }
        // `all(in:)` is in file-name order; the first of the highest edition wins.
        let previous = crisis.filter { $0.edition < this.edition }.reduce(nil) { (best: EditionHeader?, other) in
            guard let best else { return other }
            return other.edition > best.edition ? other : best
        }
        return (previous?.path, crisis.filter { $0.edition == this.edition }.map(\.path))
    }

    /// Starts the next edition of the situation file at `path` and writes it beside it, never over
    /// an existing file. See ``NextEdition`` for what the copy changes.
    /// - Parameters:
    ///   - path: the latest edition.
    ///   - asOf: the new edition's date; it must be later than the latest edition's.
    /// - Returns: the new edition, as written.
    /// - Throws: ``SituationFileError`` when the file is not a valid situation; ``SitrepError`` when
    ///   `asOf` is not later, when the folder already holds that edition or a later one (start from
    ///   the latest), or when the new file exists or cannot be written. Nothing is written then.
    @discardableResult
    public static func nextEdition(of path: String, asOf: SitrepDate) throws -> NextEdition {
        let document = try SituationReader.load(path: path)
        let next = try NextEdition.make(from: document, asOf: asOf)
        let folder = FilePath.folder(of: path)
        if let later = try EditionHeader.all(in: folder).first(where: { other in
            other.edition >= next.situation.edition && other.id == document.situation.id && !FileIdentity.isSameFile(other.path, path)
        }) {
            throw SitrepError(
                "\(path): \(later.path) is already edition \(later.edition) of '\(document.situation.id)'; start the next edition from the latest one")
        }
        try AtomicFile.create(next.text, at: next.path)
        return next
    }

    /// Where edition `edition + 1` goes when edition `edition` is the file at `path`: the number in
    /// the file's name raised (`edition-001.yaml` → `edition-002.yaml`), or `-edition-N` added to a
    /// name without it (`osh.yaml` → `osh-edition-2.yaml`).
    public static func nextEditionPath(after path: String, edition: Int) -> String {
        EditionFileName.next(after: path, edition: edition, next: edition + 1)
    }

    private static func header(of path: String) throws -> EditionHeader {
        _ = try TextFile.read(path)
        guard EditionHeader.isSituationFile(path) else {
            throw SitrepError("\(path): is not a situation file; expected .yaml, .yml or .json")
        }
        guard let header = EditionHeader.read(path: path) else {
            throw SitrepError("\(path): has no edition number; a situation file gives a positive whole 'edition:'")
        }
        return header
    }
}
